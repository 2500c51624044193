// One release, v1.0.0; the health endpoint answers for whatever the profiles copied.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
git.init()
git.commit('chore: initial import')
sample.release(git, '1.0.0')
sample.startHealth()
true
