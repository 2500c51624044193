// A reactor whose version is ${revision}: the release changes the property, nothing else.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat!: new checkout')
git.tag('v2.0.0')
git.commit('fix(app): round totals half-even')
true
