import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/next.json'))
def byId = json.components.collectEntries { [(it.id): it] }
assert byId.keySet() == ['lib', 'service', 'tool'] as Set

assert byId.lib.lastTag == 'lib-v1.0.0'
assert byId.lib.nextVersion == '1.0.1'
assert byId.lib.bump == 'patch'
assert byId.service.nextVersion == '2.0.1'
assert byId.service.pulledAlongBy == ['lib']
assert byId.service.reasons.any { it.startsWith('Pulled along by lib') && it.contains('service/pom.xml') }
assert byId.tool.nextVersion == null
assert byId.tool.bump == 'none'
assert json.nextVersion == null
assert json.bump == 'patch'

assert log.contains('[INFO] lib 1.0.0 -> 1.0.1 (patch) since lib-v1.0.0: ')
assert log.contains('pulls along service')
assert log.contains('[INFO] service 2.0.0 -> 2.0.1 (patch) since service-v2.0.0: pulled along by lib')
assert log.contains('[INFO] tool 0.3.0: nothing to release since tool-v0.3.0')
// The silent no-release guard names the commit that changed tool without asking for a release.
assert log.contains('[WARNING] Component tool: 1 commit changed its files since tool-v0.3.0')
assert log.contains('Tidy the tool')

def outputs = new File(basedir, 'target/github-output.txt').text
assert outputs.contains('releasedComponents=lib,service')
assert outputs.contains('lib_nextVersion=1.0.1')
assert outputs.contains('service_nextVersion=2.0.1')
assert outputs.contains('tool_nextVersion=\n')
true
