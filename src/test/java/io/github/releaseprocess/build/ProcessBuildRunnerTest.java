package io.github.releaseprocess.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.releaseprocess.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher with a fake {@code mvn} (a shell script in a temporary {@code maven.home})
 * that prints its arguments, its environment and the settings it was given, sleeps, and starts a
 * grandchild. Every process these tests start is killed by PID afterwards, even on failure.
 */
class ProcessBuildRunnerTest {

    static final String SECRET = "S3cr3tT0k3n-XYZ";
    static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + "QyNTUxOQAAACDu2tEXAMPLEonlyTESTkeyMATERIALnotREALAAAAAAAAAAAAAAAAAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----";

    /** The fake mvn; FAKE_MODE picks what it does. */
    static final String FAKE_MVN = """
            #!/bin/sh
            echo "pid=$$"
            echo "pgid=$(ps -o pgid= -p $$ | tr -d ' ')"
            echo "cwd=$(pwd)"
            echo "JAVA_HOME=$JAVA_HOME"
            echo "RP_RUN_ID=$RP_RUN_ID"
            settings=""
            prev=""
            for a in "$@"; do
              echo "arg=$a"
              [ "$prev" = "-s" ] && settings="$a"
              prev="$a"
            done
            if [ -n "$settings" ]; then
              echo "settings.mode=$(stat -c %a "$settings")"
              echo "settings.dirmode=$(stat -c %a "$(dirname "$settings")")"
              echo "settings.path=$settings"
            fi
            case "$FAKE_MODE" in
              fail) exit 3 ;;
              echo) echo "password is $DEPLOY_TOKEN"; printf '%s\\n' "$SSH_KEY"; exit 0 ;;
              tree)
                sleep 300 &
                echo "grandchild=$!"
                echo "ready"
                sleep 300
                ;;
              stubborn)
                trap '' TERM
                sleep 300 &
                echo "grandchild=$!"
                echo "ready"
                while :; do sleep 1; done
                ;;
              wait) echo "ready"; sleep 2 ;;
            esac
            exit 0
            """;

    @TempDir
    Path dir;

