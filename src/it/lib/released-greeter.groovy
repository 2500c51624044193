// Shared history of the prepare ITs on the greeter sample (evaluated from a setup.groovy, whose
// binding gives basedir): 'feat: greetings' released as v1.2.0, then 'feat(greeter): greetings in
// French'; with featureAndFix, that feature and a 'fix: trim names' each change Greeter.java.
// Returns the git helper of git.groovy. Usage:
//   def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(true)
return { boolean featureAndFix ->
    def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
    git.init()
    git.commit('feat: greetings')
    git.tag('v1.2.0')
    def greeter = new File(basedir, 'src/main/java/it/example/Greeter.java')
    if (featureAndFix) {
        greeter << '// French next\n'
    }
    git.commit('feat(greeter): greetings in French')
    if (featureAndFix) {
        greeter << '// trimmed\n'
        git.commit('fix: trim names')
    }
    return git
}
