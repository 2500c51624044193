def log = new File(basedir, 'build.log').text
def warning = "[WARNING] No tag matches tagFormat 'v@{version}', but 2 tags look like releases in" +
        " the format 'gson-parent-@{version}' (newest: gson-parent-2.13.0)."
assert log.contains(warning)
assert log.contains('Set <tagFormat>gson-parent-@{version}</tagFormat> (or' +
        ' -Drelease-process.tagFormat=gson-parent-@{version}) to continue from 2.13.0, or pass' +
        ' -Drelease-process.firstRelease to release from scratch anyway.')
assert log.contains('is refused by 1 gate:')
assert log.contains('  first release: No tag matches tagFormat')
assert log.contains('[WARNING] WARN first release: releasing from scratch as asked')
assert !new File(basedir, 'pom.xml').text.contains('<version>2.13.1</version>')
