// A Python project: no pom.xml, tags v0.x, a first feature after 0.2.0.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def pyproject = new File(basedir, 'pyproject.toml')
pyproject.text = '[project]\nname = "tool"\nversion = "0.2.0"\n'
git.init()
git.commit('feat: cli')
git.tag('v0.2.0')
pyproject.text = '[project]\nname = "tool"\nversion = "0.3.0.dev"\n'
git.commitAll('chore: start 0.3.0')
git.commit('feat(cli): --json flag')
true
