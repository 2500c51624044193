// The release wrote commitizen's section: "## v2.0.0 (date)", BREAKING CHANGE, Feat, Fix.
def log = new File(basedir, 'build.log').text
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
assert log.contains('CHANGELOG.md: 0 errors, 0 warnings (commitizen, 2 releases)')
assert log.contains('3 commits since v1.6.0: 2 with new entries (2 entries), 0 already in the changelog, 1 of a type with no section, 0 not Conventional Commits, 0 reverted')
assert log.contains('[INFO]   ### BREAKING CHANGE')
assert log.contains('Released 2.0.0 as v2.0.0')
def text = new File(basedir, 'CHANGELOG.md').text
def date = (text =~ /^## v2\.0\.0 \((\d{4}-\d{2}-\d{2})\)/)[0][1]
def expected = """## v2.0.0 (${date})

### BREAKING CHANGE

- **api**: drop the v1 endpoints

### Fix

- close files

"""
assert text == expected + new File(basedir, 'before.md').text
assert log.findAll('CHANGELOG.md: 0 errors, 0 warnings \\(commitizen').size() == 2
