// Entries for the commits since v1.0.0, in the right sections, each once, the rest untouched.
def ids = [:]
new File(basedir, 'ids.txt').eachLine { line ->
    def (id, subject) = [line.substring(0, 7), line.substring(8)]
    ids[subject] = id
}
def text = new File(basedir, 'CHANGELOG.md').text
def expected = """# Changelog

All notable changes to this project will be documented in this file.

## [Unreleased]

### Added

- **cli:** Add a --dry-run switch (${ids['feat(cli): add a --dry-run switch']})

### Changed

- **Breaking:** **api:** Drop the v1 endpoints (${ids['feat(api)!: drop the v1 endpoints']})
- **ui:** New navigation (${ids['feat(ui): new navigation']})

### Fixed

- Start-up on Windows (${ids['fix: start-up on Windows']})

### Security

- **deps:** Bump the XML parser (${ids['fix(deps): bump the XML parser']})

## [1.0.0] - 2024-01-01

### Added

- First release.

[Unreleased]: https://example.org/demo/compare/v1.0.0...HEAD
[1.0.0]: https://example.org/demo/releases/tag/v1.0.0
"""
assert text == expected
def log = new File(basedir, 'build.log').text
// The counts add up to the 6 commits; the dry run printed each entry and wrote nothing (else the
// first real run would have found them already there).
def first = '6 commits since v1.0.0: 5 with new entries (5 entries), 0 already in the changelog, 1 of a type with no section, 0 not Conventional Commits, 0 reverted'
assert log.findAll(java.util.regex.Pattern.quote(first)).size() == 2
assert log.contains('6 commits since v1.0.0: 0 with new entries (0 entries), 5 already in the changelog, 1 of a type with no section, 0 not Conventional Commits, 0 reverted')
assert log.contains("[INFO]   ### Added: - **cli:** Add a --dry-run switch (${ids['feat(cli): add a --dry-run switch']})")
assert log.contains('Dry run: CHANGELOG.md not written.')
assert log.contains('CHANGELOG.md: 0 errors, 0 warnings (keepachangelog, 2 releases')
