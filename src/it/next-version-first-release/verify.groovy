import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Next version: 1.0.0 (minor), after no release yet')
assert log.contains('3 commits since the start of the history: 1 chore, 1 feat, 1 fix.')

def json = new JsonSlurper().parse(new File(basedir, 'target/next.json'))
assert json.currentVersion == null
assert json.lastTag == null
assert json.nextVersion == '1.0.0'
assert json.bump == 'minor'
assert json.commits.size() == 3
assert json.commits*.type == ['fix', 'feat', 'chore']
assert json.commits*.releasable == [true, true, false]
assert json.commits[1].scope == 'api'
assert json.commits[0].id ==~ /[0-9a-f]{40}/
assert json.reasons.any { it.contains('first release') }
