def root = new File(basedir, 'pom.xml').text
def app = new File(basedir, 'app/pom.xml').text
def company = new File(basedir, 'company-parent/pom.xml').text
// the parent from outside the reactor is left alone, in the root POM and in its own file
assert root.contains('<artifactId>company-parent</artifactId>\n    <version>2.0.0</version>')
assert company.contains('<version>2.0.0</version>')
assert root.contains('<artifactId>app-root</artifactId>\n  <version>2.1.0</version>')
assert app.contains('<artifactId>app-root</artifactId>\n    <version>2.1.0</version>')
assert app.contains('<artifactId>company-parent</artifactId>\n      <version>2.0.0</version>')
assert new File(basedir, 'build.log').text.contains('Changed 2 version(s) in 2 file(s): 2.0.0 -> 2.1.0')
