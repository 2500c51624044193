// Another clone ("origin") recorded deployments; this one fetches its branches and the ledger
// ref, as a CI job or a colleague would. The records are written with plain git: one commit
// per record holding record.json, each the parent of the next (docs/decisions/0003).
def originDir = new File(basedir, 'origin')
originDir.mkdirs()
def origin = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(originDir)
origin.init()
origin.commit('feat: first')
origin.tag('v1.0.0')
origin.commit('feat: second')
origin.tag('v1.1.0')
origin.run(['checkout', '-q', '--orphan', 'ledger-work'])
origin.run(['rm', '-q', '-rf', '--cached', '.'])
def record = { String env, String action, String outcome, String version, String time ->
    def commit = origin.run(['rev-parse', "v${version}^{commit}"])
    new File(originDir, 'record.json').text = """{
  "schema": 1, "environment": "${env}", "action": "${action}", "outcome": "${outcome}",
  "version": "${version}", "tag": "v${version}", "commit": "${commit}",
  "time": "${time}", "user": "Ann <ann@example.invalid>", "forced": false,
  "health": {"healthy": ${outcome == 'succeeded'}, "checks": 2, "failures": 0,
             "p50Millis": 12, "p95Millis": 30, "message": "ok"},
  "message": "${action} ${version} ${outcome}"
}
"""
    origin.run(['add', '-f', 'record.json'])
    origin.run(['commit', '-q', '-m', "${action} ${version} to ${env}: ${outcome}"])
}
record('staging', 'deploy', 'succeeded', '1.0.0', '2024-05-01T10:00:00Z')
record('production', 'deploy', 'succeeded', '1.0.0', '2024-05-02T10:00:00Z')
record('staging', 'deploy', 'succeeded', '1.1.0', '2024-05-03T10:00:00Z')
origin.run(['update-ref', 'refs/release-process/ledger', 'ledger-work'])
origin.run(['checkout', '-q', '-f', 'main'])
origin.run(['branch', '-q', '-D', 'ledger-work'])

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
new File(basedir, '.gitignore') << 'origin/\n'
git.run(['remote', 'add', 'origin', originDir.absolutePath])
git.run(['fetch', '-q', 'origin', '+refs/heads/*:refs/remotes/origin/*',
         '+refs/release-process/ledger:refs/release-process/ledger'])
true
