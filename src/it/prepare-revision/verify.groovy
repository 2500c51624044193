def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Released 2.0.1 as v2.0.1; now at 2.0.2-SNAPSHOT')
assert log.contains('[test build] [INFO] Reactor Summary for shop 2.0.1:')
def released = git.run(['show', 'v2.0.1:pom.xml'])
assert released.contains('<revision>2.0.1</revision>  <!-- CI-friendly: the one place the version lives -->')
assert released.contains('<version>${revision}</version>')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<revision>2.0.2-SNAPSHOT</revision>')
// Modules keep ${revision}: the property alone moved.
assert git.run(['diff', '--stat', 'v2.0.0', 'HEAD', '--', 'api', 'app']) == ''
assert git.run(['status', '--porcelain']) == ''
