// The release instant in releaseDateZone (Kiritimati, UTC+14) on a machine in New York (TZ).
def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(false)
new File(basedir, '../prepare-release-date-zone.state').text = git.state()
true
