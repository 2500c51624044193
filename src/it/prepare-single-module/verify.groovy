import groovy.json.JsonSlurper

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

// The test build ran once, in its own Maven process, on the release version.
assert log.contains('Test build of 1.3.0: mvn -B -f pom.xml clean verify')
assert log.contains('[test build] [INFO] Tests run: 1, Failures: 0')
assert log.contains('[INFO] Released 1.3.0 as v1.3.0; now at 1.3.1-SNAPSHOT')

// Commits, tag and versions.
assert git.run(['log', '--format=%s', '-3']).readLines() == [
        'chore(release): start 1.3.1-SNAPSHOT development', 'chore(release): 1.3.0',
        'fix: trim names']
assert git.run(['cat-file', '-t', 'v1.3.0']) == 'tag'
assert git.run(['rev-parse', 'v1.3.0^{commit}']) == git.run(['rev-parse', 'HEAD~1'])
def tagMessage = git.run(['tag', '-l', '--format=%(contents)', 'v1.3.0'])
assert tagMessage.startsWith('Release 1.3.0')
assert tagMessage.contains('- Greetings in French.')
assert git.run(['show', 'v1.3.0:pom.xml']).contains('<version>1.3.0</version>')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<version>1.3.1-SNAPSHOT</version>')
assert pom.contains('<!-- A sample released with release-process; this comment must survive the release. -->')

// The changelog was promoted and its links extended.
def changelog = new File(basedir, 'CHANGELOG.md').text
assert changelog.contains('## [Unreleased]\n\n## [1.3.0] - ')
assert changelog.contains('[Unreleased]: https://example.invalid/greeter/compare/v1.3.0...HEAD')
assert changelog.contains('[1.3.0]: https://example.invalid/greeter/compare/v1.2.0...v1.3.0')

// Nothing left behind: no release.properties, no backups, a clean tree, no journal.
assert git.run(['status', '--porcelain']) == ''
assert !new File(basedir, 'release.properties').exists()
assert !new File(basedir, 'pom.xml.releaseBackup').exists()
assert !new File(basedir, '.git/release-process').exists()

def json = new JsonSlurper().parse(new File(basedir, 'target/prepare.json'))
assert json.nextVersion == '1.3.0' && json.tag == 'v1.3.0' && json.dryRun == false
assert json.developmentVersion == '1.3.1-SNAPSHOT'
assert json.gates.find { it.gate == 'clean working tree' }.status == 'pass'

// The plugin as installed (decisions 0021, 0025): every runtime dependency inside its jar, JGit
// without Eclipse's signature, so that Maven reads one POM and opens one jar to load the plugin,
// and its class realm verifies no class it loads.
def pluginDir = new File(localRepositoryPath, 'io/github/releaseprocess/release-process-maven-plugin')
def versionDir = pluginDir.listFiles().find { it.isDirectory() }
def pluginJar = versionDir.listFiles().find { it.name.endsWith('.jar') }
def text = { String name -> new java.util.zip.ZipFile(pluginJar).withCloseable { z ->
    def e = z.getEntry(name); e == null ? null : z.getInputStream(e).getText('UTF-8') } }
def entries = new java.util.zip.ZipFile(pluginJar).withCloseable { z -> z.entries().collect { it.name } }
assert entries.contains('org/eclipse/jgit/lib/Repository.class')
assert entries.contains('org/eclipse/jgit/transport/sshd/SshdSessionFactory.class')
assert entries.contains('org/eclipse/jgit/internal/JGitText.properties')
assert entries.contains('org/apache/sshd/client/SshClient.class')
assert entries.contains('org/commonmark/parser/Parser.class')
assert entries.contains('com/google/gson/Gson.class')
assert entries.contains('japicmp/cmp/JarArchiveComparator.class')
assert entries.contains('org/apache/maven/shared/utils/cli/CommandLineUtils.class')
assert !entries.any { it.startsWith('org/slf4j/') && !it.startsWith('org/slf4j/impl/') } // Maven's own
assert entries.contains('about.html') // JGit's licence, EDL-1.0
assert text('META-INF/services/org.eclipse.jgit.transport.SshSessionFactory') != null
assert text('META-INF/services/java.nio.file.spi.FileSystemProvider').contains('org.apache.sshd.sftp')
assert text('META-INF/LICENSE.txt').contains('Copyright (c) 2015, Atlassian Pty Ltd') // commonmark's BSD-2, next to the Apache texts
assert text('META-INF/MANIFEST.MF').contains('Multi-Release: true')
assert entries.contains('META-INF/versions/9/javax/xml/bind/ModuleUtil.class')
assert entries.findAll { it ==~ /META-INF\/[^\/]+\.(SF|RSA|DSA|EC)/ } == []
assert entries.findAll { it.endsWith('module-info.class') } == []
def pomDoc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(versionDir.listFiles().find { it.name.endsWith('.pom') })
def runtime = []
def deps = pomDoc.documentElement.getElementsByTagName('dependency')
for (int i = 0; i < deps.length; i++) {
    def dep = deps.item(i)
    if (dep.parentNode.parentNode != pomDoc.documentElement) continue // dependencyManagement, plugins
    def field = { String tag -> def n = dep.getElementsByTagName(tag); n.length == 0 ? '' : n.item(0).textContent.trim() }
    if (!(field('scope') in ['provided', 'test'])) runtime << field('artifactId')
}
assert runtime == [] // Maven collects nothing to load the plugin
