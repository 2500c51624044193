import java.util.jar.JarFile

def log = new File(basedir, 'build.log').text

// The real run prints the test build's command line with what it passes on, secrets masked
// (sign.password by its name, plain.value because its value is the secret DEPLOY_TOKEN).
assert log.contains('Test build of 1.3.0: mvn -B -f pom.xml -Pci,extra -Dplain.value=****'
        + ' -Dquoted=two words -Dsign.password=**** -DskipTests=true clean verify')
assert log.contains('[INFO] Released 1.3.0 as v1.3.0; now at 1.3.1-SNAPSHOT')
assert !log.contains('S3cr3tT0k3n-XYZ')
assert !log.contains('pass word 1')

// What reached the nested build, as its jar's manifest recorded it: the secrets through the
// private settings file, the rest on the command line, both overriding the POM's defaults.
def jar = new JarFile(new File(basedir, 'target/greeter-1.3.0.jar'))
def attributes = jar.manifest.mainAttributes
jar.close()
assert attributes.getValue('Sign-Password') == 'pass word 1'
assert attributes.getValue('Plain-Value') == 'S3cr3tT0k3n-XYZ'
assert attributes.getValue('Quoted') == 'two words'
assert attributes.getValue('From-Profile') == 'ci'
assert attributes.getValue('From-Extra') == 'extra'
assert attributes.getValue('Skip-Tests') == 'true'
assert !log.contains('[test build] [INFO] Tests run:')
true
