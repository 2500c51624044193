def log = new File(basedir, 'build.log').text
def (bad1, bad2) = new File(basedir, 'offenders.txt').readLines()
assert log.contains('2 commits are not a Conventional Commit (strictCommits is on):')
assert log.contains("  ${bad2} WIP")
assert log.contains("  ${bad1} fixed the thing")
// Published history is never to be rewritten: the advice names the ways to go on without that.
assert !log.contains('rebase')
assert log.contains('Published history stays as it is: to release anyway, count each as a patch with'
        + ' -Drelease-process.nonConventional=patch, give the version with -DreleaseVersion=X.Y.Z,'
        + ' or ignore them with -Drelease-process.strictCommits=false')
assert !log.contains('at io.github.releaseprocess')   // no stack trace at the default level
