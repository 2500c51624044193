// Releases v1.0.0 and v1.1.0; production answers 503 for 1.1.0 (listed in broken-production.txt).
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
git.init()
git.commit('chore: initial import')
sample.release(git, '1.0.0')
sample.release(git, '1.1.0')
new File(basedir, 'broken-production.txt').text = '1.1.0\n'
sample.startHealth()
true
