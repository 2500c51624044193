import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

// 1. The dry run plans the check after the test build, against 1.0.0 built from its tag.
def dry = new JsonSlurper().parse(new File(basedir, 'dry.json'))
assert dry.dryRun == true && dry.nextVersion == '1.1.0'
assert dry.steps.contains('api-check: compare the API of api-check-feature with 1.0.0 built from tag v1.0.0 (not in the build\'s repositories) (apiCheck=enforce); below the API\'s level, the release is refused')
assert dry.api.status == 'planned' && dry.api.mode == 'enforce'

// 2. The release builds the baseline from the tag's sources and agrees with the commits.
assert log.contains('API check: building the baseline 1.0.0 from tag v1.0.0 in target/release-process/api-baseline/v1.0.0')
assert log.contains('API check: the API requires a minor release (0 incompatible changes, 1 addition against 1.0.0); the commits ask for a minor release (1.1.0)')
assert log.contains('[INFO] Released 1.1.0 as v1.1.0; now at 1.1.1-SNAPSHOT')
assert !log.contains('[WARNING] API')
def changelog = git.run(['show', 'v1.1.0:CHANGELOG.md'])
assert changelog.contains('### Added\n\n- Whispered greetings.\n- API: `it.example.Greeter#whisper(java.lang.String)` method added')
assert git.run(['status', '--porcelain']) == ''

def json = new JsonSlurper().parse(new File(basedir, 'target/prepare.json'))
assert json.api.status == 'checked' && json.api.level == 'minor' && json.api.releaseLevel == 'minor'
assert json.api.additions*.member == ['whisper(java.lang.String)']
assert json.api.incompatible == []
assert json.api.summary.startsWith('API against it.example:api-check-feature:1.0.0: 0 incompatible changes, 1 addition; the API requires a minor release')
