// A released 1.2.0, then a feature and a fix: prepare releases 1.3.0.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greetings')
git.tag('v1.2.0')
new File(basedir, 'src/main/java/it/example/Greeter.java') << '// French next\n'
git.commit('feat(greeter): greetings in French')
new File(basedir, 'src/main/java/it/example/Greeter.java') << '// trimmed\n'
git.commit('fix: trim names')
true
