// A commitizen project released v1.6.0; since then a breaking feature, a fix and docs.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: the start')
git.tag('v1.5.0')
git.commit('feat: the first gadget')
git.tag('v1.6.0')
git.commit('feat(api)!: drop the v1 endpoints')
git.commit('fix: close files')
git.commit('docs: explain the API')
new File(basedir, 'before.md').text = new File(basedir, 'CHANGELOG.md').text
true
