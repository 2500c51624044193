import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'app/target/next.json'))
assert json.lastTag == 'v3.1.0'
assert json.nextVersion == '3.1.1'
