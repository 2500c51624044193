// The sample python-app with releases 1.0.0 and 1.0.1, deployed by Fabric over SSH to an sshd
// on 127.0.0.1 that this script starts with generated keys (stopped by PID in verify.groovy).
def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
def app = evaluate(new File(basedir, '../../../src/it/lib/python-app.groovy'))(basedir)
app.create()
app.release('1.0.0')
app.story('1.0.1')
app.release('1.0.1')

File sshd = new File(basedir, 'sshd')
sshd.mkdirs()
def run = { List<String> command ->
    def process = command.execute(null, sshd)
    def out = new StringBuilder()
    process.waitForProcessOutput(out, out)
    assert process.exitValue() == 0: "${command} failed: ${out}"
}
run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-f', 'host_key'])
run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-f', 'client_key'])
new File(sshd, 'authorized_keys').text = new File(sshd, 'client_key.pub').text
int sshPort = processes.freePort()
new File(sshd, 'sshd_config').text = """\
Port ${sshPort}
ListenAddress 127.0.0.1
HostKey ${sshd}/host_key
AuthorizedKeysFile ${sshd}/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
Subsystem sftp internal-sftp
PidFile ${sshd}/sshd.pid
"""
new File('/run/sshd').mkdirs()  // sshd's privilege separation directory
// -D: in the foreground, so the PID recorded is sshd's own.
processes.start(['/usr/sbin/sshd', '-D', '-e', '-f', "${sshd}/sshd_config".toString()], 'sshd.log')
long end = System.currentTimeMillis() + 20000
while (true) {
    try {
        new Socket(InetAddress.loopbackAddress, sshPort).close()
        break
    } catch (IOException e) {
        assert System.currentTimeMillis() < end: "sshd did not listen: ${new File(basedir, 'sshd.log').text}"
        Thread.sleep(100)
    }
}

int staging = processes.freePort()
File state = new File(basedir, 'state')
processes.adopt(new File(state, 'staging/run/app.pid'))
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = """\
-Ddeploy.tool=fabric
-Dapp.state=${state}
-Dapp.port.staging=${staging}
-Dssh.port=${sshPort}
-Dssh.user=${System.getProperty('user.name')}
-Dssh.identity=${sshd}/client_key
"""
new File(basedir, '.mvn/jvm.config').text = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n'
new File(basedir, 'ports.properties').text = "staging=${staging}\n"
true
