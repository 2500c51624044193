import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// By default the two free-form commits are ignored, and the summary says how to list and count them.
assert log.contains('3 commits since v1.0.0: 2 (non-conventional), 1 (release-tool); 2 not conventional, ignored'
        + ' (listed by -X and in the JSON; nonConventional=patch counts them).')
def ignored = new JsonSlurper().parse(new File(basedir, 'target/ignored.json'))
assert ignored.nextVersion == null
assert ignored.ignoredCount == 2
assert ignored.commits.count { it.type == null && !it.releasable } == 3

// With nonConventional=patch each asks for a patch; the release tool's commit does not.
assert log.contains('Next version: 1.0.1 (patch), after 1.0.0 (v1.0.0)')
def patch = new JsonSlurper().parse(new File(basedir, 'target/patch.json'))
assert patch.nextVersion == '1.0.1'
assert patch.bump == 'patch'
assert patch.ignoredCount == 0
assert patch.reasons.any { it.contains('2 not conventional, each a patch (nonConventional=patch)') }
assert patch.reasons.any { it.startsWith('PATCH bump: a commit that is not conventional (nonConventional=patch) in ') }
assert patch.commits.count { it.releasable } == 2
true
