// Shared by the python-app ITs: makes the IT folder a git repository holding
// samples/python-app (the sample itself is under test) with releases v1.0.0 and v1.1.0, the latter
// with the faulty feature of story/1.1.0 (every 20th greeting fails).
// Usage: def app = evaluate(new File(basedir, '../../../src/it/lib/python-app.groovy'))(basedir)
//        app.create(); app.release('1.0.0'); app.story('1.1.0'); app.release('1.1.0')
return { File dir ->
    def git = evaluate(new File(dir, '../../../src/it/lib/git.groovy'))(dir)
    File sample = new File(dir, '../../../samples/python-app').canonicalFile
    def copy = { File from, File to ->
        from.eachFileRecurse { File f ->
            String relative = from.toPath().relativize(f.toPath()).toString()
            if (relative.split('/').any { it in ['target', '__pycache__', 'story', 'demo.sh'] }) {
                return
            }
            File target = new File(to, relative)
            if (f.isDirectory()) {
                target.mkdirs()
            } else {
                target.parentFile.mkdirs()
                target.bytes = f.bytes
            }
        }
    }
    def setVersion = { String version ->
        File pom = new File(dir, 'pom.xml')
        pom.text = pom.text.replaceFirst('(</artifactId>\\s*<version>)[^<]+(</version>)',
                '$1' + version + '$2')
        File py = new File(dir, 'pyproject.toml')
        py.text = py.text.replaceFirst('(?m)^version = "[^"]*"', "version = \"${version}\"")
        File init = new File(dir, 'app/__init__.py')
        init.text = init.text.replaceFirst('__version__ = "[^"]*"', "__version__ = \"${version}\"")
    }
    return [
        git    : git,
        create : {
            String pluginVersion = (new File(dir, 'pom.xml').text
                    =~ /<plugin.version.under.test>([^<]+)</)[0][1]
            copy(sample, dir)
            File pom = new File(dir, 'pom.xml')
            pom.text = pom.text.replaceFirst(
                    '<version>[^<]+</version> <!-- release-process:version -->',
                    "<version>${pluginVersion}</version>")
            git.init()
            new File(dir, '.gitignore') << new File(sample, '.gitignore').text << 'state/\n*.log\n' \
                    << 'it-*.txt\nprometheus.yml\nprometheus-data/\nsshd/\n'
        },
        story  : { String version -> copy(new File(sample, "story/${version}"), dir) },
        release: { String version ->
            setVersion(version)
            git.run(['add', '-A'])
            git.run(['commit', '-q', '-m', "chore(release): ${version}"])
            git.annotatedTag("v${version}")
        },
        // Prometheus scraping the given ports every second; returns its URL.
        prometheus: { processes, List<Integer> targets ->
            int port = processes.freePort()
            new File(dir, 'prometheus.yml').text = """\
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: python-app
    static_configs:
      - targets: [${targets.collect { "'127.0.0.1:${it}'" }.join(', ')}]
"""
            // timeout bounds it even if nothing else stops it.
            processes.start(['timeout', '900', 'prometheus', '--config.file=prometheus.yml',
                    "--web.listen-address=127.0.0.1:${port}".toString(),
                    '--storage.tsdb.path=prometheus-data', '--log.level=warn'], 'prometheus.log')
            processes.waitFor("http://127.0.0.1:${port}/-/ready", 30)
            return "http://127.0.0.1:${port}".toString()
        },
    ]
}
