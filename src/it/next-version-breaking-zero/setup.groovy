// A breaking change while the version is 0.x bumps MINOR by default, MAJOR when told.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: prototype')
git.tag('v0.3.0')
git.commit('feat: new config format\n\nBREAKING CHANGE: the old format is no longer read')
git.commit('fix: crash on start')
true
