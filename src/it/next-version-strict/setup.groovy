// strictCommits: commits that are not Conventional Commits stop the build, listed.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: first')
git.tag('v1.0.0')
def bad1 = git.commit('fixed the thing')
git.commit('fix: proper one')
def bad2 = git.commit('WIP')
// A release tool's own commit is never an offender.
git.commit('[maven-release-plugin] prepare for next development iteration')
new File(basedir, 'offenders.txt').text = "${bad1.take(7)}\n${bad2.take(7)}\n"
true
