import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Not a part of the plugin: measures what an in-process nested Maven build would cost, and what
 * it leaks (decision 0027). Runs a Maven build N times inside this one JVM, each time in a fresh
 * class loader and ClassWorld over the installation's {@code boot/} and {@code lib/} jars (what
 * an isolated in-process test build would do), and prints per run the wall and process CPU time,
 * the system properties the build left changed and the threads it left running.
 *
 * <pre>
 *   java bench/InProcessBuild.java MAVEN_HOME PROJECT_DIR RUNS MAVEN_ARGS...
 * </pre>
 */
public final class InProcessBuild {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        String dir = Path.of(args[1]).toAbsolutePath().toString();
        int runs = Integer.parseInt(args[2]);
        String[] mavenArgs = java.util.Arrays.copyOfRange(args, 3, args.length);
        List<URL> jars = new ArrayList<>();
        for (String sub : List.of("boot", "lib")) {
            try (Stream<Path> s = Files.list(home.resolve(sub))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(p.toUri().toURL());
                }
            }
        }
        System.setProperty("maven.home", home.toString());
        System.setProperty("maven.multiModuleProjectDirectory", dir);
        System.setProperty("library.jansi.path", home.resolve("lib/jansi-native").toString());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        PrintStream out = System.out;
        for (int i = 1; i <= runs; i++) {
            Map<String, String> before = props();
            Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            int code;
            ClassLoader saved = Thread.currentThread().getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader())) {
                Thread.currentThread().setContextClassLoader(loader);
                Class<?> worldType = loader.loadClass("org.codehaus.plexus.classworlds.ClassWorld");
                Object world = worldType.getConstructor(String.class, ClassLoader.class)
                        .newInstance("plexus.core", loader);
                Class<?> cliType = loader.loadClass("org.apache.maven.cli.MavenCli");
                Constructor<?> c = cliType.getConstructor(worldType);
                Object cli = c.newInstance(world);
                Method doMain = cliType.getMethod("doMain", String[].class, String.class,
                        PrintStream.class, PrintStream.class);
                PrintStream quiet = new PrintStream(Files.newOutputStream(Path.of(dir,
                        "inprocess-" + i + ".log")), true);
                code = (int) doMain.invoke(cli, mavenArgs, dir, quiet, quiet);
                quiet.close();
            } finally {
                Thread.currentThread().setContextClassLoader(saved);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            Map<String, String> after = props();
            List<String> changed = new ArrayList<>();
            after.forEach((k, v) -> {
                if (!v.equals(before.get(k))) {
                    changed.add(k + (before.containsKey(k) ? " (changed)" : " (new)"));
                }
            });
            before.keySet().stream().filter(k -> !after.containsKey(k))
                    .forEach(k -> changed.add(k + " (removed)"));
            List<String> leftThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !threadsBefore.contains(t) && t.isAlive())
                    .map(Thread::getName).sorted().collect(Collectors.toList());
            out.printf("run %d: exit %d, wall %.2f s, process CPU %.2f s%n", i, code, wall, cpu);
            out.println("  system properties left changed: " + changed);
            out.println("  threads left running: " + leftThreads);
        }
        System.exit(0);
    }

    private static Map<String, String> props() {
        Properties p = System.getProperties();
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }
}
