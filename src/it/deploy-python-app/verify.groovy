import groovy.json.JsonSlurper

def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
def ports = new Properties()
new File(basedir, 'ports.properties').withInputStream { ports.load(it) }
String production = "http://127.0.0.1:${ports.production}"
String health
try {
    health = new URL("${production}/health").text
} finally {
    new File(basedir, 'it-stop-load.txt').text = 'stop\n'
    Thread.sleep(500)
    println "Stopped by PID: ${processes.stopAll()}"
}
println new File(basedir, 'load.log').text.trim()

// What runs in production after the automatic rollback: 1.0.0, from its release directory.
assert health.contains('"version": "1.0.0"')
File state = new File(basedir, 'state/production')
assert state.toPath().resolve('current').toRealPath() == state.toPath().resolve('releases/1.0.0').toRealPath()
assert new File(state, 'releases/1.1.0/app/greeting.py').text.contains('_SUFFIXES')

def log = new File(basedir, 'build.log').text
// Ansible did the deploying, the service runs detached with a pid file.
assert log =~ /\[deploy staging\] \[INFO\] Running ansible-playbook|\[deploy staging\] .*PLAY \[Deploy python-app 1\.0\.0\]/
assert log =~ /\[deploy production\] .*"msg": "python-app 1\.0\.0 runs on 127\.0\.0\.1:\d+ \(pid \d+\)"/
// 1.0.0 in production: Prometheus watched it, and it stayed.
assert log =~ /Prometheus query \(unhealthy above 0\.01\): \(sum\(increase\(app_requests_total\{version="1\.0\.0",status=~"5\.\."\}\[\d+s\]\)\)/
assert log =~ /\[INFO\] Deployed 1\.0\.0 to production: healthy \(\d+ checks, 0 failed, [^;]*; Prometheus: 10 samples, 0 above 0\.01/
// 1.1.0: every 20th greeting fails, 5 % > 1 %: rolled back by the verdict of Prometheus.
assert log =~ /\[WARNING\] Prometheus sample \d+\/10: 0\.0\d+, above 0\.01/
assert log.contains('[WARNING] Rolling production back to 1.0.0 automatically (autoRollback)')
assert log =~ /Deploying 1\.1\.0 to production failed: 1\.1\.0 is unhealthy in production: the error budget of 2 is spent: 3 of \d+ samples of the Prometheus query were above 0\.01 in the monitor window, last: 0\.0\d+; the automatic rollback to 1\.0\.0 succeeded \(healthy: [^)]*\), so production runs 1\.0\.0 again/
assert !log.contains('\tat ')

// status: per environment the version, the monitor's verdict since the deployment, the link.
assert log =~ /\[INFO\] production\s+1\.0\.0  since \S+  healthy/
assert log.contains('[INFO]     monitor since deployment: healthy, 0 of 10 probes failed and 0 of 10'
        + ' Prometheus samples were above 0.01 in the monitor window, within the error budget of 2')
assert log.contains('[INFO]     Report a problem with 1.0.0:'
        + ' https://github.com/example/python-app/issues/new?title=Problem+with+1.0.0')
def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
assert status.environments*.id == ['dev', 'staging', 'production']
def staging = status.environments[1]
assert staging.version == '1.1.0'
def prod = status.environments[2]
assert prod.version == '1.0.0'
assert prod.reportProblem.url == 'https://github.com/example/python-app/issues/new?title=Problem+with+1.0.0'
assert prod.monitor.prometheus.healthy
assert prod.monitor.prometheus.samples.size() == 10
assert prod.history*.outcome == ['planned', 'succeeded', 'planned', 'unhealthy', 'planned', 'succeeded']
def unhealthy = prod.history[3].health.prometheus
assert unhealthy.query.contains('@{version}')
assert unhealthy.threshold == 0.01
assert !unhealthy.healthy
assert unhealthy.samples.count { it.value != null && it.value > 0.01 } == 3
true
