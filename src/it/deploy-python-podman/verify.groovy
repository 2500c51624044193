def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
def ports = new Properties()
new File(basedir, 'ports.properties').withInputStream { ports.load(it) }
String health
File state = new File(basedir, 'state/staging')
String name = 'python-app-staging-' + ['sh', '-c', 'printf %s "$1" | cksum | cut -d" " -f1', 'sh',
        state.path].execute().text.trim()
try {
    health = new URL("http://127.0.0.1:${ports.staging}/health").text
} finally {
    println "Stopped by PID: ${processes.stopAll()}"
    def podman = ['podman', '--runtime', '/usr/sbin/runc', '--cgroup-manager=cgroupfs']
    def env = ["CONTAINERS_CONF=${basedir}/ops/containers.conf".toString()] +
            System.getenv().collect { k, v -> "$k=$v".toString() }
    (podman + ['rm', '-f', name]).execute(env, basedir).waitFor()
}
assert health.contains('"version": "1.0.0"')

def log = new File(basedir, 'build.log').text
assert log =~ /Running mvn -B -f pom\.xml -Pdeploy-podman .*-Drelease-process\.version=1\.0\.1 exec:exec@deploy/
assert log =~ /\[deploy staging\] python-app 1\.0\.1 runs in container python-app-staging-\d+ on 127\.0\.0\.1:\d+ \(pid \d+\)/
assert log =~ /\[rollback staging\] python-app 1\.0\.0 runs in container python-app-staging-\d+ on 127\.0\.0\.1:\d+/
assert log =~ /\[INFO\] Rolled back 1\.0\.0 to staging: healthy/
assert !log.contains('\tat ')
true
