// History: release v1.0.0, then a feature, a fix, docs, a breaking change, a security fix.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: first release')
git.tag('v1.0.0')
git.commit('feat(cli): add a --dry-run switch')
git.commit('fix: start-up on Windows')
git.commit('docs: typos in the README')
git.commit('feat(ui): new navigation')
git.commit('feat(api)!: drop the v1 endpoints')
new File(basedir, 'changes.txt') << 'security\n'
git.run(['add', '-A'])
git.run(['commit', '-q', '-m', 'fix(deps): bump the XML parser', '-m', 'Security: CVE-2024-0001'])
// Remembered for verify.groovy: the short ids the entries must carry.
new File(basedir, 'ids.txt').text = git.run(['log', '--format=%h %s', '-7', '--abbrev=7'])
true
