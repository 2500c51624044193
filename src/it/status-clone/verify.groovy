import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] staging     1.1.0  since 2024-05-03T10:00:00Z  healthy (2 checks, 0 failed, p50 12 ms, p95 30 ms)')
assert log.contains('[INFO]     2024-05-01T10:00:00Z deploy 1.0.0 succeeded by Ann <ann@example.invalid>')
assert log.contains('[INFO] production  1.0.0  since 2024-05-02T10:00:00Z  healthy')

// The versioning settings in the shared <configuration> and on the command line are not status's:
// no warning, no refusal (a property some goal knows is fine), and the same output.
assert !log.contains('[WARNING]') : log.readLines().findAll { it.contains('[WARNING]') }.join('\n')

def status = new JsonSlurper().parse(new File(basedir, 'target/status.json'))
assert status.environments*.id == ['staging', 'production']
assert status.environments*.version == ['1.1.0', '1.0.0']
assert status.environments[0].history*.version == ['1.0.0', '1.1.0']
assert status.ledgerTip ==~ /[0-9a-f]{40}/
true
