// A valid changelog passes in the validate phase, with the count and no finding lines.
def log = new File(basedir, 'build.log').text
assert log.contains('--- release-process:') && log.contains(':validate-changelog (default)')
assert log.contains('CHANGELOG.md: 0 errors, 0 warnings (keepachangelog, 3 releases')
assert !(log =~ /CHANGELOG\.md:\d+:\d+:/)
assert log.contains('BUILD SUCCESS')
// Both released versions have their tags, so the cross-check adds nothing.
assert !log.contains('[release-tag-missing]')
