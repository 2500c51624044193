// lib, service (depends on lib) and tool, each released once; then a fix in lib and a
// non-releasable change in tool.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def change = git.commitFile
git.init()
change('README.md', 'chore: three components')
git.tag('lib-v1.0.0')
git.tag('service-v2.0.0')
git.tag('tool-v0.3.0')
change('lib/src/Lib.java', 'fix: lib rounds correctly')
change('tool/src/Tool.java', 'Tidy the tool')
true
