// The components' first releases, the next SNAPSHOT versions, then a feature in the runtime, a
// fix in api-b, a feature in the lib and a fix in the app, each with its changelog entry.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def modules = ['runtime', 'bom', 'api-a', 'api-b', 'lib', 'app']
def snapshots = modules.collectEntries { [(it): new File(basedir, "${it}/pom.xml").text] }
modules.each { m ->
    def f = new File(basedir, "${m}/pom.xml")
    f.text = f.text.replaceAll(/(\d+\.\d+)\.1-SNAPSHOT/, '$1.0')
}
git.init()
git.commitAll('chore: first releases')
['runtime-v2.40.0', 'bom-v3.30.0', 'api-a-v1.4.0', 'api-b-v1.4.0', 'lib-v1.0.0', 'app-v1.0.0']
        .each { git.annotatedTag(it) }
snapshots.each { m, text -> new File(basedir, "${m}/pom.xml").text = text }
git.commitAll('chore: start development')
def change = { String module, String section, String entry, String message ->
    def changelog = new File(basedir, "${module}/CHANGELOG.md")
    changelog.text = changelog.text.replace('## [Unreleased]\n',
            "## [Unreleased]\n\n### ${section}\n\n- ${entry}\n")
    new File(basedir, "${module}/work.txt") << "${message}\n"
    git.commitAll(message)
}
change('runtime', 'Added', 'Retries.', 'feat(runtime): retries')
change('api-b', 'Fixed', 'A typo.', 'fix(api-b): a typo')
change('lib', 'Added', 'Caching.', 'feat(lib): caching')
change('app', 'Fixed', 'A crash.', 'fix(app): a crash')
true
