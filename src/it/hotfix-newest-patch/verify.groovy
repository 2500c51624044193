def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert log.contains('2.14.1 is already released on the 2.14 line: the hotfix starts from v2.14.1,'
        + ' not v2.14.0, so that no released fix is lost')
assert log.contains('Started hotfix/2.14.2 from v2.14.1 at 2.14.2-SNAPSHOT')
assert git.run(['log', '--format=%s', 'hotfix/2.14.2']).readLines() == [
        'chore(release): start hotfix 2.14.2', 'fix: round invoices', 'feat: billing']
