// A release v1.0.0 and a Maven repository on 127.0.0.1 that takes PUTs and refuses the third.
import com.sun.net.httpserver.HttpServer

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: ledger api')
git.annotatedTag('v1.0.0')

def repo = new File(basedir, 'http-repo')
def puts = new File(basedir, 'puts.txt')
def server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
server.createContext('/repo/') { exchange ->
    String path = exchange.requestURI.path.substring('/repo/'.length())
    File file = new File(repo, path)
    int status
    if (exchange.requestMethod == 'PUT') {
        byte[] body = exchange.requestBody.bytes
        puts << path + '\n'
        if (puts.readLines().size() == 3) {
            status = 503
        } else {
            file.parentFile.mkdirs()
            file.bytes = body
            status = 201
        }
        exchange.sendResponseHeaders(status, -1)
    } else if (file.isFile()) {
        byte[] body = file.bytes
        exchange.sendResponseHeaders(200, body.length)
        exchange.responseBody.withStream { it.write(body) }
    } else {
        exchange.sendResponseHeaders(404, -1)
    }
    exchange.close()
}
server.start()
System.properties.put('release-process.it.publish-http.' + basedir.canonicalPath, server)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
        "-Dit.http.url=http://127.0.0.1:${server.address.port}/repo/\n"
new File(basedir, '.mvn/jvm.config').text = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n'
true
