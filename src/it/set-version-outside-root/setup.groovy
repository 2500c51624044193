// A file beside the project, which a <versionFile> entry reaches with '..'.
new File(basedir, '../set-version-outside-root.txt').text = 'release-process:version 1.0.0\n'
true
