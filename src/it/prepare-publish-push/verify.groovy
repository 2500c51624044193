def log = new File(basedir, 'build.log').text
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)

// The order: test build (which staged the artifacts), commit, tag, publish, then the push.
assert log.contains('[INFO] Test build of 1.0.1: mvn -B -f pom.xml -Prelease'
        + ' -DaltDeploymentRepository=release-process-staging::default::file:')
def repo = new File(basedir, 'target/file-repo/it/example/billing-bom')
assert new File(repo, '1.0.1/billing-bom-1.0.1.pom').isFile()
assert new File(repo, 'maven-metadata.xml').text.contains('<version>1.0.1</version>')
assert log.contains('[INFO] Uploaded 6 files of 1.0.1 to files (file:')
assert log.contains("on project billing-bom: The release of 1.0.1 stopped at step 'push': The remote"
        + " 'broken' refused refs/heads/main (REJECTED_NONFASTFORWARD)")
assert log.contains('The artifacts were published before the push, and a remote step cannot be'
        + ' undone, so the release commit and the tag v1.0.1 stay')
assert log.contains("Run 'mvn release-process:prepare -Drelease-process.resume -Drelease-process.publish"
        + " -Drelease-process.push' to finish it (it"
        + ' retries only the push)')

// The resume: only the push; nothing built or uploaded again.
assert log.contains("[INFO] Resuming the release of 1.0.1 after step 'development-version'")
assert log.count('[test build] [INFO] BUILD SUCCESS') == 1
assert log.count('[INFO] Uploaded 6 files') == 1
def origin = new File(basedir, '../prepare-publish-push-origin.git')
assert git.run(['--git-dir', origin.absolutePath, 'tag']).readLines().contains('v1.0.1')
assert git.run(['--git-dir', origin.absolutePath, 'log', '-1', '--format=%s', 'main']) ==
        'chore(release): start 1.0.2-SNAPSHOT development'
assert !new File(basedir, '.git/release-process/journal.json').exists()

def notes = new File(basedir, 'target/release-process/release-notes-1.0.1.md')
// No changelog: the notes are the entries the release's commits make.
assert notes.text ==~ /### Fixed\n\n- Second \([0-9a-f]{7}\)\n/
def subjects = git.run(['log', '--format=%s', 'refs/release-process/ledger']).readLines().reverse()
assert subjects == ['publish 1.0.1 to files: planned', 'publish 1.0.1 to files: succeeded']
assert !log.contains('Exception:') && !log.contains('\tat ')
true
