import groovy.json.JsonSlurper

def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
sample.stopHealth()

def log = new File(basedir, 'build.log').text
assert log.contains('on project demo: Version 1.0.0 cannot go to production before it ran successfully in'
        + ' staging (nothing deployed); deploy it there first (mvn release-process:deploy'
        + ' -Denvironment=staging -Dversion=1.0.0)')
assert log.contains('[INFO] Rollback plan for staging: none, no earlier good version there')
assert log =~ /\[INFO\] \[deploy staging\] \[INFO\] Building jar: .*deployed.staging.demo-1\.0\.0\.jar/
assert log.contains('-Ddeploy.token=****')
assert !log.contains('not-for-logs-42')
assert log.contains('[INFO] Deployed 1.0.0 to staging: healthy (1 check, 0 failed')
assert log.contains('[INFO] Monitoring http://127.0.0.1:')
assert log.contains('[INFO] Deployed 1.0.0 to production: healthy (5 checks, 0 failed')
assert !log.contains('Exception:') && !log.contains('\tat ')

assert new File(basedir, 'deployed/staging/demo-1.0.0.jar').isFile()
assert new File(basedir, 'deployed/production/demo-1.0.0.jar').isFile()
assert new File(basedir, 'target/release-process/deploy/production-1.0.0/pom.xml').isFile()

assert log =~ /\[INFO\] staging\s+1\.0\.0  since \S+  healthy \(1 check, 0 failed/
assert log =~ /\[INFO\] production\s+1\.0\.0  since \S+  healthy \(5 checks, 0 failed/

def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
assert status.ledgerRef == 'refs/release-process/ledger'
assert status.environments*.id == ['staging', 'production']
assert status.environments*.version == ['1.0.0', '1.0.0']
assert status.environments*.healthy == [true, true]
assert status.environments[1].tag == 'v1.0.0'
assert status.environments[1].history*.outcome == ['planned', 'succeeded']
assert status.environments[1].history[0].rollbackVersion == null
assert status.environments[1].history[1].health.checks == 5
true
