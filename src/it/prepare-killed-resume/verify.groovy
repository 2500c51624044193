def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert new File(basedir, '.git/killed-once').exists()
assert log.contains("Resuming the release of 1.3.0 after step 'test-build'")
assert log.contains('[INFO] Released 1.3.0 as v1.3.0; now at 1.3.1-SNAPSHOT')
assert git.run(['log', '--format=%s', '-4']).readLines() == [
        'chore(release): start 1.3.1-SNAPSHOT development', 'chore(release): 1.3.0',
        'fix: trim names', 'feat(greeter): greetings in French']
assert git.run(['rev-parse', 'HEAD~2']) == new File(basedir, '.git/head-before.txt').text.trim()
assert git.run(['rev-parse', 'v1.3.0^{commit}']) == git.run(['rev-parse', 'HEAD~1'])
assert git.run(['show', 'v1.3.0:pom.xml']).contains('<version>1.3.0</version>')
assert git.run(['show', 'v1.3.0:CHANGELOG.md']).contains('## [1.3.0] - ')
assert git.run(['status', '--porcelain', '--untracked-files=no']) == ''
assert !new File(basedir, '.git/release-process').exists()
