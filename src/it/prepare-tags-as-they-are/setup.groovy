// Tags as the project made them before (gson-parent-X.Y.Z) and the default tagFormat v@{version}:
// next-version warns with the format it would use; prepare refuses a "first release" unless
// -Drelease-process.firstRelease says it is meant.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('Initial import')
git.annotatedTag('gson-parent-2.12.0')
git.commit('Fix a typo')
git.annotatedTag('gson-parent-2.13.0')
git.tag('not-a-release')
git.commit('feat: add a type adapter')
true
