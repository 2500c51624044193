// Shared by the ITs' setup scripts: builds a git repository with the git command line, one
// commit per second on a fixed clock so history order never depends on timing. Usage:
//   def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
//   git.init(); git.commit('feat: a'); git.tag('v1.0.0')
return { File dir ->
    int[] tick = [0]
    def run = { List<String> args ->
        tick[0]++
        String date = String.format('2024-01-01T%02d:%02d:%02d+0000',
                (int) (tick[0] / 3600), (int) (tick[0] / 60) % 60, tick[0] % 60)
        def env = System.getenv().collect { k, v -> "$k=$v".toString() }
        env += ["GIT_AUTHOR_DATE=$date".toString(), "GIT_COMMITTER_DATE=$date".toString(),
                'GIT_CONFIG_NOSYSTEM=1']
        def cmd = ['git', '-c', 'user.name=IT Author', '-c', 'user.email=it@example.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false',
                   '-c', 'init.defaultBranch=main'] + args
        def process = cmd.execute(env, dir)
        def out = new StringBuilder()
        def err = new StringBuilder()
        process.waitForProcessOutput(out, err)
        if (process.exitValue() != 0) {
            throw new IllegalStateException("git ${args} failed in ${dir}: ${err}")
        }
        return out.toString().trim()
    }
    int[] changes = [0]
    def commitAll = { String message ->
        run(['add', '-A'])
        run(['commit', '-q', '-m', message])
    }
    return [
        run   : run,
        init  : {
            run(['init', '-q'])
            // The plugin commits and tags through JGit, which reads the repository's config: a
            // new machine has no global identity, so the sample repository carries its own.
            run(['config', 'user.name', 'IT Author'])
            run(['config', 'user.email', 'it@example.invalid'])
            run(['config', 'commit.gpgsign', 'false'])
            new File(dir, '.gitignore').text = 'target/\nbuild.log\n*.json\n'
        },
        commit: { String message ->
            changes[0]++
            new File(dir, 'changes.txt') << "change ${changes[0]}\n"
            commitAll(message)
            return run(['rev-parse', 'HEAD'])
        },
        // Everything in the work tree as it is, committed with MESSAGE.
        commitAll: commitAll,
        // A line added to FILE (folders made as needed), committed with MESSAGE.
        commitFile: { String file, String message ->
            def f = new File(dir, file)
            f.parentFile.mkdirs()
            f << "change\n"
            commitAll(message)
        },
        tag   : { String name -> run(['tag', name]) },
        annotatedTag: { String name -> run(['tag', '-a', name, '-m', "release ${name}"]) },
        // The refs, the index and the status: equal before and after a run that changed nothing.
        state : { ->
            run(['for-each-ref', '--format=%(refname) %(objectname)']) + '\n' +
                    run(['ls-files', '-s']) + '\n' + run(['status', '--porcelain'])
        },
    ]
}
