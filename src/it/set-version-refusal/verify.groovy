def log = new File(basedir, 'build.log').text
assert log.contains('pyproject.toml:3: [project].version is 0.9.0, not the current version 1.0.0; bring it in line with the POM first.')
// a refusal is the user's mistake (a build failure, not an execution error) and, at the default
// log level, comes without a stack trace
assert log.contains('[ERROR] Failed to execute goal io.github.releaseprocess:release-process-maven-plugin:')
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')
if (!log.contains('Error stacktraces are turned on')) {
    assert !log.contains('\tat ') && !log.contains('    at io.github.releaseprocess')
}
// all or nothing: the POM was not touched either
assert new File(basedir, 'pom.xml').text.contains('<version>1.0.0</version>')
assert new File(basedir, 'pyproject.toml').text.contains('version = "0.9.0"')
