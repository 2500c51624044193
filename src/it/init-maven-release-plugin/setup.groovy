// From maven-release-plugin: tags @{project.artifactId}-@{version}, its own commits, free-form
// messages. init finds all of that; -Drelease-process.write inserts the plugin and nothing else.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
new File(basedir, '.gitignore') << 'verify.groovy\nsetup.groovy\ninvoker.properties\n'
git.commit('Initial import')
git.commit('[maven-release-plugin] prepare release billing-1.3.0')
git.tag('billing-1.3.0')
git.commit('[maven-release-plugin] prepare for next development iteration')
git.commit('Add invoices')
git.commit('[maven-release-plugin] prepare release billing-1.4.0')
git.tag('billing-1.4.0')
git.commit('[maven-release-plugin] prepare for next development iteration')
git.commit('Round invoices half-even')
git.commit('Make the rounding configurable')
// The IT cannot commit between its Maven runs: the POM that init changes counts as unchanged.
git.run(['update-index', '--assume-unchanged', 'pom.xml'])
new File(basedir, '../init-maven-release-plugin.pom').bytes = new File(basedir, 'pom.xml').bytes
true
