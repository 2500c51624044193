import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/next.json'))
assert json.lastTag == 'billing-2.0.0'
assert json.nextVersion == '2.0.1'
assert json.bump == 'patch'
assert new File(basedir, 'build.log').text.contains('[INFO] Next version: 2.0.1 (patch), after 2.0.0 (billing-2.0.0)')
