// -Drelease-process.dryRun (the namespaced form of -DdryRun) rehearses prepare and changes nothing.
def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(false)
new File(basedir, '../prepare-dry-run-namespaced.state').text = git.state()
true
