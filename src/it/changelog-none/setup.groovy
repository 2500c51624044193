// A Gson-like changelog in a form of its own: with changelogDialect none the plugin leaves it
// alone and prepare has no changelog gate.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: records')
git.tag('v1.6.0')
git.commit('fix: the TypeAdapter for records')
new File(basedir, 'before.md').text = new File(basedir, 'CHANGELOG.md').text
true
