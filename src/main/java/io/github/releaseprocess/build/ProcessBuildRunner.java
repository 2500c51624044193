package io.github.releaseprocess.build;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a nested Maven build as a child process of our own: {@code ${maven.home}/bin/mvn} of the
 * running Maven, started from an argument list (no shell ever parses it), in the POM's folder so
 * that the project's {@code .mvn/} configuration applies, with the running build's Java, local
 * repository, settings, offline mode and {@code -B -ntp}.
 *
 * <p>Where {@code setsid} exists (Linux), the child runs in a process group of its own. On
 * timeout the whole group is stopped (TERM, then KILL after a grace period) and the runner waits
 * until no process of the group is left before it returns, so the caller records an outcome only
 * once the build has really stopped. A watchdog outside the group (a fixed {@code sh} script whose
 * only input is the group's number) kills the group when this JVM dies, even by {@code kill -9}:
 * it holds the read end of a pipe whose write end only this JVM has open. Without
 * {@code setsid} (macOS, Windows) the runner stops the child's descendants one by one; there is no
 * watchdog there. See {@code docs/decisions/0006-nested-builds-without-a-shell.md}.
 *
 * <p>Secrets never reach a command line: a property whose name looks secret, or whose value
 * contains a secret value (see {@link SecretMasker}), is written into a copy of the user's
 * settings file, as a profile that is active by default, in a folder only the user can read
 * (file mode 0600), which is deleted when the build ends. Every output line is masked.
 */
public final class ProcessBuildRunner implements BuildRunner {

    /** How long a stopped build gets between TERM and KILL. */
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    /** The longest the runner waits for a killed process group to disappear. */
    private static final Duration REAP_LIMIT = Duration.ofSeconds(30);

    /** The watchdog: kills the build's process group unless told {@code done} on its stdin. */
    static final String WATCHDOG_SCRIPT = "trap '' HUP INT TERM PIPE\n"
            + "if read -r line && [ \"$line\" = done ]; then exit 0; fi\n"
            + "kill -KILL -\"$1\" 2>/dev/null\n"
            + "[ -n \"$2\" ] && rm -f -- \"$2/settings.xml\" && rmdir -- \"$2\" 2>/dev/null\n"
            + "exit 0\n";

    private static final boolean WINDOWS = System.getProperty("os.name", "")
            .toLowerCase(Locale.ROOT).startsWith("windows");

    /**
     * What the nested build inherits from the running one.
     *
     * @param mavenHome the running Maven's installation ({@code maven.home}); without it
     *     {@code mvn} is looked up on the PATH
     * @param javaHome the Java that runs the nested build ({@code JAVA_HOME} of the child)
     * @param localRepository the local repository, passed as {@code -Dmaven.repo.local}
     * @param userSettings the user settings ({@code -s})
     * @param globalSettings the global settings ({@code -gs})
     * @param offline {@code -o}
     * @param showErrors {@code -e}
     */
    public record Setup(Optional<Path> mavenHome, Path javaHome, Optional<Path> localRepository,
            Optional<Path> userSettings, Optional<Path> globalSettings, boolean offline,
            boolean showErrors) {
    }

    private final Setup setup;
    private final Duration grace;
    private final boolean useProcessGroup;

    public ProcessBuildRunner(Setup setup) {
        this(setup, DEFAULT_GRACE, true);
    }

    ProcessBuildRunner(Setup setup, Duration grace, boolean useProcessGroup) {
        this.setup = setup;
        this.grace = grace;
        this.useProcessGroup = useProcessGroup;
    }

    @Override
    public BuildResult run(BuildInvocation invocation, Consumer<String> output) throws IOException {
        Optional<Path> mvn = mvnExecutable();
        if (mvn.isEmpty()) {
            return new BuildResult(-1, false, Optional.of("the build could not start: no Maven"
                    + " executable at " + setup.mavenHome().map(h -> h.resolve("bin")
                            .resolve(mvnName()).toString()).orElse(mvnName() + " on the PATH")));
        }
        SecretMasker masker = SecretMasker.withProcessEnvironment(invocation.properties(),
                invocation.environment());
        Map<String, String> secret = new TreeMap<>();
        Map<String, String> plain = new TreeMap<>();
        invocation.properties().forEach((k, v) -> (masker.isSecret(k, v) ? secret : plain)
                .put(k, v));
        for (String argument : invocation.arguments()) {
            if (masker.isSecret("", argument)) {
                return new BuildResult(-1, false, Optional.of("the build could not start: an"
                        + " argument holds a secret value; pass it as -Dname=value, which goes"
                        + " into a private settings file instead of the command line"));
            }
        }
        Optional<Path> setsid = setsid();
        Path secretsDir = null;
        try {
            Optional<Path> settings = setup.userSettings().filter(Files::isRegularFile);
            if (!secret.isEmpty()) {
                secretsDir = PrivateFiles.createDirectory("release-process-build-");
                settings = Optional.of(SecretSettings.write(settings, secret,
                        secretsDir.resolve("settings.xml")));
            }
            List<String> command = new ArrayList<>();
            setsid.ifPresent(s -> {
                command.add(s.toString());
                command.add("-w");
            });
            command.add(mvn.get().toString());
            command.addAll(List.of("-B", "-ntp"));
            if (setup.offline()) {
                command.add("-o");
            }
            if (setup.showErrors()) {
                command.add("-e");
            }
            command.addAll(List.of("-f", invocation.pomFile().toAbsolutePath().toString()));
            settings.ifPresent(s -> command.addAll(List.of("-s", s.toString())));
            setup.globalSettings().filter(Files::isRegularFile)
                    .ifPresent(s -> command.addAll(List.of("-gs", s.toString())));
            setup.localRepository().ifPresent(r -> command.add("-Dmaven.repo.local=" + r));
            if (!invocation.profiles().isEmpty()) {
                command.add("-P" + String.join(",", invocation.profiles()));
            }
            plain.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.addAll(invocation.arguments());
            command.addAll(invocation.goals());
            if (WINDOWS) {
                Optional<String> unsafe = command.stream()
                        .filter(a -> a.matches(".*[\"%!^&|<>\\r\\n].*")).findFirst();
                if (unsafe.isPresent()) {
                    return new BuildResult(-1, false, Optional.of("the build could not start:"
                            + " Windows runs mvn.cmd through cmd.exe, which would interpret the"
                            + " characters in '" + masker.mask(unsafe.get()) + "'"));
                }
            }
            return start(command, invocation, masker, setsid.isPresent(), secretsDir, output);
        } finally {
            if (secretsDir != null) {
                PrivateFiles.deleteTree(secretsDir);
            }
        }
    }

    private BuildResult start(List<String> command, BuildInvocation invocation,
            SecretMasker masker, boolean group, Path secretsDir, Consumer<String> output)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(invocation.pomFile().toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", setup.javaHome().toString());
        environment.putAll(invocation.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new BuildResult(-1, false, Optional.of("the build could not start: "
                    + e.getMessage()));
        }
        process.getOutputStream().close();
        Process watchdog = group ? startWatchdog(process.pid(), secretsDir, setsid()) : null;
        Thread stopOnExit = new Thread(() -> stopTree(process, group, Duration.ZERO),
                "release-process-stop-build");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        Thread pump = new Thread(() -> pump(process, masker, output),
                "release-process-build-output");
        pump.setDaemon(true);
        pump.start();
        try {
            boolean finished = process.waitFor(invocation.timeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            if (!finished) {
                stopTree(process, group, grace);
            }
            // The output of a build that left a process behind (holding the pipe) is cut here.
            pump.join(finished ? 5_000 : 1_000);
            return new BuildResult(finished ? process.exitValue() : -1, !finished,
                    Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopTree(process, group, Duration.ZERO);
            return new BuildResult(-1, false, Optional.of("the build was interrupted"));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway.
            }
            if (watchdog != null) {
                release(watchdog);
            }
            process.getInputStream().close();
        }
    }

    private static void pump(Process process, SecretMasker masker, Consumer<String> output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                process.getInputStream(), nativeCharset()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.accept(masker.mask(line));
            }
        } catch (IOException closed) {
            // The stream was closed because the build was stopped or left a process behind.
        }
    }

    private static Charset nativeCharset() {
        String name = System.getProperty("native.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * Stops the build and everything it started: TERM to the process group (or each descendant),
     * KILL after {@code grace}, then waits until none of them is left.
     */
    private void stopTree(Process process, boolean group, Duration grace) {
        long pgid = process.pid();
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        if (group) {
            signalGroup("-TERM", pgid);
        } else {
            tree.forEach(ProcessHandle::destroy);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && (alive(tree) || group && groupAlive(pgid))) {
            sleep(100);
            process.descendants().filter(p -> !tree.contains(p)).forEach(tree::add);
        }
        long reapDeadline = System.nanoTime() + REAP_LIMIT.toNanos();
        do {
            process.descendants().filter(p -> !tree.contains(p)).forEach(tree::add);
            if (group) {
                signalGroup("-KILL", pgid);
            }
            tree.forEach(ProcessHandle::destroyForcibly);
            if (!alive(tree) && !(group && groupAlive(pgid))) {
                break;
            }
            sleep(100);
        } while (System.nanoTime() < reapDeadline);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean alive(List<ProcessHandle> tree) {
        return tree.stream().anyMatch(ProcessHandle::isAlive);
    }

    private static boolean groupAlive(long pgid) {
        return signalGroup("-0", pgid) == 0;
    }

    private static int signalGroup(String signal, long pgid) {
        Optional<Path> kill = onPath("kill");
        if (kill.isEmpty()) {
            return 1;
        }
        try {
            Process p = new ProcessBuilder(kill.get().toString(), signal, "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : 1;
        } catch (IOException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Starts the watchdog in a session of its own, so that a signal to this JVM's process group
     * (a CI job that kills its whole group with KILL) does not take the watchdog with it.
     */
    private static Process startWatchdog(long pgid, Path secretsDir, Optional<Path> setsid) {
        Optional<Path> sh = onPath("sh");
        if (sh.isEmpty()) {
            return null;
        }
        List<String> command = new ArrayList<>();
        setsid.ifPresent(s -> command.add(s.toString()));
        command.addAll(List.of(sh.get().toString(), "-c", WATCHDOG_SCRIPT,
                "release-process-watchdog", Long.toString(pgid),
                secretsDir == null ? "" : secretsDir.toString()));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null;
        }
    }

    /** Tells the watchdog that the build ended here, so it exits without killing anything. */
    private static void release(Process watchdog) {
        try (OutputStream in = watchdog.getOutputStream()) {
            in.write("done\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException gone) {
            // The watchdog has already exited.
        }
        try {
            watchdog.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Path> setsid() {
        return useProcessGroup && !WINDOWS ? onPath("setsid") : Optional.empty();
    }

    private Optional<Path> mvnExecutable() {
        if (setup.mavenHome().isPresent()) {
            Path mvn = setup.mavenHome().get().resolve("bin").resolve(mvnName());
            return Files.isRegularFile(mvn) ? Optional.of(mvn) : Optional.empty();
        }
        return onPath(mvnName());
    }

    private static String mvnName() {
        return WINDOWS ? "mvn.cmd" : "mvn";
    }

    /** The first executable of this name on the PATH. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
