// The release version fails its tests: nothing may be left behind.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greetings')
git.tag('v1.2.0')
new File(basedir, 'src/main/java/it/example/Greeter.java') << '// French next\n'
git.commit('feat(greeter): greetings in French')
new File(basedir, 'src/main/java/it/example/Greeter.java') << '// trimmed\n'
git.commit('fix: trim names')
new File(basedir, '../prepare-failing-build.head').text = git.run(['rev-parse', 'HEAD'])
true
