import groovy.json.JsonSlurper

def zero = new JsonSlurper().parse(new File(basedir, 'target/zero.json'))
assert zero.nextVersion == '0.4.0'
assert zero.bump == 'minor'
assert zero.reasons.any { it.contains('while the version is 0.x') }
def major = new JsonSlurper().parse(new File(basedir, 'target/major.json'))
assert major.nextVersion == '1.0.0'
assert major.bump == 'major'
