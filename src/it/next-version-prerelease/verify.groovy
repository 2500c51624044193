import groovy.json.JsonSlurper

def rc = new JsonSlurper().parse(new File(basedir, 'target/rc.json'))
assert rc.lastTag == 'v1.1.0-rc.1'
assert rc.currentVersion == '1.1.0-rc.1'
assert rc.nextVersion == '1.1.0-rc.2'
assert rc.bump == 'prerelease'
assert rc.commits.size() == 2   // everything since the last final release
def fin = new JsonSlurper().parse(new File(basedir, 'target/final.json'))
assert fin.nextVersion == '1.1.0'
assert fin.bump == 'minor'
