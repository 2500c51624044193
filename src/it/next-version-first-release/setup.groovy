// No release tag yet: the first release takes the POM version without -SNAPSHOT.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('chore: initial import')
git.commit('feat(api): add the orders endpoint')
git.commit('fix: typo in the greeting')
true
