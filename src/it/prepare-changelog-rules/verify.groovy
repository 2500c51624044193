import groovy.json.JsonSlurper

// Before the fix, validate-changelog said 0 errors and prepare's gate still counted 2.
def log = new File(basedir, 'build.log').text
assert log.contains('CHANGELOG.md: 0 errors, 1 warning (keepachangelog')
assert !log.contains('error(s); fix them')
def plan = new JsonSlurper().parse(new File(basedir, 'target/plan.json'))
def gate = plan.gates.find { it.gate == 'changelog' }
assert gate.status == 'pass' : gate
assert plan.nextVersion == '1.7.0'
