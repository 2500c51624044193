import groovy.json.JsonSlurper

assert !new File(basedir, 'pom.xml').exists()
def json = new JsonSlurper().parse(new File(basedir, 'next.json'))
assert json.lastTag == 'web-v1.4.0'
assert json.nextVersion == '1.4.1'
assert json.bump == 'patch'
assert json.components.size() == 1
assert json.components[0].id == 'web'
assert json.components[0].commitCount == 1
assert new File(basedir, 'build.log').text.contains('[INFO] Next version: 1.4.1 (patch), after 1.4.0 (web-v1.4.0)')
true
