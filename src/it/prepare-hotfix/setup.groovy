// main: v1.2.0, then features; the POM at the tag says 1.2.0.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def pom = new File(basedir, 'pom.xml')
def main = pom.text
pom.text = main.replace('1.3.0-SNAPSHOT', '1.2.0')
git.init()
git.commit('feat: billing')
git.tag('v1.2.0')
pom.text = main
git.commit('feat: invoices in PDF')
true
