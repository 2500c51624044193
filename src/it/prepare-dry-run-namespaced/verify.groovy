def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert git.state() == new File(basedir, '../prepare-dry-run-namespaced.state').text
assert new File(basedir, 'pom.xml').text.contains('<version>1.2.1-SNAPSHOT</version>')
assert log.contains('Dry run: the release would run these steps and change these files; nothing was changed.')
assert !log.contains('[test build]')
assert !log.contains('Released 1.3.0')
