def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] pom.xml:6: project/version: 1.0.0 -> 2.0.0-rc.1')
assert log.contains('[INFO] Dry run: would change 1 version(s) in 1 file(s): 1.0.0 -> 2.0.0-rc.1; nothing written')
assert new File(basedir, 'pom.xml').text.contains('<version>1.0.0</version>')
