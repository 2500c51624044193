// -DdryRun runs the gates, prints the plan and the diffs, and changes nothing.
def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(false)
new File(basedir, '../prepare-dry-run.state').text = git.state()
true
