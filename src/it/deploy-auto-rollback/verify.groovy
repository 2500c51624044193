import groovy.json.JsonSlurper

def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
sample.stopHealth()

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Rollback plan for production: restore 1.0.0 with: mvn'
        + ' release-process:rollback -Denvironment=production -Dversion=1.0.0')
assert log.contains('[INFO] Health check 2/2 of http://127.0.0.1:')
assert log.contains('[WARNING] Rolling production back to 1.0.0 automatically (autoRollback)')
assert log.contains('[INFO] [rollback production] [INFO] BUILD SUCCESS')
// Both outcomes in one message.
assert log =~ /on project demo: Deploying 1\.1\.0 to production failed: 1\.1\.0 is unhealthy in production: http:\/\/127\.0\.0\.1:\d+\/production\/1\.1\.0 did not answer as expected after 2 requests: HTTP 503, expected 200; the automatic rollback to 1\.0\.0 succeeded \(healthy: 5 checks, 0 failed[^)]*\), so production runs 1\.0\.0 again/
assert !log.contains('Exception:') && !log.contains('\tat ')

assert log =~ /\[INFO\] production\s+1\.0\.0  since \S+  healthy/
def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
assert status.environments*.id == ['production']
def production = status.environments[0]
assert production.version == '1.0.0'
assert production.healthy
assert production.history*.action == ['deploy', 'deploy', 'deploy', 'deploy', 'auto-rollback', 'auto-rollback']
assert production.history*.outcome == ['planned', 'succeeded', 'planned', 'unhealthy', 'planned', 'succeeded']
assert production.history*.version == ['1.0.0', '1.0.0', '1.1.0', '1.1.0', '1.0.0', '1.0.0']
assert production.history[3].health.failures == 2
true
