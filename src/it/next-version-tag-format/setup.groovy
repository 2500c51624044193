// Tags named artifactId-version; a v-tag from another scheme must not count.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: billing core')
git.tag('billing-2.0.0')
git.tag('v9.0.0')
git.commit('perf: faster invoices')
true
