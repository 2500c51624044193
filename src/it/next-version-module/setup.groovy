// The git repository is at the project root; Maven runs in the module app/.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: first')
git.tag('v3.1.0')
git.commit('fix(app): off by one')
true
