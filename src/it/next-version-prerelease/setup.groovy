// 1.0.0, then a feature released as 1.1.0-rc.1, then a fix: the next rc is rc.2, and a run
// without the label releases the final 1.1.0.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: first')
git.tag('v1.0.0')
git.commit('feat: search')
git.tag('v1.1.0-rc.1')
git.commit('fix: search ranking')
true
