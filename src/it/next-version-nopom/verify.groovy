import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'next.json'))
assert json.lastTag == 'v0.2.0'
assert json.nextVersion == '0.3.0'
assert new File(basedir, 'build.log').text.contains('[INFO] Next version: 0.3.0 (minor), after 0.2.0 (v0.2.0)')

// init -Drelease-process.write: the pom.xml that releases the Python project, at its version.
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('  <artifactId>tool</artifactId>\n  <version>0.3.0-SNAPSHOT</version>\n'
        + '  <packaging>pom</packaging>\n')
assert pom.contains('<versionFile><path>pyproject.toml</path></versionFile>')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO]   project version: 0.3.0-SNAPSHOT')
assert log.contains('pom.xml (packaging pom, the project\'s version):')
