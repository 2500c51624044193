// 1.0.0 released (tag v1.0.0, POM at 1.0.0) but never deployed; then a feat: that adds a method.
def greeter = '''package it.example;
public class Greeter {
  public String greet(String name) { return "Hello " + name; }
}
'''
def source = new File(basedir, 'src/main/java/it/example/Greeter.java')
source.parentFile.mkdirs()
source.text = greeter
def pom = new File(basedir, 'pom.xml')
def snapshot = pom.text

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
pom.text = snapshot.replace('<version>1.0.1-SNAPSHOT</version>', '<version>1.0.0</version>')
git.commit('feat: greeter')
git.tag('v1.0.0')
pom.text = snapshot
git.commit('chore: start 1.0.1-SNAPSHOT')
source.text = greeter.replace('  public String greet',
        '  public String whisper(String name) { return name.toLowerCase(); }\n  public String greet')
git.commit('feat: whispered greetings')
true
