def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def unreviewed = new File(basedir, '../prepare-refusals.commit').text.trim()
assert log.contains('The release of 1.3.0 is refused by 3 gates:')
assert log.contains('clean working tree: 1 uncommitted change; commit or stash them')
assert log.contains('    NOTES.txt')
assert log.contains('code review: 1 commit has no Reviewed-by:/Approved-by: trailer and came in without a merge')
assert log.contains("    ${unreviewed} fix: quick fix nobody looked at")
assert log.contains('no SNAPSHOT dependencies: 1 SNAPSHOT dependency from outside the reactor')
assert log.contains('    greeter: dependency org.acme:unreleased-lib:2.0.0-SNAPSHOT')
assert log.contains('Nothing was changed.')
assert git.run(['tag', '-l']) == 'v1.2.0'
assert git.run(['status', '--porcelain']) == 'M NOTES.txt'
