// The release instant in releaseDateZone (Kiritimati, UTC+14) on a machine in New York (TZ).
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greetings')
git.tag('v1.2.0')
git.commit('feat(greeter): greetings in French')
def state = git.run(['for-each-ref', '--format=%(refname) %(objectname)']) + '\n' +
        git.run(['ls-files', '-s']) + '\n' + git.run(['status', '--porcelain'])
new File(basedir, '../prepare-release-date-zone.state').text = state
true
