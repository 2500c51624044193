def log = new File(basedir, 'build.log').text
assert log.contains('<versionFile> ../set-version-outside-root.txt is outside the reactor root ')
assert log.contains('the plugin only edits files of the project.')
if (!log.contains('Error stacktraces are turned on')) {
    assert !log.contains('\tat ') && !log.contains('    at io.github.releaseprocess')
}
// Nothing written: neither the file outside nor the project's own files.
assert new File(basedir, '../set-version-outside-root.txt').text == 'release-process:version 1.0.0\n'
assert new File(basedir, 'VERSION.txt').text == 'release-process:version 1.0.0\n'
assert new File(basedir, 'pom.xml').text.contains('<version>1.0.0</version>')
true
