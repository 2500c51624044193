// A project that never wrote Conventional Commits, released once by maven-release-plugin.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('Initial import')
git.commit('[maven-release-plugin] prepare release demo-1.0.0')
git.tag('v1.0.0')
git.commit('[maven-release-plugin] prepare for next development iteration')
git.commit('Fix the parser for empty lines')
git.commit('Update README')
true
