// Releases v1.0.0 and v1.1.0, both healthy.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
git.init()
git.commit('chore: initial import')
sample.release(git, '1.0.0')
sample.release(git, '1.1.0')
sample.startHealth()
true
