def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert log.contains('Started hotfix/1.2.1 from v1.2.0 at 1.2.1-SNAPSHOT')
assert log.contains('[INFO] Released 1.2.1 as v1.2.1; now at 1.2.2-SNAPSHOT')
assert git.run(['rev-parse', '--abbrev-ref', 'HEAD']) == 'hotfix/1.2.1'
assert git.run(['log', '--format=%s', 'hotfix/1.2.1']).readLines() == [
        'chore(release): start 1.2.2-SNAPSHOT development', 'chore(release): 1.2.1',
        'chore(release): start hotfix 1.2.1', 'feat: billing']
assert git.run(['show', 'v1.2.1:pom.xml']).contains('<version>1.2.1</version>')
// main did not move
assert git.run(['log', '--format=%s', '-1', 'main']) == 'feat: invoices in PDF'
assert git.run(['show', 'main:pom.xml']).contains('<version>1.3.0-SNAPSHOT</version>')
