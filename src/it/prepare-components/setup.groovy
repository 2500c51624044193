// The components' first releases (tags library-v1.0.0, service-v2.0.0, tool-v0.3.0, bom-v3.0.0),
// the next SNAPSHOT versions, then a fix in the library; a pre-commit hook kills the first
// prepare while it commits the release (src/it/lib/kill-hook.sh).
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def poms = ['library/pom.xml', 'service/pom.xml', 'tools/tool/pom.xml', 'bom/pom.xml']
def snapshots = poms.collectEntries { [(it): new File(basedir, it).text] }
poms.each { path ->
    def f = new File(basedir, path)
    f.text = f.text.replace('1.0.1-SNAPSHOT', '1.0.0').replace('2.0.1-SNAPSHOT', '2.0.0')
            .replace('0.3.1-SNAPSHOT', '0.3.0').replace('3.0.1-SNAPSHOT', '3.0.0')
}
git.init()
git.commitAll('chore: first releases')
['library-v1.0.0', 'service-v2.0.0', 'tool-v0.3.0', 'bom-v3.0.0'].each { git.annotatedTag(it) }
snapshots.each { path, text -> new File(basedir, path).text = text }
git.commitAll('chore: start development')
def changelog = new File(basedir, 'library/CHANGELOG.md')
changelog.text = changelog.text.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A null check.\n')
new File(basedir, 'library/Library.txt').text = 'null-safe\n'
git.commitAll('fix(library): a null check')
new File(basedir, '.git/head-before.txt').text = git.run(['rev-parse', 'HEAD'])
def hook = new File(basedir, '.git/hooks/pre-commit')
hook.parentFile.mkdirs()
hook.text = new File(basedir, '../../../src/it/lib/kill-hook.sh').text
hook.setExecutable(true)
true
