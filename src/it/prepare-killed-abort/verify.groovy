def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert new File(basedir, '.git/killed-once').exists()
// The killed run left its journal; the next goal names the last step that finished.
assert log.contains("A release of 1.3.0 was interrupted after step 'test-build', in step 'release-commit'")
assert log.contains('[INFO] Aborted the release of 1.3.0')
assert git.run(['rev-parse', 'HEAD']) == new File(basedir, '.git/head-before.txt').text.trim()
assert git.run(['tag', '-l']) == 'v1.2.0'
// Nothing staged, nothing modified.
assert git.run(['status', '--porcelain', '--untracked-files=no']) == ''
assert new File(basedir, 'pom.xml').text.contains('<version>1.2.1-SNAPSHOT</version>')
assert new File(basedir, 'CHANGELOG.md').text.contains('## [Unreleased]\n\n### Added\n\n- Greetings in French.')
assert !new File(basedir, '.git/release-process').exists()
