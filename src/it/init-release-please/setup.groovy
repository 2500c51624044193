// From release-please (Java): .github/release-please.yml, versions.txt, a release-please changelog.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
new File(basedir, '.gitignore') << 'verify.groovy\nsetup.groovy\ninvoker.properties\n'
git.commit('chore: import')
git.tag('v1.6.21')
git.commit('deps: update dependency com.google.api:api-common to v2.3.0')
git.commit('chore(main): release 1.6.22')
git.tag('v1.6.22')
git.commit('deps: update dependency com.google.api:api-common to v2.3.1')
git.commit('fix: null check in the policy builder')
true
