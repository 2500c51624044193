import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists()
def json = new JsonSlurper().parse(new File(basedir, 'next.json'))
assert json.lastTag == 'v0.2.0'
assert json.nextVersion == '0.3.0'
assert new File(basedir, 'build.log').text.contains('[INFO] Next version: 0.3.0 (minor), after 0.2.0 (v0.2.0)')
