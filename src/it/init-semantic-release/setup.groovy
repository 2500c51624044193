// From semantic-release: .releaserc.json, tags v@{version}, Conventional Commits, no changelog file.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
new File(basedir, '.gitignore') << 'verify.groovy\nsetup.groovy\ninvoker.properties\n'
git.commit('feat: first page')
git.tag('v2.0.0')
git.commit('feat: search')
git.tag('v2.1.0')
git.commit('feat(search): filters')
// The IT cannot commit between its Maven runs: the POM that init changes counts as unchanged.
git.run(['update-index', '--assume-unchanged', 'pom.xml'])
new File(basedir, '../init-semantic-release.pom').bytes = new File(basedir, 'pom.xml').bytes
true
