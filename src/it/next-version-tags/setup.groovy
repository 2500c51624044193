// v-prefixed tags, annotated and lightweight, a non-SemVer tag and non-conventional commits.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: first feature')
git.tag('v1.0.0')
git.commit('fix: a bug')
git.annotatedTag('v1.2.0')
git.tag('v1.3')          // not SemVer: ignored
git.commit('fix(core): null check')
git.commit('feat(ui)!: new navigation')
git.commit('Update README')
git.commit('chore: tidy up')
true
