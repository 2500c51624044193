// The sample python-app with releases 1.0.0 and 1.0.1, deployed as podman containers: the image
// is built from the tagged sources on a base image made from this machine's Python (there is no
// registry here; ops/python-base-image.sh).
def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
def app = evaluate(new File(basedir, '../../../src/it/lib/python-app.groovy'))(basedir)
app.create()
app.release('1.0.0')
app.story('1.0.1')
app.release('1.0.1')

int staging = processes.freePort()
File state = new File(basedir, 'state')
processes.adopt(new File(state, 'staging/run/app.pid'))
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = """\
-Ddeploy.tool=podman
-Dapp.state=${state}
-Dapp.port.staging=${staging}
"""
new File(basedir, '.mvn/jvm.config').text = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n'
new File(basedir, 'ports.properties').text = "staging=${staging}\n"
true
