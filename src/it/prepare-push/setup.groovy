// A clone of a bare repository on this machine: the release pushes branch and tag together.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def remote = new File(basedir, '../prepare-push-remote.git')
remote.deleteDir()
git.run(['init', '-q', '--bare', remote.absolutePath])
git.init()
git.commit('feat: first')
git.tag('v1.0.0')
git.commit('fix: second')
git.run(['remote', 'add', 'origin', remote.absolutePath])
git.run(['push', '-q', 'origin', 'main', 'v1.0.0'])
true
