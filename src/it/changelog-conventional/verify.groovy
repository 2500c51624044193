// The release wrote release-please's own section: its headings, deps and docs, no chore, the
// compare link from <scm><url>; no Keep a Changelog section anywhere.
def ids = [:]
new File(basedir, 'ids.txt').eachLine { line -> ids[line.substring(8)] = line.substring(0, 7) }
def id = { String subject -> ids.find { k, v -> k.startsWith(subject) }.value }
def log = new File(basedir, 'build.log').text
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)

assert log.contains('CHANGELOG.md: 0 errors, 0 warnings (conventional-changelog, 2 releases)')
assert log.contains('5 commits since v1.6.0: 4 with new entries (4 entries), 0 already in the changelog, 1 of a type with no section, 0 not Conventional Commits, 0 reverted')
assert log.contains('[INFO]   ### Dependencies')
assert log.contains('[INFO]   * update dependency com.google.guava:guava to v33')

assert log.contains('Released 1.7.0 as v1.7.0')
def text = new File(basedir, 'CHANGELOG.md').text
def date = (text =~ /## \[1\.7\.0\]\(.*?\) \((\d{4}-\d{2}-\d{2})\)/)[0][1]
def w = 'https://github.com/example/widget'
def expected = """# Changelog

## [1.7.0](${w}/compare/v1.6.0...v1.7.0) (${date})


### Features

* widgets can be renamed ([${id('feat: widgets')}](${w}/commit/${id('feat: widgets')}))


### Bug Fixes

* **java:** close the channel on shutdown ([${id('fix(java)')}](${w}/commit/${id('fix(java)')}))


### Dependencies

* update dependency com.google.guava:guava to v33 ([${id('deps:')}](${w}/commit/${id('deps:')}))


### Documentation

* explain renaming ([${id('docs:')}](${w}/commit/${id('docs:')}))

"""
def before = new File(basedir, 'before.md').text
assert text == expected + before.substring('# Changelog\n\n'.length())
assert !text.contains('### Added') && !text.contains('[Unreleased]') && !text.contains('\u001B')
assert git.run(['show', 'v1.7.0:CHANGELOG.md']) == text.trim()
assert log.findAll('CHANGELOG.md: 0 errors, 0 warnings \\(conventional-changelog').size() == 2
