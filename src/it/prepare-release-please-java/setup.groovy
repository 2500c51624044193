// release-please's Java files as they are: versions.txt rows move by the release's level from
// their own values, the markers in POMs and README follow, outputTimestamp is the release instant.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
// The IT's own scripts quote the markers: keep them out of the sample's history.
new File(basedir, '.gitignore') << 'verify.groovy\nsetup.groovy\ninvoker.properties\n'
git.commit('chore: import')
git.tag('v1.6.22')
git.commit('deps: update dependency com.google.api:api-common to v2.3.1')
true
