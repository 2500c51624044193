// The release 3.3.0 of a ${revision}${changelist} reactor: revision moves in .mvn/maven.config
// (which wins over the POM property), changelist empties; the POM version templates stay.
assert new File(basedir, '.mvn/maven.config').text == '-Drevision=3.3.0\n-Daether.remoteRepositoryFilter.prefixes=false\n'
def root = new File(basedir, 'pom.xml').text
assert root.contains('<version>${revision}${changelist}</version>')
assert root.contains('<changelist></changelist>')
assert root.contains('<revision>0.0.0-overridden-by-maven-config</revision>')
assert new File(basedir, 'lib/pom.xml').text.contains('<version>${revision}${changelist}</version>')
assert new File(basedir, 'build.log').text.contains('3.2.0-SNAPSHOT -> 3.3.0')
