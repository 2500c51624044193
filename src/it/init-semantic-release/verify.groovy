def log = new File(basedir, 'build.log').text
assert log.contains('found .releaserc.json; preset semantic-release')
assert log.contains('changelog:      none')
assert log.contains('next release:   2.2.0')
// No <build> yet: init creates it before </project>, in the file's indentation, nothing else.
def before = new File(basedir, '../init-semantic-release.pom').text
def after = new File(basedir, 'pom.xml').text
def version = (after =~ /release-process-maven-plugin<\/artifactId>\s*<version>([^<]+)</)[0][1]
assert after == before.replace('</project>', '''    <build>
        <plugins>
            <plugin>
                <groupId>io.github.releaseprocess</groupId>
                <artifactId>release-process-maven-plugin</artifactId>
                <version>''' + version + '''</version>
                <configuration>
                    <preset>semantic-release</preset>
                    <gates>
                        <changelogHasEntries>false</changelogHasEntries>
                    </gates>
                </configuration>
            </plugin>
        </plugins>
    </build>
</project>''')
assert log.contains('Next version: 2.2.0 (minor), after 2.1.0 (v2.1.0)')
def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/plan.json'))
assert plan.tag == 'v2.2.0'
assert !log.contains('BUILD FAILURE')
