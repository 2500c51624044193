import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

// 1. enforce: the patch release is refused, naming the change and the fixes; nothing is left.
assert log.contains('API against it.example:api-check-greeter:1.0.0: 1 incompatible change, 0 additions; the API requires a major release')
assert log.contains('[WARNING]   it.example.Greeter#shout(java.lang.String): method removed (binary and source incompatible)')
assert log.contains("The release of 1.0.1 failed at step 'api-check': apiCheck=enforce refuses it: the API requires a major release (1 incompatible change, 0 additions against 1.0.0); the commits ask for a patch release (1.0.1)")
assert log.contains("'BREAKING CHANGE:' footer")
assert log.contains('-DreleaseVersion=2.0.0')
assert !log.contains('it.example.internal')

// 2. raise: 2.0.0 instead of 1.0.1, the test build run again for it.
assert log.contains('releasing 2.0.0 instead of 1.0.1')
assert log.contains('Test build of 2.0.0')
assert log.contains('[INFO] Released 2.0.0 as v2.0.0; now at 2.0.1-SNAPSHOT')
assert git.run(['log', '--format=%s', '-3']).readLines() == [
        'chore(release): start 2.0.1-SNAPSHOT development', 'chore(release): 2.0.0',
        'fix: greetings are no longer shouted']
assert git.run(['tag', '-l']).readLines() == ['v1.0.0', 'v2.0.0']
def tagMessage = git.run(['tag', '-l', '--format=%(contents)', 'v2.0.0'])
assert tagMessage.contains('released as 2.0.0 instead of 1.0.1 (apiCheck=raise)')
def changelog = git.run(['show', 'v2.0.0:CHANGELOG.md'])
assert changelog.contains('## [2.0.0] - ')
assert changelog.contains('### Removed\n\n- API: `it.example.Greeter#shout(java.lang.String)` method removed (binary and source incompatible)')
assert git.run(['status', '--porcelain']) == ''

def json = new JsonSlurper().parse(new File(basedir, 'target/prepare.json'))
assert json.nextVersion == '2.0.0'
assert json.api.mode == 'raise' && json.api.status == 'checked'
assert json.api.raisedFrom == '1.0.1'
assert json.api.level == 'major' && json.api.releaseLevel == 'major'
assert json.api.incompatible*.member == ['shout(java.lang.String)']
assert json.api.baseline == '1.0.0 from the build\'s repositories'
