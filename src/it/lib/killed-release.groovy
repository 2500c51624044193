// Shared setup of the prepare-killed-* ITs: a released 1.2.0, then a feature and a fix; a
// pre-commit hook kills the first prepare while it commits the release (kill-hook.sh).
// Evaluated from a setup.groovy, whose binding gives basedir.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greetings')
git.tag('v1.2.0')
new File(basedir, 'src/main/java/it/example/Greeter.java') << '// French next\n'
git.commit('feat(greeter): greetings in French')
new File(basedir, 'src/main/java/it/example/Greeter.java') << '// trimmed\n'
git.commit('fix: trim names')
new File(basedir, '.git/head-before.txt').text = git.run(['rev-parse', 'HEAD'])
def hook = new File(basedir, '.git/hooks/pre-commit')
hook.parentFile.mkdirs()
hook.text = new File(basedir, '../../../src/it/lib/kill-hook.sh').text
hook.setExecutable(true)
true
