// An invalid changelog (BOM, CRLF) fails with located findings, carets, annotations and JSON.
def log = new File(basedir, 'build.log').text
assert log.contains("CHANGELOG.md:5:5: error: Section 'Fixes' is not one of Added, Changed,")
assert log.contains("write '### Fixed'. [section-unknown]")
assert log.contains("CHANGELOG.md:9:14: error: Date '2024-19-39' is not a real calendar date")
assert log.contains('[date-invalid]')
assert log.contains('  ## [1.2.0] - 2024-19-39')
assert log.contains('               ^')
assert log.contains('CHANGELOG.md:11:5: error: Section \'Added\' of release 1.2.0 has no entries')
assert log.contains('CHANGELOG.md:13:5: error: Release 1.3.0 is below 1.2.0 (line 9)')
assert log.contains('[release-order]')
assert !log.contains('[link-reference-unused]')
assert log.contains('::error file=CHANGELOG.md,line=9,col=14,title=date-invalid::')
assert log.contains('CHANGELOG.md: 4 errors')
assert log.contains('CHANGELOG.md has 4 error(s)')
assert log.contains('on project validate-changelog-invalid: CHANGELOG.md has 4 error(s) and 2 warning(s);')
assert !log.contains('\tat io.github.releaseprocess') && !log.contains('    at io.github.releaseprocess')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/changelog-report.json'))
assert json.errors == 4
assert json.findings.find { it.rule == 'date-invalid' }.line == 9
