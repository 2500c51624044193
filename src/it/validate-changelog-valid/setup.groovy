// Its own repository, so the tag cross-check reads these tags and not the enclosing project's.
def git(String... args) {
    def cmd = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.invalid',
               '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'init.defaultBranch=main']
    cmd.addAll(args)
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "git ${args.join(' ')}: ${out}"
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'feat: a preview')
git('tag', 'v0.9.0')
git('commit', '-q', '--allow-empty', '-m', 'feat: first release')
git('tag', '-a', 'v1.0.0', '-m', '1.0.0')
git('commit', '-q', '--allow-empty', '-m', 'feat: plugins')
git('tag', '-a', 'v1.1.0', '-m', '1.1.0')
return true
