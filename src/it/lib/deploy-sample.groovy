// Shared by the deploy ITs: releases of the sample project and the health endpoint it "runs".
// Usage:
//   def sample = evaluate(new File(basedir, '../../../src/it/lib/deploy-sample.groovy'))(basedir)
//   sample.release(git, '1.0.0')   // POM version 1.0.0, commit, tag v1.0.0
//   sample.startHealth()           // after the last commit: writes .mvn/maven.config
//   sample.stopHealth()            // in verify.groovy
// The endpoint http://127.0.0.1:PORT/ENV/VERSION answers 200 "UP VERSION" when the profiles
// copied demo-VERSION.jar to deployed/ENV/ and VERSION is not listed in broken-ENV.txt.
import com.sun.net.httpserver.HttpServer

return { File dir ->
    String key = 'release-process.it.health.' + dir.canonicalPath
    return [
        release    : { git, String version ->
            def pom = new File(dir, 'pom.xml')
            pom.text = pom.text.replaceFirst('<version>[^<]+</version>', "<version>${version}</version>")
            git.commit("feat: release ${version}")
            git.tag("v${version}")
        },
        startHealth: {
            def server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
            server.createContext('/') { exchange ->
                def parts = exchange.requestURI.path.split('/').findAll { it }
                String env = parts.size() > 0 ? parts[0] : ''
                String version = parts.size() > 1 ? parts[1] : ''
                def broken = new File(dir, "broken-${env}.txt")
                boolean deployed = new File(dir, "deployed/${env}/demo-${version}.jar").isFile()
                boolean bad = broken.isFile() && broken.readLines().contains(version)
                int status = deployed && !bad ? 200 : 503
                byte[] body = (status == 200 ? "UP ${version}" : "DOWN ${version}").getBytes('UTF-8')
                exchange.sendResponseHeaders(status, body.length)
                exchange.responseBody.withStream { it.write(body) }
                exchange.close()
            }
            server.start()
            System.properties.put(key, server)
            new File(dir, '.mvn').mkdirs()
            new File(dir, '.mvn/maven.config').text = "-Dhealth.port=${server.address.port}\n"
            new File(dir, '.mvn/jvm.config').text = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC\n'
        },
        stopHealth : {
            def server = System.properties.remove(key)
            if (server != null) {
                server.stop(0)
            }
        },
    ]
}
