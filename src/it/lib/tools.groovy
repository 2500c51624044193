// Shared by the ITs that drive real tools (Ansible, Prometheus, sshd, Fabric): their selector
// scripts decide whether the IT runs. Usage in selector.groovy:
//   return evaluate(new File(basedir, '../../../src/it/lib/tools.groovy'))(basedir,
//       ['ansible-playbook': 'apt-get install ansible-core'])
// A missing tool skips the IT with one line naming the tool and how to install it; with CI=true
// nothing is skipped: a missing tool fails the IT (.ci/run installs them first).
return { File dir, Map<String, String> tools ->
    def onPath = { String tool ->
        if (tool.startsWith('/')) {
            return new File(tool).canExecute()
        }
        return System.getenv('PATH').split(File.pathSeparator).any { new File(it, tool).canExecute() }
    }
    def available = { String tool ->
        // "/usr/bin/python3 -c 'import fabric'": a module of a particular Python.
        if (tool.contains(' ')) {
            try {
                def process = ['sh', '-c', tool + ' >/dev/null 2>&1'].execute()
                return process.waitFor() == 0
            } catch (IOException e) {
                return false
            }
        }
        return onPath(tool)
    }
    def missing = tools.findAll { tool, how -> !available(tool) }
    if (missing.isEmpty()) {
        return true
    }
    String line = "${dir.name} needs " + missing.collect { tool, how -> "${tool} (${how})" }.join(', ')
    if (System.getenv('CI') == 'true') {
        throw new IllegalStateException(line + '; with CI=true a missing tool fails the test'
                + ' (.ci/run installs them)')
    }
    println "[WARNING] SKIPPED ${line}"
    return false
}
