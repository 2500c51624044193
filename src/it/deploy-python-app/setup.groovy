// The sample python-app with releases 1.0.0 and 1.1.0 (every 20th greeting fails), Prometheus
// scraping staging and production every second, and a bounded load loop on production.
def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
def app = evaluate(new File(basedir, '../../../src/it/lib/python-app.groovy'))(basedir)
app.create()
// A test setting: the sample watches production every 2 s for 20 s; here every second for 10 s,
// the same 10 samples in half the time (Prometheus scrapes every second).
File pom = new File(basedir, 'pom.xml')
String watched = pom.text.replaceFirst(
        '(<monitor>\\s*<window>)20s(</window>\\s*<interval>)2s(</interval>)', '$110s$21s$3')
assert watched != pom.text: 'samples/python-app/pom.xml no longer watches every 2 s for 20 s'
pom.text = watched
app.release('1.0.0')
app.story('1.1.0')
app.release('1.1.0')

int staging = processes.freePort()
int production = processes.freePort()
File state = new File(basedir, 'state')
['staging', 'production'].each { processes.adopt(new File(state, "${it}/run/app.pid")) }
String prometheus = app.prometheus(processes, [staging, production])
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = """\
-Dapp.state=${state}
-Dapp.port.staging=${staging}
-Dapp.port.production=${production}
-Dprometheus.url=${prometheus}
"""
new File(basedir, '.mvn/jvm.config').text = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n'
// Traffic for production: 25 greetings a second, for at most 10 minutes.
processes.start(['python3', 'ops/load.py', "http://127.0.0.1:${production}/hello?name=it".toString(),
        '--rate', '25', '--duration', '600', '--stop-file', 'it-stop-load.txt'], 'load.log')
new File(basedir, 'ports.properties').text = "production=${production}\nprometheus=${prometheus}\n"
true
