// A valid changelog passes in the validate phase, with the count and no finding lines.
def log = new File(basedir, 'build.log').text
assert log.contains('--- release-process:') && log.contains(':validate-changelog (default)')
assert log.contains('CHANGELOG.md: 0 errors, 1 warning (keepachangelog, 3 releases')
assert log.contains('BUILD SUCCESS')
// Both released versions have their tags; the tag v0.9.0 has no entry: one warning, no failure.
assert !log.contains('[release-tag-missing]')
assert log.contains("CHANGELOG.md:26:1: warning: Release tag v0.9.0 has no entry in the changelog")
assert log.contains('[release-entry-missing]')
assert log.contains('with its changes below this release. [release-entry-missing]')
