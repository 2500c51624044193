// -Drelease-process.dryRun (the namespaced form of -DdryRun) rehearses prepare and changes nothing.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greetings')
git.tag('v1.2.0')
git.commit('feat(greeter): greetings in French')
def state = git.run(['for-each-ref', '--format=%(refname) %(objectname)']) + '\n' +
        git.run(['ls-files', '-s']) + '\n' + git.run(['status', '--porcelain'])
new File(basedir, '../prepare-dry-run-namespaced.state').text = state
true