    Path mavenHome;
    Path pom;
    final List<Long> started = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void fakeMaven() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isDirectory(Path.of("/proc")),
                "needs a POSIX shell and /proc (Linux)");
        mavenHome = dir.resolve("maven");
        Files.createDirectories(mavenHome.resolve("bin"));
        Path mvn = mavenHome.resolve("bin/mvn");
        Files.writeString(mvn, FAKE_MVN);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path project = dir.resolve("project with space");
        Files.createDirectories(project);
        pom = project.resolve("pom.xml");
        Files.writeString(pom, "<project/>");
    }

    @AfterEach
    void killEverythingStarted() {
        for (long pid : started) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    ProcessBuildRunner runner(boolean group) {
        return new ProcessBuildRunner(new ProcessBuildRunner.Setup(Optional.of(mavenHome),
                Path.of(System.getProperty("java.home")), Optional.of(dir.resolve("repo")),
                Optional.empty(), Optional.empty(), false, false), Duration.ofSeconds(1), group);
    }

    BuildInvocation invocation(String mode, Map<String, String> properties, Duration timeout,
            Map<String, String> environment, List<String> arguments) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("FAKE_MODE", mode);
        return new BuildInvocation(pom, List.of("clean", "verify"), List.of("ci"), properties,
                timeout, env, arguments);
    }

    /** Runs and collects the lines; records every pid the fake prints, to kill it afterwards. */
    List<String> run(ProcessBuildRunner runner, BuildInvocation invocation, BuildResult[] result)
            throws IOException {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        result[0] = runner.run(invocation, line -> {
            lines.add(line);
            if (line.startsWith("pid=") || line.startsWith("grandchild=")) {
                started.add(Long.parseLong(line.substring(line.indexOf('=') + 1)));
            }
        });
        return lines;
    }

    static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).findFirst()
                .map(l -> l.substring(key.length() + 1)).orElseThrow(() -> new AssertionError(
                        key + " not in " + lines));
    }

    @Test
    void shouldRunTheMavenOfMavenHomeWithAnArgumentListAndNoShell() throws Exception {
        Path marker = dir.resolve("pwned");
        BuildResult[] result = new BuildResult[1];
        List<String> lines = run(runner(true), invocation("fail",
                Map.of("odd", "a b; touch " + marker + " $(touch " + marker + ") `id`"),
                Duration.ofMinutes(1), Map.of("RP_RUN_ID", "run-42"),
                List.of("-Dx=\"quoted words\"", "-T", "1")), result);
        assertEquals(3, result[0].exitCode(), lines.toString());
        assertFalse(result[0].timedOut());
        List<String> args = lines.stream().filter(l -> l.startsWith("arg="))
                .map(l -> l.substring(4)).toList();
        assertEquals(List.of("-B", "-ntp", "-f", pom.toString(),
                "-Dmaven.repo.local=" + dir.resolve("repo"), "-Pci",
                "-Dodd=a b; touch " + marker + " $(touch " + marker + ") `id`",
                "-Dx=\"quoted words\"", "-T", "1", "clean", "verify"), args);
        assertFalse(Files.exists(marker), "a shell interpreted an argument");
        assertEquals(pom.getParent().toString(), value(lines, "cwd"));
        assertEquals(System.getProperty("java.home"), value(lines, "JAVA_HOME"));
        assertEquals("run-42", value(lines, "RP_RUN_ID"), "the invocation's environment");
    }

    @Test
    void shouldRunTheBuildInAProcessGroupOfItsOwn() throws Exception {
        assumeTrue(ProcessBuildRunner.onPath("setsid").isPresent(), "needs setsid");
        BuildResult[] result = new BuildResult[1];
        List<String> lines = run(runner(true), invocation("wait", Map.of(),
                Duration.ofMinutes(1), Map.of(), List.of()), result);
        assertTrue(result[0].isSuccess(), lines.toString());
        assertEquals(value(lines, "pid"), value(lines, "pgid"));
    }

    @Test
    void shouldStopTheWholeTreeOnTimeoutAndWaitForIt() throws Exception {
        for (boolean group : List.of(true, false)) {
            BuildResult[] result = new BuildResult[1];
            long start = System.nanoTime();
            List<String> lines = run(runner(group), invocation("tree", Map.of(),
                    Duration.ofSeconds(2), Map.of(), List.of()), result);
            assertTrue(result[0].timedOut(), lines.toString());
            assertFalse(result[0].isSuccess());
            long pid = Long.parseLong(value(lines, "pid"));
            long grandchild = Long.parseLong(value(lines, "grandchild"));
            // Dead when run returns: the caller records the outcome only after this.
            assertFalse(alive(pid), "mvn still runs (group=" + group + ")");
            assertFalse(alive(grandchild), "the grandchild still runs (group=" + group + ")");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));
        }
    }

    @Test
    void shouldKillABuildThatIgnoresTermAfterTheGracePeriod() throws Exception {
        BuildResult[] result = new BuildResult[1];
        List<String> lines = run(runner(true), invocation("stubborn", Map.of(),
                Duration.ofSeconds(1), Map.of(), List.of()), result);
        assertTrue(result[0].timedOut(), lines.toString());
        assertFalse(alive(Long.parseLong(value(lines, "pid"))));
        assertFalse(alive(Long.parseLong(value(lines, "grandchild"))));
    }

    @Test
    void shouldKeepSecretsOffEveryCommandLineAndInAPrivateSettingsFile() throws Exception {
        Path userSettings = dir.resolve("user-settings.xml");
        Files.writeString(userSettings, """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <mirrors><mirror><id>m</id><url>http://127.0.0.1:1/</url>\
                <mirrorOf>*</mirrorOf></mirror></mirrors>
                </settings>
                """);
        ProcessBuildRunner runner = new ProcessBuildRunner(new ProcessBuildRunner.Setup(
                Optional.of(mavenHome), Path.of(System.getProperty("java.home")),
                Optional.empty(), Optional.of(userSettings), Optional.empty(), false, false),
                Duration.ofSeconds(1), true);
        List<String> cmdlines = Collections.synchronizedList(new ArrayList<>());
        List<String> settingsSeen = Collections.synchronizedList(new ArrayList<>());
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        BuildResult result = runner.run(invocation("wait",
                Map.of("gpg.passphrase", "pass phrase 1", "plain.value", SECRET,
                        "deploy.user", "alice"),
                Duration.ofMinutes(1), Map.of("DEPLOY_TOKEN", SECRET),
                List.of("-Dssh.private.key=" + KEY, "-Dother=ok")), line -> {
                    lines.add(line);
                    if (line.startsWith("pid=")) {
                        started.add(Long.parseLong(line.substring(4)));
                    }
                    if (line.equals("ready")) {
                        // While the build runs: every process of its tree, as other users see it.
                        long pid = Long.parseLong(value(lines, "pid"));
                        ProcessHandle root = ProcessHandle.of(pid).orElseThrow();
                        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
                        tree.add(root);
                        for (ProcessHandle p : tree) {
                            cmdlines.add(cmdline(p.pid()));
                        }
                        try {
                            settingsSeen.add(Files.readString(Path.of(value(lines,
                                    "settings.path"))));
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    }
                });
        assertTrue(result.isSuccess(), lines.toString());
        assertFalse(cmdlines.isEmpty(), "no command line read: " + lines);
        for (String cmdline : cmdlines) {
            assertFalse(cmdline.contains(SECRET), cmdline);
            assertFalse(cmdline.contains("pass phrase 1"), cmdline);
            assertFalse(cmdline.contains("OPENSSH"), cmdline);
            assertFalse(cmdline.contains("b3BlbnNzaC1rZXk"), cmdline);
        }
        String all = String.join("\n", cmdlines);
        assertTrue(all.contains("-Ddeploy.user=alice") && all.contains("-Dother=ok"), all);
        assertEquals("600", value(lines, "settings.mode"));
        assertEquals("700", value(lines, "settings.dirmode"));
        String settings = settingsSeen.get(0);
        assertTrue(settings.contains("<gpg.passphrase>pass phrase 1</gpg.passphrase>"), settings);
        assertTrue(settings.contains("<plain.value>" + SECRET + "</plain.value>"), settings);
        assertTrue(settings.contains("b3BlbnNzaC1rZXk"), settings);
        assertTrue(settings.contains("<activeProfile>release-process-secrets</activeProfile>"),
                settings);
        assertTrue(settings.contains("<mirrorOf>*</mirrorOf>"), "the user's settings are kept");
        assertFalse(Files.exists(Path.of(value(lines, "settings.path"))),
                "the private settings are deleted after the build");
        for (String line : lines) {
            assertFalse(line.contains(SECRET), line);
        }
    }

    @Test
    void shouldMaskSecretsAndEveryLineOfAMultiLineSecretInTheOutput() throws Exception {
        BuildResult[] result = new BuildResult[1];
        List<String> lines = run(runner(true), invocation("echo",
                Map.of("ssh.key", KEY), Duration.ofMinutes(1),
                Map.of("DEPLOY_TOKEN", SECRET, "SSH_KEY", KEY), List.of()), result);
        assertTrue(result[0].isSuccess(), lines.toString());
        assertTrue(lines.contains("password is ****"), lines.toString());
        for (String line : lines) {
            for (String keyLine : KEY.split("\n")) {
                assertFalse(line.contains(keyLine), line);
            }
        }
    }

    @Test
    void shouldDescribeTheCommandWithSecretsMaskedByNameAndByValue() {
        SecretMasker masker = new SecretMasker(Map.of("plain.value", SECRET),
                Map.of("DEPLOY_TOKEN", SECRET), List.of());
        BuildInvocation invocation = new BuildInvocation(pom, List.of("deploy"), List.of(),
                Map.of("plain.value", SECRET, "deploy.password", "hunter2", "skipTests", "true",
                        "multi", "line one\nline two"), Duration.ofMinutes(1), Map.of(),
                List.of("-Psign", "-Dgpg.passphrase=pp"));
        String described = invocation.describe(masker);
        assertEquals("mvn -B -f pom.xml -Psign -Ddeploy.password=**** -Dgpg.passphrase=****"
                + " -Dmulti=**** -Dplain.value=**** -DskipTests=true deploy", described);
    }

    @Test
    void shouldStopTheBuildWhenTheJvmThatStartedItIsKilled() throws Exception {
        killTheJvmAndCheckTheBuildStops(false);
    }

    @Test
    void shouldStopTheBuildWhenTheJvmsWholeProcessGroupIsKilled() throws Exception {
        // As a CI runner that cancels a job does: KILL to every process of the job's group.
        killTheJvmAndCheckTheBuildStops(true);
    }

    void killTheJvmAndCheckTheBuildStops(boolean wholeGroup) throws Exception {
        Optional<Path> setsid = ProcessBuildRunner.onPath("setsid");
        assumeTrue(setsid.isPresent(), "needs setsid");
        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>();
        if (wholeGroup) {
            command.add(setsid.get().toString()); // its own group, so that killing it spares us
        }
        command.addAll(ChildJvm.command(RunnerChild.class,
                mavenHome.toString(), pom.toString()));
        Process parent = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(parent.pid());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> lines = List.of();
        while (System.nanoTime() < deadline && !lines.contains("ready")) {
            Thread.sleep(100);
            lines = Files.readAllLines(log);
        }
        assertTrue(lines.contains("ready"), lines.toString());
        long pid = Long.parseLong(value(lines, "pid"));
        long grandchild = Long.parseLong(value(lines, "grandchild"));
        started.add(pid);
        started.add(grandchild);
        assertTrue(alive(pid) && alive(grandchild));
        if (wholeGroup) {
            Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + parent.pid()).start();
            assertEquals(0, kill.waitFor());
        } else {
            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs
        }
        parent.waitFor(10, TimeUnit.SECONDS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until && (alive(pid) || alive(grandchild))) {
            Thread.sleep(100);
        }
        assertFalse(alive(pid), "mvn survived the kill -9 of the JVM that started it");
        assertFalse(alive(grandchild), "its grandchild survived the kill -9");
    }

    static boolean alive(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        try {
            // A zombie waiting for its parent to reap it is dead too.
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }

    /** A JVM that runs a build through the launcher and prints its output, to be killed. */
    public static final class RunnerChild {
        public static void main(String[] args) throws Exception {
            ProcessBuildRunner runner = new ProcessBuildRunner(new ProcessBuildRunner.Setup(
                    Optional.of(Path.of(args[0])), Path.of(System.getProperty("java.home")),
                    Optional.empty(), Optional.empty(), Optional.empty(), false, false));
            runner.run(new BuildInvocation(Path.of(args[1]), List.of("verify"), List.of(),
                    Map.of(), Duration.ofMinutes(5), Map.of("FAKE_MODE", "tree"), List.of()),
                    line -> {
                        System.out.println(line);
                        System.out.flush();
                    });
        }
    }
}
