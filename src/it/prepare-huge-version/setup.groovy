def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greetings')
git.tag('v1.2.0')
git.commit('feat(greeter): greetings in French')
true
