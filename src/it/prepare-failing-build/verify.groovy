def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert log.contains("The release of 1.3.0 failed at step 'test-build': the test build of 1.3.0 failed")
assert log.contains('Nothing is left behind: files, index, commits and tags are as they were.')
assert log.contains('[test build] [ERROR] Tests run: 1, Failures: 1')
assert git.run(['rev-parse', 'HEAD']) == new File(basedir, '../prepare-failing-build.head').text.trim()
assert git.run(['tag', '-l']) == 'v1.2.0'
assert git.run(['status', '--porcelain']) == ''
assert new File(basedir, 'pom.xml').text.contains('<version>1.2.1-SNAPSHOT</version>')
assert new File(basedir, 'CHANGELOG.md').text.contains('## [Unreleased]\n\n### Added\n\n- Greetings in French.')
assert !new File(basedir, '.git/release-process').exists()
assert !log.contains('at io.github.releaseprocess')
