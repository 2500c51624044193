import groovy.json.JsonSlurper

def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
def ports = new Properties()
new File(basedir, 'ports.properties').withInputStream { ports.load(it) }
String health
try {
    health = new URL("http://127.0.0.1:${ports.staging}/health").text
} finally {
    println "Stopped by PID: ${processes.stopAll()}"
}

// The rollback switched current back to the 1.0.0 directory and restarted it.
assert health.contains('"version": "1.0.0"')
File state = new File(basedir, 'state/staging')
assert state.toPath().resolve('current').toRealPath() == state.toPath().resolve('releases/1.0.0').toRealPath()
assert new File(state, 'releases/1.0.1/app/greeting.py').text.contains('name.strip()')

def log = new File(basedir, 'build.log').text
assert log =~ /Running mvn -B -f pom\.xml -Pdeploy-fabric .*-Drelease-process\.version=1\.0\.1 exec:exec@deploy/
// Fabric's own output, over SSH: the service started detached, and its health.
assert log =~ /\[deploy staging\] python-app 1\.0\.1 runs on 127\.0\.0\.1:\d+ \(pid \d+\)/
assert log =~ /\[deploy staging\] \/health: \{"status": "UP", "version": "1\.0\.1"/
assert log =~ /\[rollback staging\] python-app 1\.0\.0 runs on 127\.0\.0\.1:\d+ \(pid \d+\)/
assert log.contains('[INFO] Rolling staging back from 1.0.1 to 1.0.0')
assert !log.contains('\tat ')

def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
def staging = status.environments.find { it.id == 'staging' }
assert staging.version == '1.0.0'
assert staging.history*.action == ['deploy', 'deploy', 'deploy', 'deploy', 'rollback', 'rollback']
assert staging.history*.outcome == ['planned', 'succeeded', 'planned', 'succeeded', 'planned', 'succeeded']
true
