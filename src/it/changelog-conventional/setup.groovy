// A release-please Java project released 1.6.0; since then a feature, a fix, a dependency
// update, docs and a chore. release-please-java lists deps: and docs:, never chore:.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: the start')
git.tag('v1.5.0')
git.commit('feat: the first widget')
git.tag('v1.6.0')
git.commit('feat: widgets can be renamed')
git.commit('fix(java): close the channel \u001B[31mon shutdown\u001B[0m')
git.commit('deps: update dependency com.google.guava:guava to v33')
git.commit('docs: explain renaming')
git.commit('chore: update the owlbot image')
new File(basedir, 'ids.txt').text = git.run(['log', '--format=%h %s', '-5', '--abbrev=7'])
new File(basedir, 'before.md').text = new File(basedir, 'CHANGELOG.md').text
true
