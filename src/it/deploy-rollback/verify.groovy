import groovy.json.JsonSlurper

def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
sample.stopHealth()

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Deployed 1.1.0 to staging: healthy')
assert log.contains('[INFO] Rolling staging back from 1.1.0 to 1.0.0')
assert log.contains('[INFO] [rollback staging] [INFO] BUILD SUCCESS')
assert log.contains('[INFO] Rolled back 1.0.0 to staging: healthy')
assert log.contains('on project demo: Version 0.9.0 was never deployed successfully to staging,'
        + ' so it is no rollback target; good there before: 1.0.0, 1.1.0')
assert !log.contains('Exception:') && !log.contains('\tat ')

def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
def staging = status.environments.find { it.id == 'staging' }
assert staging.version == '1.0.0'
assert staging.history*.action.last() == 'rollback'
assert staging.history.last().outcome == 'succeeded'
def production = status.environments.find { it.id == 'production' }
assert production.version == null
assert log =~ /\[INFO\] production\s+nothing deployed/
true
