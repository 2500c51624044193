def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert git.state() == new File(basedir, '../prepare-property-typo.state').text
assert log.contains('The user property -Drelease-process.dryrun (did you mean -Drelease-process.dryRun?) is not known to any goal of release-process')
assert log.contains('Nothing was changed.')
assert !log.contains('[test build]')
assert !log.contains('\tat ')
