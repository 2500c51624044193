// Releases v1.0.0 and v1.1.0. The ledger says: 1.0.0 deployed to staging and healthy, then a
// deploy of 1.1.0 planned whose process was killed (no outcome). The records are written with
// git's plumbing, as a killed run leaves them.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
git.init()
git.commit('chore: initial import')
sample.release(git, '1.0.0')
sample.release(git, '1.1.0')
// 1.0.0 was deployed: the health endpoint finds its jar.
new File(basedir, 'deployed/staging').mkdirs()
new File(basedir, 'deployed/staging/demo-1.0.0.jar').text = 'jar'

def plumbing = { List<String> args, String input ->
    def process = (['git'] + args).execute(null, basedir)
    if (input != null) {
        process.outputStream.withStream { it.write(input.getBytes('UTF-8')) }
    }
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0: "git ${args}: ${err}"
    return out.toString().trim()
}
String parent = null
def record = { String version, String outcome, int minute ->
    String commit = git.run(['rev-parse', "v${version}^{commit}"])
    String json = """{
  "schema": 1,
  "environment": "staging",
  "action": "deploy",
  "outcome": "${outcome}",
  "version": "${version}",
  "tag": "v${version}",
  "commit": "${commit}",
  "time": "2024-05-01T10:0${minute}:00Z",
  "user": "ci-bot",
  "forced": false,
  "reason": null,
  "rollbackVersion": null,
  "rollbackCommand": null,
  "health": null,
  "message": "by the IT"
}
"""
    String blob = plumbing(['hash-object', '-w', '--stdin'], json)
    String tree = plumbing(['mktree'], "100644 blob ${blob}\trecord.json\n")
    def args = ['-c', 'user.name=IT', '-c', 'user.email=it@example.invalid', 'commit-tree', tree,
                '-m', "deploy ${version} to staging: ${outcome}"]
    if (parent != null) {
        args += ['-p', parent]
    }
    parent = plumbing(args, null)
}
record('1.0.0', 'planned', 1)
record('1.0.0', 'succeeded', 2)
record('1.1.0', 'planned', 3)
plumbing(['update-ref', 'refs/release-process/ledger', parent], null)
sample.startHealth()
true
