import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Next version: 2.0.0 (major), after 1.2.0 (v1.2.0)')
assert log.contains('4 commits since v1.2.0: 1 chore, 1 feat, 1 fix, 1 (non-conventional); 1 not conventional, ignored'
        + ' (listed by -X and in the JSON; nonConventional=patch counts them).')
// help:evaluate printed the project property set by next-version
assert log.contains('\n2.0.0\n') || log.contains('\n2.0.0\r\n')

def json = new JsonSlurper().parse(new File(basedir, 'target/next.json'))
assert json.currentVersion == '1.2.0'
assert json.lastTag == 'v1.2.0'
assert json.nextVersion == '2.0.0'
assert json.bump == 'major'
assert json.commits.size() == 4
def breaking = json.commits.find { it.type == 'feat' }
assert breaking.breaking && breaking.scope == 'ui' && breaking.subject == 'feat(ui)!: new navigation'

def outputs = new File(basedir, 'github-output.txt').readLines()
assert outputs == ['currentVersion=1.2.0', 'lastTag=v1.2.0', 'nextVersion=2.0.0', 'bump=major']
