import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert git.state() == new File(basedir, '../prepare-dry-run.state').text
assert new File(basedir, 'pom.xml').text.contains('<version>1.2.1-SNAPSHOT</version>')
assert log.contains('Dry run: the release would run these steps and change these files; nothing was changed.')
assert log.contains('[INFO]   release-version: set 1.2.1-SNAPSHOT -> 1.3.0 in the reactor and version files')
assert log.contains('[INFO]   -  <version>1.2.1-SNAPSHOT</version>')
assert log.contains('[INFO]   +  <version>1.3.0</version>')
assert log.contains('[INFO]   +## [1.3.0] - ')
assert !log.contains('[test build]')
def plan = new JsonSlurper().parse(new File(basedir, 'target/plan.json'))
assert plan.dryRun == true && plan.nextVersion == '1.3.0' && plan.tag == 'v1.3.0'
assert plan.files*.path == ['CHANGELOG.md', 'pom.xml']
assert plan.steps.size() == 6
