def git = { List<String> args ->
    def p = (['git'] + args).execute(null, basedir)
    def out = p.text
    p.waitFor()
    return out
}
def log = new File(basedir, 'build.log').text
// The dry run lists every marked file with its diff.
assert log.contains('Dry run: the release would run these steps')
assert log.contains('+proto-iam:1.6.23:1.6.23')
assert log.contains('+Policy library: 0.4.3 <!-- {x-version-update:iam-policy:released} -->')

def release = { path -> git(['show', 'v1.6.23:' + path]) }
assert release('versions.txt').contains('proto-iam:1.6.23:1.6.23\niam-policy:0.4.3:0.4.3\n')
assert release('pom.xml').contains('<version>1.6.23</version><!-- {x-version-update:proto-iam:current} -->')
assert release('core/pom.xml').contains('<version>1.6.23</version><!-- {x-version-update:proto-iam:current} -->')
assert release('README.md').contains('  <version>1.6.23</version>\n')
assert release('README.md').contains('Policy library: 0.4.3 <!--')
assert release('README.md').contains('Latest: v1.6.23 <!--')
def stamp = (release('pom.xml') =~ /<project.build.outputTimestamp>([^<]+)</)[0][1]
assert stamp ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/ && stamp != '2024-01-01T00:00:00Z'

def now = { path -> new File(basedir, path).text }
assert now('versions.txt').contains('proto-iam:1.6.23:1.6.24-SNAPSHOT\niam-policy:0.4.3:0.4.4-SNAPSHOT\n')
assert now('pom.xml').contains('<version>1.6.24-SNAPSHOT</version><!-- {x-version-update')
assert now('README.md').contains('Latest: v1.6.23 <!--')
// The development commit leaves the release instant as it is.
assert now('pom.xml').contains('<project.build.outputTimestamp>' + stamp + '<')
assert git(['status', '--porcelain']).trim().isEmpty()
