import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
assert log.contains('changelogDialect is none: CHANGELOG.md is not validated.')
assert log.contains('changelogDialect is none: CHANGELOG.md is left alone.')
assert log.contains('Released 1.6.1 as v1.6.1')
assert new File(basedir, 'CHANGELOG.md').text == new File(basedir, 'before.md').text
def json = new JsonSlurper().parse(new File(basedir, 'target/prepare.json'))
assert json.gates.find { it.gate == 'changelog' }.status == 'skip'
assert git.run(['show', '--name-only', '--format=', 'v1.6.1^{commit}']) == 'pom.xml'
