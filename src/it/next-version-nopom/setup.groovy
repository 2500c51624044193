// A Python project: no pom.xml, tags v0.x, a first feature after 0.2.0.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
new File(basedir, 'pyproject.toml').text = '[project]\nname = "tool"\nversion = "0.2.0"\n'
git.init()
git.commit('feat: cli')
git.tag('v0.2.0')
git.commit('feat(cli): --json flag')
true
