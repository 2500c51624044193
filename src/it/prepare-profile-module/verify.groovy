def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert log.contains('Released 1.3.0 as v1.3.0')
// The release commit moved the profile's module with the root; so did the development commit.
assert git.run(['show', 'v1.3.0:extra/pom.xml']).contains('<version>1.3.0</version>')
assert git.run(['show', 'v1.3.0:pom.xml']).contains('<version>1.3.0</version>')
assert new File(basedir, 'extra/pom.xml').text.contains('<version>1.3.1-SNAPSHOT</version>')
assert git.run(['status', '--porcelain']) == ''
