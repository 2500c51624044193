def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

// The test build ran validate-changelog as a normal goal, although the release's journal and
// lock were there: its environment carried the release's token.
assert log.contains('Test build of 1.3.0: mvn -B -f pom.xml clean verify')
assert log.contains('[test build] [INFO] --- release-process:')
assert log.contains(':validate-changelog (changelog) @ greeter ---')
assert !log.contains('was interrupted')
assert !log.contains('Another release-process run')
assert log.contains('[test build] [INFO] BUILD SUCCESS')
assert log.contains('[INFO] Released 1.3.0 as v1.3.0; now at 1.3.1-SNAPSHOT')

assert git.run(['log', '--format=%s', '-2']).readLines() == [
        'chore(release): start 1.3.1-SNAPSHOT development', 'chore(release): 1.3.0']
assert git.run(['cat-file', '-t', 'v1.3.0']) == 'tag'
assert git.run(['status', '--porcelain']) == ''
assert !new File(basedir, '.git/release-process').exists()
// The lock stays as an empty file: nobody holds it.
assert new File(basedir, '.git/release-process.lock').length() == 0
