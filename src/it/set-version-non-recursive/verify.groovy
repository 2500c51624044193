// -N moves exactly what Maven's reactor moves: the same bytes in every file.
def files = ['pom.xml', 'pyproject.toml', 'parent/pom.xml', 'apps/pom.xml', 'apps/app1/pom.xml',
             'apps/app2/pom.xml', 'apps/app3/pom.xml', 'lib-revision/pom.xml',
             'optional/pom.xml', 'never/pom.xml']
files.each { path ->
    byte[] full = new File(basedir, path).bytes
    byte[] flat = new File(basedir, 'flat/' + path).bytes
    assert full == flat : "${path} differs between the reactor run and the -N run:\n" +
            new String(flat, 'UTF-8')
}
def moved = { path -> new File(basedir, path).text.contains('2.1.0') }
// in the reactor: the nested aggregator's module, the parent that aggregates nothing, the
// module of the profile activated by -DwithOptional, the ${revision} module's property
['pom.xml', 'parent/pom.xml', 'apps/app1/pom.xml', 'apps/app3/pom.xml', 'optional/pom.xml']
        .each { assert moved(it) : "${it} did not move" }
assert new File(basedir, 'pom.xml').text.contains('<revision>2.1.0</revision>')
assert new File(basedir, 'pyproject.toml').text.contains('version = "2.1.0"')
// not in the reactor: activeByDefault turned off by another active profile, a profile never active
['apps/app2/pom.xml', 'never/pom.xml'].each { assert !moved(it) : "${it} moved" }
def log = new File(basedir, 'build.log').text
assert log.count('Changed 11 version(s) in 8 file(s): 2.0.0-SNAPSHOT -> 2.1.0') == 2 : log
true
