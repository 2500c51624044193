package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.build.ProcessBuildRunner;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment build that runs past its timeout, through the real launcher and a fake
 * {@code mvn} that starts a grandchild: the ledger says {@code failed} only once the build and the
 * grandchild are dead (before, only maven-invoker's {@code /bin/sh} was killed and the inner
 * Maven went on deploying).
 */
class DeployBuildTimeoutTest {

    @TempDir
    Path dir;

    private final List<Long> pids = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void killLeftovers() {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void shouldRecordATimedOutDeploymentOnlyAfterItsWholeProcessTreeStopped() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path project = dir.resolve("project");
        try (GitScenario git = GitScenario.init(project)) {
            git.commitFile("pom.xml", "feat: a").tag("v1.0.0");
        }
        Path mavenHome = dir.resolve("maven");
        Files.createDirectories(mavenHome.resolve("bin"));
        Path mvn = mavenHome.resolve("bin/mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"pid=$$\"\nsleep 300 &\necho \"grandchild=$!\"\n"
                + "sleep 300\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        BuildRunner real = new ProcessBuildRunner(new ProcessBuildRunner.Setup(
                Optional.of(mavenHome), Path.of(System.getProperty("java.home")),
                Optional.empty(), Optional.empty(), Optional.empty(), false, false));
        List<String> atReturn = new ArrayList<>();
        BuildRunner watched = (invocation, output) -> {
            BuildResult result = real.run(invocation, line -> {
                output.accept(line);
                if (line.startsWith("pid=") || line.startsWith("grandchild=")) {
                    pids.add(Long.parseLong(line.substring(line.indexOf('=') + 1)));
                }
            });
            // What is still running when the runner hands the result to the deployer, which
            // records it next.
            pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                    .orElse(false)).forEach(pid -> atReturn.add("alive: " + pid));
            return result;
        };
        Environment staging = new Environment("staging", List.of(), List.of("package"),
                Map.of(), List.of(), Optional.empty(), Optional.empty(), false,
                Environment.Source.TAG, Duration.ofSeconds(2));
        try (GitLedger ledger = GitLedger.open(project)) {
            Deployer deployer = new Deployer(new DeploySettings(project,
                    project.resolve("target/release-process/deploy"), List.of(staging),
                    TagFormat.of("v@{version}", "demo"), Optional.empty()), ledger, watched,
                    new HealthChecker(Reporter.SILENT, d -> { }), Reporter.SILENT,
                    Clock.systemUTC());
            DeploymentFailedException e = assertThrows(DeploymentFailedException.class,
                    () -> deployer.deploy(new DeployRequest("staging", Optional.of("1.0.0"), false,
                            Optional.empty())));
            assertTrue(e.getMessage().contains("ran longer than 2 s and was stopped"),
                    e.getMessage());
            LedgerRecord done = ledger.read().history().current("staging").orElseThrow();
            assertEquals(Outcome.FAILED, done.outcome());
            assertTrue(done.message().contains("ran longer than"), done.message());
            assertEquals(2, pids.size(), "the fake mvn printed its pid and its grandchild's");
            assertEquals(List.of(), atReturn, "processes of the build still ran when it was"
                    + " recorded as failed");
            assertTrue(ledger.read().history().unfinished("staging").isEmpty());
        }
    }
}
