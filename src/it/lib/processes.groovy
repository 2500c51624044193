// Shared by the ITs that start servers (Prometheus, sshd, a load loop, the deployed services):
// every process is recorded by PID and stopped by PID, in verify.groovy and, should the IT fail
// before that, by a shutdown hook of the Maven JVM that runs the ITs. Usage:
//   def processes = evaluate(new File(basedir, '../../../src/it/lib/processes.groovy'))(basedir)
//   processes.start(['prometheus', ...], 'prometheus.log')   // records its PID
//   processes.adopt(new File(basedir, 'state/production/run/app.pid'))  // a pid file to honour
//   processes.stopAll()
return { File dir ->
    File pids = new File(dir, 'it-pids.txt')
    File pidFiles = new File(dir, 'it-pid-files.txt')
    def kill = { long pid ->
        ProcessHandle.of(pid).ifPresent { handle ->
            handle.destroy()
            try {
                handle.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS)
            } catch (Exception e) {
                handle.destroyForcibly()
            }
        }
    }
    def stopAll = {
        def all = []
        if (pidFiles.isFile()) {
            pidFiles.readLines().findAll { it }.each { path ->
                File f = new File(path)
                if (f.isFile() && f.text.trim().isLong()) {
                    all << f.text.trim().toLong()
                }
            }
        }
        if (pids.isFile()) {
            all.addAll(pids.readLines().findAll { it.isLong() }.collect { it.toLong() })
        }
        all.each { kill(it) }
        pids.delete()
        pidFiles.delete()
        return all
    }
    String hookKey = 'release-process.it.stop.' + dir.canonicalPath
    if (System.properties.get(hookKey) == null) {
        Thread hook = new Thread({ stopAll() } as Runnable)
        Runtime.runtime.addShutdownHook(hook)
        System.properties.put(hookKey, hook)
    }
    return [
        start  : { List<String> command, String log, Map<String, String> env = [:] ->
            def builder = new ProcessBuilder(command).directory(dir)
                    .redirectErrorStream(true)
                    .redirectOutput(new File(dir, log))
                    .redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
            builder.environment().putAll(env)
            def process = builder.start()
            pids << "${process.pid()}\n"
            return process
        },
        adopt  : { File pidFile -> pidFiles << pidFile.canonicalPath + '\n' },
        stopAll: stopAll,
        freePort: {
            def socket = new ServerSocket(0, 1, InetAddress.loopbackAddress)
            try {
                return socket.localPort
            } finally {
                socket.close()
            }
        },
        waitFor: { String url, int seconds ->
            long end = System.currentTimeMillis() + seconds * 1000L
            while (true) {
                try {
                    def connection = new URL(url).openConnection()
                    connection.connectTimeout = 1000
                    connection.readTimeout = 2000
                    if (connection.responseCode < 500) {
                        return
                    }
                } catch (IOException e) {
                    // not up yet
                }
                if (System.currentTimeMillis() > end) {
                    throw new IllegalStateException("${url} did not answer within ${seconds} s")
                }
                Thread.sleep(100)
            }
        },
    ]
}
