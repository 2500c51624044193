def log = new File(basedir, 'clone/build.log').exists() ? new File(basedir, 'clone/build.log').text
        : new File(basedir, 'build.log').text
assert log.contains('This is a shallow clone and no release tag is reachable from HEAD')
assert log.contains("run 'git fetch --unshallow --tags' (GitHub Actions: actions/checkout with fetch-depth: 0)")
assert !log.contains('at io.github.releaseprocess')
