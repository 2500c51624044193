// The seed dialect ("## Version 1.2.3 - date") passes when configured.
def log = new File(basedir, 'build.log').text
assert log.contains('CHANGELOG.md: 0 errors, 0 warnings (seed, 3 releases)')
assert log.contains('BUILD SUCCESS')
