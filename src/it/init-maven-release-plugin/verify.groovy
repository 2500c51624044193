def log = new File(basedir, 'build.log').text
assert log.contains('previous tool:  maven-release-plugin')
assert log.contains('found maven-release-plugin in pom.xml; preset conventionalcommits')
assert log.contains('tag format:     @{project.artifactId}-@{version}')
assert log.contains('commit style:   0 % Conventional Commits')
assert log.contains('changelog:      CHANGELOG.md as keepachangelog')
assert log.contains('next release:   1.4.1')

// Byte for byte: the POM is the old one plus the block before </plugins>.
def before = new File(basedir, '../init-maven-release-plugin.pom').text
def after = new File(basedir, 'pom.xml').text
def version = (after =~ /release-process-maven-plugin<\/artifactId>\s*<version>([^<]+)</)[0][1]
def block = '''            <plugin>
                <groupId>io.github.releaseprocess</groupId>
                <artifactId>release-process-maven-plugin</artifactId>
                <version>''' + version + '''</version>
                <configuration>
                    <tagFormat>@{project.artifactId}-@{version}</tagFormat>
                    <nonConventional>patch</nonConventional>
                </configuration>
            </plugin>
'''
assert after == before.replace('        </plugins>', block + '        </plugins>')

// The advice names the plugin in full: the short prefix does not resolve in every reactor.
assert log.contains('  mvn io.github.releaseprocess:release-process-maven-plugin:' + version + ':next-version')
assert log.contains('<pluginGroup>io.github.releaseprocess</pluginGroup>')

// The configuration it wrote finds the previous release and releases in the project's format.
assert log.contains('Next version: 1.4.1 (patch), after 1.4.0 (billing-1.4.0)')
def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/plan.json'))
assert plan.tag == 'billing-1.4.1'
assert plan.lastTag == 'billing-1.4.0'
