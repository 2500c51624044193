import groovy.json.JsonSlurper

def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
sample.stopHealth()

def log = new File(basedir, 'build.log').text
// 1: the refusal names the command that goes on.
assert log.contains('on project demo: A deploy of 1.1.0 to staging started at'
        + ' 2024-05-01T10:03:00Z by ci-bot has no outcome yet; wait for it, or if that process'
        + ' died, record it as failed and go on with: mvn release-process:rollback'
        + ' -Denvironment=staging -Drelease-process.force -Drelease-process.reason="why"')
// 2: the stale plan is closed, then 1.0.0 is restored.
assert log.contains('[WARNING] Recorded the deploy of 1.1.0 to staging that had no outcome as'
        + ' failed (abandoned: no outcome was recorded')
assert log.contains('[INFO] Rolling staging back from 1.1.0 to 1.0.0')
assert log.contains('[INFO] Rolled back 1.0.0 to staging: healthy')
assert !log.contains('Exception:') && !log.contains('\tat ')

def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
def staging = status.environments.find { it.id == 'staging' }
assert staging.version == '1.0.0'
assert staging.history*.outcome == ['planned', 'succeeded', 'planned', 'failed', 'planned',
                                    'succeeded']
def rollback = staging.history.last()
assert rollback.action == 'rollback'
assert rollback.forced == true
assert rollback.reason == 'deploy-job-killed'
true
