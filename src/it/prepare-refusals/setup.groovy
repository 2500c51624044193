// A dirty tree, a SNAPSHOT dependency and commits nobody reviewed: all refused together.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
new File(basedir, 'NOTES.txt').text = 'Release notes live in CHANGELOG.md.\n'
git.commit('feat: greetings')
git.tag('v1.2.0')
git.commit('feat: reviewed feature\n\nReviewed-by: Rita Reviewer <rita@example.invalid>')
def unreviewed = git.commit('fix: quick fix nobody looked at')
new File(basedir, 'NOTES.txt') << 'A local edit.\n'
new File(basedir, '../prepare-refusals.commit').text = unreviewed.take(7)
true
