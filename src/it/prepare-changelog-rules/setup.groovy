// A released 1.6.0 whose changelog breaks two rules the project turned off (or down) in <rules>.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: the start')
git.tag('v1.5.0')
git.commit('feat: greetings')
git.tag('v1.6.0')
git.commit('feat: a new greeting')
true
