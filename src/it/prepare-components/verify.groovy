def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

// 1: killed in the release commit; 2: resumed.
assert new File(basedir, '.git/killed-once').exists()
assert log.contains("Resuming the release of library 1.0.1, service 2.0.1, bom 3.0.1 after step 'test-build'")
assert log.contains('[INFO] Released library 1.0.1, service 2.0.1, bom 3.0.1 as library-v1.0.1,'
        + ' service-v2.0.1, bom-v3.0.1; now at library 1.0.2-SNAPSHOT, service 2.0.2-SNAPSHOT,'
        + ' bom 3.0.2-SNAPSHOT')
assert git.run(['log', '--format=%s', '-3']).readLines() == [
        'chore(release): start library 1.0.2-SNAPSHOT, service 2.0.2-SNAPSHOT, bom 3.0.2-SNAPSHOT development',
        'chore(release): library 1.0.1, service 2.0.1, bom 3.0.1',
        'fix(library): a null check']
assert git.run(['rev-parse', 'HEAD~2']) == new File(basedir, '.git/head-before.txt').text.trim()
String release = git.run(['rev-parse', 'HEAD~1'])
['library-v1.0.1', 'service-v2.0.1', 'bom-v3.0.1'].each {
    assert git.run(['rev-parse', it + '^{commit}']) == release
    assert git.run(['cat-file', '-t', it]) == 'tag'
}
assert git.run(['tag', '-l', 'tool-*']).readLines() == ['tool-v0.3.0']
// The release commit: new versions everywhere they are referenced, the tool at its last release.
String service = git.run(['show', 'service-v2.0.1:service/pom.xml'])
assert service.contains('<version>2.0.1</version>')
assert service.contains('<library.version>1.0.1</library.version>')
assert service.contains('<artifactId>tool</artifactId>\n      <version>0.3.0</version>')
assert !service.contains('SNAPSHOT')
String bom = git.run(['show', 'bom-v3.0.1:bom/pom.xml'])
assert bom.contains('<artifactId>library</artifactId><version>1.0.1</version>')
assert bom.contains('<artifactId>service</artifactId><version>2.0.1</version>')
assert git.run(['show', 'library-v1.0.1:tools/tool/pom.xml']).contains('<version>0.3.1-SNAPSHOT</version>')
assert git.run(['show', 'library-v1.0.1:library/CHANGELOG.md']).contains('## [1.0.1] - ')
assert git.run(['show', 'library-v1.0.1:service/CHANGELOG.md'])
        .contains('### Changed\n\n- Updated dependencies: library 1.0.1.')
assert git.run(['show', 'library-v1.0.1:tools/tool/CHANGELOG.md'])
        .contains('## [Unreleased]\n\n## [0.3.0]')
assert git.run(['tag', '-l', '-n9', 'library-v1.0.1']).contains('A null check.')
// After the release: development versions, the pinned tool reference back to its SNAPSHOT.
String now = new File(basedir, 'service/pom.xml').text
assert now.contains('<version>2.0.2-SNAPSHOT</version>')
assert now.contains('<library.version>1.0.2-SNAPSHOT</library.version>')
assert now.contains('<artifactId>tool</artifactId>\n      <version>0.3.1-SNAPSHOT</version>')
assert git.run(['status', '--porcelain', '--untracked-files=no']) == ''
assert !new File(basedir, '.git/release-process').exists()
