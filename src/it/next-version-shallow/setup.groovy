// A CI-style shallow clone (depth 1) hides the last release tag: refuse with the fix.
def origin = new File(basedir, 'origin')
origin.mkdirs()
new File(origin, 'pom.xml').text = new File(basedir, 'pom.xml').text
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(origin)
git.init()
git.commit('feat: first')
git.tag('v1.0.0')
git.commit('fix: second')
git.commit('fix: third')
git.run(['clone', '-q', '--depth', '1', '--no-tags', 'file://' + origin.absolutePath,
         new File(basedir, 'clone').absolutePath])
true
