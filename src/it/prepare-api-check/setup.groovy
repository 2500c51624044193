// 1.0.0 released (tag v1.0.0) and deployed (its jar in the local repository), then a fix: that
// removes Greeter.shout(String) and changes an internal class, which apiExcludes leaves out.
import javax.tools.ToolProvider
import java.util.jar.JarEntry
import java.util.jar.JarOutputStream

def greeter = '''package it.example;
public class Greeter {
  public String greet(String name) { return "Hello " + name; }
  public String shout(String name) { return greet(name).toUpperCase(); }
}
'''
def internal = '''package it.example.internal;
public class Helper { public static void help() { } }
'''
def write = { String path, String text ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = text
}
write('src/main/java/it/example/Greeter.java', greeter)
write('src/main/java/it/example/internal/Helper.java', internal)

def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
git.init()
git.commit('feat: greeter')
git.tag('v1.0.0')

// The released jar, compiled from the tag's sources, installed as Maven would.
def classes = new File(basedir, 'target/baseline-classes')
classes.mkdirs()
def sources = ['src/main/java/it/example/Greeter.java', 'src/main/java/it/example/internal/Helper.java']
        .collect { new File(basedir, it).path }
assert ToolProvider.systemJavaCompiler.run(null, null, null,
        (['-d', classes.path, '--release', '17'] + sources) as String[]) == 0
def repo = new File(localRepositoryPath, 'it/example/api-check-greeter/1.0.0')
repo.mkdirs()
new File(repo, 'api-check-greeter-1.0.0.pom').text = '''<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>it.example</groupId>
  <artifactId>api-check-greeter</artifactId>
  <version>1.0.0</version>
</project>
'''
new JarOutputStream(new FileOutputStream(new File(repo, 'api-check-greeter-1.0.0.jar'))).withCloseable { jar ->
    classes.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        jar.putNextEntry(new JarEntry(classes.toPath().relativize(file.toPath()).toString()))
        jar << file.bytes
        jar.closeEntry()
    }
}

write('src/main/java/it/example/Greeter.java',
        greeter.replaceFirst(/  public String shout.*\n/, ''))
write('src/main/java/it/example/internal/Helper.java', internal.replace('help()', 'assist()'))
git.commit('fix: greetings are no longer shouted')
true
