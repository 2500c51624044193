def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def remote = new File(basedir, '../prepare-push-remote.git').absolutePath
assert new File(basedir, 'build.log').text.contains('[INFO] Released 1.0.1 as v1.0.1; now at 1.0.2-SNAPSHOT')
def remoteRefs = git.run(['ls-remote', remote]).readLines().collect { it.split('\t')[1] }
assert remoteRefs.contains('refs/tags/v1.0.1')
assert git.run(['ls-remote', remote, 'refs/heads/main']).startsWith(git.run(['rev-parse', 'HEAD']))
