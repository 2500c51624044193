// v2.14.0, then a fix released as v2.14.1 on its hotfix branch; main moved on to 2.15.0-SNAPSHOT.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def pom = new File(basedir, 'pom.xml')
def main = pom.text
pom.text = main.replace('2.15.0-SNAPSHOT', '2.14.0')
git.init()
git.commit('feat: billing')
git.tag('v2.14.0')
git.run(['checkout', '-q', '-b', 'hotfix/2.14.1'])
pom.text = main.replace('2.15.0-SNAPSHOT', '2.14.1')
git.commit('fix: round invoices')
git.tag('v2.14.1')
git.run(['checkout', '-q', 'main'])
pom.text = main
git.commit('feat: invoices in PDF')
true
