def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def show = { String rev, String path -> git.run(['show', "${rev}:${path}".toString()]) }

// 1: each component's commits, for its own changelog.
assert log.contains('runtime: 1 new entry for runtime/CHANGELOG.md from 2 commit(s) since runtime-v2.40.0')
assert log.contains('lib: 1 new entry for lib/CHANGELOG.md from 2 commit(s) since lib-v1.0.0')
assert log.contains('bom: 0 new entries for bom/CHANGELOG.md from 1 commit(s) since bom-v3.30.0')

// 2: the app alone; its reference to the lib points at the lib's last release, 1.0.0.
assert log.contains('[INFO] Released app 1.0.1 as app-v1.0.1; now at app 1.0.2-SNAPSHOT')
String app = show('app-v1.0.1', 'app/pom.xml')
assert app.contains('<artifactId>app</artifactId>\n  <version>1.0.1</version>')
assert app.contains('<artifactId>lib</artifactId><version>1.0.0</version>')
assert !app.contains('SNAPSHOT')
assert show('app-v1.0.1', 'lib/pom.xml').contains('<version>1.0.1-SNAPSHOT</version>')
def outputs = new File(basedir, 'github-output.txt').text
assert outputs.contains('releasedComponents=app\napp_releaseVersion=1.0.1\napp_tag=app-v1.0.1\n')

// 3: the rest in one commit.
def tags = ['runtime-v2.41.0', 'bom-v3.31.0', 'api-a-v1.4.1', 'api-b-v1.4.1', 'lib-v1.1.0', 'app-v1.0.2']
String release = git.run(['rev-parse', 'HEAD~1'])
tags.each { assert git.run(['rev-parse', it + '^{commit}']) == release : it }
assert git.run(['log', '-1', '--format=%s', 'HEAD~1']) == 'chore(release): runtime 2.41.0,' +
        ' bom 3.31.0, api-a 1.4.1, api-b 1.4.1, lib 1.1.0, app 1.0.2'
assert show('bom-v3.31.0', 'bom/CHANGELOG.md').contains('## [3.31.0] - ')
assert show('bom-v3.31.0', 'bom/CHANGELOG.md').contains('### Changed\n\n- Released with runtime 2.41.0.')
assert show('app-v1.0.2', 'app/CHANGELOG.md').contains('- Updated dependencies: lib 1.1.0.')
assert show('app-v1.0.2', 'app/pom.xml').contains('<artifactId>lib</artifactId><version>1.1.0</version>')
assert new File(basedir, 'app/pom.xml').text.contains('<artifactId>lib</artifactId><version>1.1.1-SNAPSHOT</version>')
assert new File(basedir, 'api-a/pom.xml').text.contains('<version>1.4.2-SNAPSHOT</version>')
assert outputs.contains('releasedComponents=runtime,bom,api-a,api-b,lib,app\n')
assert outputs.contains('lib_tag=lib-v1.1.0\n')
assert git.run(['status', '--porcelain', '--untracked-files=no']) == ''
assert !new File(basedir, '.git/release-process').exists()
