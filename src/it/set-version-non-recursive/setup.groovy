// A pristine copy of the reactor for the -N run (invocation 2), made before invocation 1 runs.
def flat = new File(basedir, 'flat')
def skip = ['setup.groovy', 'verify.groovy', 'invoker.properties', 'build.log', 'flat']
basedir.eachFileRecurse { f ->
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    if (f.isFile() && !skip.any { rel == it || rel.startsWith(it + File.separator) }) {
        def target = new File(flat, rel)
        target.parentFile.mkdirs()
        target.bytes = f.bytes
    }
}
true
