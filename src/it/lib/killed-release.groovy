// Shared setup of the prepare-killed-* ITs: a released 1.2.0, then a feature and a fix; a
// pre-commit hook kills the first prepare while it commits the release (kill-hook.sh).
// Evaluated from a setup.groovy, whose binding gives basedir.
def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(true)
new File(basedir, '.git/head-before.txt').text = git.run(['rev-parse', 'HEAD'])
def hook = new File(basedir, '.git/hooks/pre-commit')
hook.parentFile.mkdirs()
hook.text = new File(basedir, '../../../src/it/lib/kill-hook.sh').text
hook.setExecutable(true)
true
