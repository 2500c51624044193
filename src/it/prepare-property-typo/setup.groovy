// A misspelt -Drelease-process.* property is refused before anything runs; nothing changes.
def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(false)
new File(basedir, '../prepare-property-typo.state').text = git.state()
true
