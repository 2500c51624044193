// Every POM equals its expected copy byte for byte: only the reactor's version texts changed.
['pom.xml', 'core/pom.xml', 'services/pom.xml', 'services/api/pom.xml', 'services/impl/pom.xml'].each { path ->
    byte[] actual = new File(basedir, path).bytes
    byte[] expected = new File(basedir, 'expected/' + path.replace('/', '__')).bytes
    assert actual == expected : "${path} differs from expected/${path.replace('/', '__')}:\n" + new String(actual, 'UTF-8')
}
def log = new File(basedir, 'build.log').text
assert log.contains('Changed 9 version(s) in 5 file(s): 1.0.0-SNAPSHOT -> 1.1.0')
// runs once, at the execution root, however many modules there are
assert log.count('Changed 9 version(s)') == 1
assert !new File(basedir, 'core').listFiles().any { it.name.endsWith('.rp-tmp') }
