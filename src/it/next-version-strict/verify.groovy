def log = new File(basedir, 'build.log').text
def (bad1, bad2) = new File(basedir, 'offenders.txt').readLines()
assert log.contains('2 commits are not a Conventional Commit (strictCommits is on):')
assert log.contains("  ${bad2} WIP")
assert log.contains("  ${bad1} fixed the thing")
assert log.contains('Reword them (git rebase -i) or set -Drelease-process.strictCommits=false')
assert !log.contains('at io.github.releaseprocess')   // no stack trace at the default level
