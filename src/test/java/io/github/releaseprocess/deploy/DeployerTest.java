package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.LedgerRecord.Action;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployments of a project with three releases, through a fake build and a real health server:
 * <pre>
 * * (tag: v1.2.0, main) fix: c
 * * (tag: v1.1.0) feat: b
 * * (tag: v1.0.0) feat: a          + an uncommitted change in the working tree
 * </pre>
 */
class DeployerTest {

    @TempDir
    Path dir;

    private final List<BuildInvocation> builds = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final Set<String> failingBuilds = new HashSet<>();
    private final Set<String> unhealthy = new HashSet<>();
    private GitLedger ledger;
    private Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    private final Reporter reporter = new Reporter() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }

        @Override
        public void debug(String message) {
        }
    };

    @BeforeEach
    void project() throws Exception {
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitFile("pom.xml", "feat: a").tag("v1.0.0");
            git.commitFile("src/app.txt", "feat: b").tag("v1.1.0");
            git.commitFile("src/app.txt", "fix: c").tag("v1.2.0");
        }
        Files.writeString(dir.resolve("src/app.txt"), "uncommitted");
        ledger = GitLedger.open(dir);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Deployer deployer(Environment... environments) {
        BuildRunner runner = (invocation, output) -> {
            builds.add(invocation);
            assertTrue(Files.isRegularFile(invocation.pomFile()), "pom in the working copy");
            output.accept("uploading with password s3cret");
            String key = invocation.properties().get(Deployer.ENVIRONMENT_PROPERTY) + "/"
                    + invocation.properties().get(Deployer.VERSION_PROPERTY);
            return failingBuilds.contains(key) ? new BuildResult(1, false, Optional.empty())
                    : BuildResult.succeeded();
        };
        HealthChecker checker = new HealthChecker(reporter, d -> { });
        return new Deployer(new DeploySettings(dir, dir.resolve("target/release-process/deploy"),
                List.of(environments), TagFormat.of("v@{version}", "demo"),
                Optional.of("1.3.0-SNAPSHOT")), ledger, runner, checker, reporter, clock);
    }

    private Environment environment(String id, List<String> requires, boolean autoRollback) {
        HealthCheck health = new HealthCheck(healthUrl(), 200, Optional.of("UP"),
                Duration.ofSeconds(2), 1, Duration.ofMillis(10));
        return new Environment(id, List.of(id), List.of("package"),
                Map.of("deploy.password", "s3cret"), requires, Optional.of(health),
                Optional.empty(), autoRollback, Environment.Source.TAG, Duration.ofMinutes(1));
    }

    private String healthUrl() {
        return "http://127.0.0.1:" + port + "/@{environment}/@{version}";
    }

    private int port;
    private com.sun.net.httpserver.HttpServer health;

    @BeforeEach
    void healthServer() throws Exception {
        health = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(
                java.net.InetAddress.getLoopbackAddress(), 0), 0);
        health.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring(1);
            boolean bad = unhealthy.contains(path);
            byte[] body = (bad ? "DOWN" : "UP " + path).getBytes();
            exchange.sendResponseHeaders(bad ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        port = health.getAddress().getPort();
    }

    @AfterEach
    void stopHealth() {
        health.stop(0);
    }

    private DeployRequest to(String environment, String version) {
        return new DeployRequest(environment, Optional.ofNullable(version), false,
                Optional.empty());
    }

    @Nested
    class Deploy {

        @Test
        void shouldDeployTheLatestReleaseFromItsTagIntoACleanWorkingCopy() throws Exception {
            Environment staging = environment("staging", List.of(), false);
            LedgerRecord done = deployer(staging).deploy(to("staging", null));
            assertEquals("1.2.0", done.version());
            assertEquals(Outcome.SUCCEEDED, done.outcome());
            assertEquals(Optional.of("v1.2.0"), done.tag());
            BuildInvocation build = builds.get(0);
            Path copy = dir.resolve("target/release-process/deploy/staging-1.2.0");
            assertEquals(copy.resolve("pom.xml"), build.pomFile());
            assertEquals("change 2\n", Files.readString(copy.resolve("src/app.txt")));
            assertFalse(Files.exists(copy.resolve(".git")));
            assertEquals(List.of("package"), build.goals());
            assertEquals(List.of("staging"), build.profiles());
            assertEquals("staging", build.properties().get("release-process.environment"));
            assertEquals("1.2.0", build.properties().get("release-process.version"));
            assertEquals("uncommitted", Files.readString(dir.resolve("src/app.txt")));
        }

        @Test
        void shouldPrintAndRecordTheRollbackPlanBeforeDeploying() throws Exception {
            Deployer deployer = deployer(environment("staging", List.of(), false));
            deployer.deploy(to("staging", "1.0.0"));
            deployer.deploy(to("staging", "1.1.0"));
            List<LedgerRecord> records = ledger.read().records();
            assertEquals(4, records.size());
            LedgerRecord plan = records.get(2);
            assertEquals(Outcome.PLANNED, plan.outcome());
            assertEquals(Optional.of("1.0.0"), plan.rollbackVersion());
            assertEquals(Optional.of("mvn release-process:rollback -Denvironment=staging"
                    + " -Dversion=1.0.0"), plan.rollbackCommand());
            assertTrue(log.contains("Rollback plan for staging: restore 1.0.0 with: mvn"
                    + " release-process:rollback -Denvironment=staging -Dversion=1.0.0"), log.toString());
            int planLine = log.indexOf("Rollback plan for staging: restore 1.0.0 with: mvn"
                    + " release-process:rollback -Denvironment=staging -Dversion=1.0.0");
            int runLine = log.lastIndexOf(log.stream().filter(l -> l.startsWith("Running mvn"))
                    .reduce((a, b) -> b).get());
            assertTrue(planLine < runLine);
        }

        @Test
        void shouldMaskSecretsInTheCommandLineAndTheBuildOutput() throws Exception {
            deployer(environment("staging", List.of(), false)).deploy(to("staging", "1.0.0"));
            assertTrue(log.contains("[deploy staging] uploading with password ****"), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Running mvn -B -f pom.xml"
                    + " -Pstaging -Ddeploy.password=**** -Drelease-process.environment=staging")),
                    log.toString());
            assertTrue(log.stream().noneMatch(l -> l.contains("s3cret")), log.toString());
        }

        @Test
        void shouldKeepTokensOfTheHealthUrlOutOfTheLogAndTheLedger() throws Exception {
            HealthCheck health = new HealthCheck("http://ops:pa55w0rd@127.0.0.1:" + port
                    + "/@{environment}/@{version}?token=S3cr3t", 200, Optional.of("UP"),
                    Duration.ofSeconds(2), 0, Duration.ofMillis(10));
            Environment staging = new Environment("staging", List.of(), List.of("package"),
                    Map.of(), List.of(), Optional.of(health), Optional.empty(), false,
                    Environment.Source.TAG, Duration.ofMinutes(1));
            deployer(staging).deploy(to("staging", "1.0.0"));
            LedgerRecord done = ledger.read().history().current("staging").get();
            assertEquals("http://****@127.0.0.1:" + port + "/staging/1.0.0?**** answered as"
                    + " expected after 1 request", done.health().get().message());
            String everything = String.join("\n", log) + done.toJson();
            assertFalse(everything.contains("S3cr3t") || everything.contains("pa55w0rd"),
                    everything);
        }

        @Test
        void shouldRefuseAnUnknownEnvironmentListingTheConfiguredOnes() {
            RefusalException e = assertThrows(RefusalException.class, () -> deployer(
                    environment("staging", List.of(), false)).deploy(to("prod", "1.0.0")));
            assertEquals("There is no environment 'prod' in <environments>; configured: staging"
                    + " (-Denvironment=staging)", e.getMessage());
        }

        @Test
        void shouldRefuseAVersionWithoutReleaseTag() {
            RefusalException e = assertThrows(RefusalException.class, () -> deployer(
                    environment("staging", List.of(), false)).deploy(to("staging", "1.5.0")));
            assertTrue(e.getMessage().startsWith("There is no release tag v1.5.0 for"
                    + " -Dversion=1.5.0; released: v1.2.0, v1.1.0, v1.0.0"), e.getMessage());
            assertTrue(builds.isEmpty());
        }

        @Test
        void shouldRefuseABadHealthUrlBeforeRecordingOrBuildingAnything() throws Exception {
            Environment bad = new Environment("staging", List.of(), List.of(), Map.of(),
                    List.of(), Optional.of(new HealthCheck("ftp://host/health", 200,
                            Optional.empty(), Duration.ofSeconds(1), 0, Duration.ofSeconds(1))),
                    Optional.empty(), false, Environment.Source.TAG, Duration.ofMinutes(1));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer(bad).deploy(to("staging", "1.0.0")));
            assertTrue(e.getMessage().contains("must be an absolute http or https URL"));
            assertTrue(builds.isEmpty());
            assertTrue(ledger.read().records().isEmpty());
        }

        @Test
        void shouldRecordAFailedOutcomeWhenTheBuildRunnerBreaks() throws Exception {
            Environment staging = environment("staging", List.of(), false);
            Deployer deployer = new Deployer(new DeploySettings(dir, dir.resolve("target/d"),
                    List.of(staging), TagFormat.of("v@{version}", "demo"), Optional.empty()),
                    ledger, (invocation, output) -> {
                        throw new java.io.IOException("disk full");
                    }, new HealthChecker(reporter, d -> { }), reporter, clock);
            assertThrows(java.io.IOException.class, () -> deployer.deploy(to("staging", "1.0.0")));
            LedgerRecord last = ledger.read().history().current("staging").get();
            assertEquals(Outcome.FAILED, last.outcome());
            assertEquals("stopped by an error: disk full", last.message());
            assertTrue(ledger.read().history().unfinished("staging").isEmpty());
        }

        @Test
        void shouldDeployHeadAsTheSnapshotVersionForASourceHeadEnvironment() throws Exception {
            Environment dev = new Environment("dev", List.of(), List.of(), Map.of(), List.of(),
                    Optional.empty(), Optional.empty(), false, Environment.Source.HEAD,
                    Duration.ofMinutes(1));
            LedgerRecord done = deployer(dev).deploy(to("dev", null));
            assertEquals("1.3.0-SNAPSHOT", done.version());
            assertEquals(Optional.empty(), done.tag());
            assertEquals(List.of("deploy"), builds.get(0).goals());
        }
    }

    @Nested
    class Promotion {

        @Test
        void shouldRefuseProductionBeforeStagingListingWhatIsMissing() throws Exception {
            Deployer deployer = deployer(environment("staging", List.of(), false),
                    environment("production", List.of("staging"), false));
            deployer.deploy(to("staging", "1.0.0"));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer.deploy(to("production", "1.1.0")));
            assertEquals("Version 1.1.0 cannot go to production before it ran successfully in"
                    + " staging (runs 1.0.0); deploy it there first (mvn release-process:deploy"
                    + " -Denvironment=staging -Dversion=1.1.0) or override with"
                    + " -Drelease-process.force -Drelease-process.reason=\"why\"", e.getMessage());
            assertEquals(1, builds.size());
            deployer.deploy(to("production", "1.0.0"));
            assertEquals("1.0.0", ledger.read().history().current("production").get().version());
        }

        @Test
        void shouldAllowAForcedPromotionWithAReasonAndRecordIt() throws Exception {
            Deployer deployer = deployer(environment("staging", List.of(), false),
                    environment("production", List.of("staging"), false));
            RefusalException noReason = assertThrows(RefusalException.class, () -> deployer
                    .deploy(new DeployRequest("production", Optional.of("1.0.0"), true,
                            Optional.empty())));
            assertTrue(noReason.getMessage().contains("add -Drelease-process.reason="),
                    noReason.getMessage());
            LedgerRecord done = deployer.deploy(new DeployRequest("production",
                    Optional.of("1.0.0"), true, Optional.of("staging is down, hotfix")));
            assertTrue(done.forced());
            assertEquals(Optional.of("staging is down, hotfix"), done.reason());
            assertTrue(ledger.read().records().get(0).forced());
        }

        @Test
        void shouldRefuseASecondProductionDeploymentWithoutRollbackTarget() throws Exception {
            Deployer deployer = deployer(environment("staging", List.of(), false),
                    environment("production", List.of("staging"), false));
            deployer.deploy(to("staging", "1.0.0"));
            failingBuilds.add("production/1.0.0");
            assertThrows(DeploymentFailedException.class,
                    () -> deployer.deploy(to("production", "1.0.0")));
            deployer.deploy(to("staging", "1.1.0"));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer.deploy(to("production", "1.1.0")));
            assertTrue(e.getMessage().startsWith("production has no earlier good version to"
                    + " roll back to"), e.getMessage());
        }

        @Test
        void shouldRefuseWhileAnotherDeploymentOfTheEnvironmentHasNoOutcome() throws Exception {
            ledger.append(new LedgerRecord("staging", Action.DEPLOY, Outcome.PLANNED, "1.0.0",
                    Optional.of("v1.0.0"), "0123456789abcdef0123456789abcdef01234567",
                    Instant.parse("2024-05-01T09:00:00Z"), "bob", false, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "started"));
            RefusalException e = assertThrows(RefusalException.class, () -> deployer(
                    environment("staging", List.of(), false)).deploy(to("staging", "1.1.0")));
            assertTrue(e.getMessage().startsWith("A deploy of 1.0.0 to staging started at"
                    + " 2024-05-01T09:00:00Z by bob has no outcome yet"), e.getMessage());
        }
    }

    @Nested
    class Rollback {

        @Test
        void shouldRollBackAutomaticallyWhenTheNewVersionIsUnhealthy() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), true));
            deployer.deploy(to("production", "1.0.0"));
            unhealthy.add("production/1.1.0");
            DeploymentFailedException e = assertThrows(DeploymentFailedException.class,
                    () -> deployer.deploy(to("production", "1.1.0")));
            assertTrue(e.getMessage().startsWith("Deploying 1.1.0 to production failed: 1.1.0 is"
                    + " unhealthy in production: http://127.0.0.1:" + port
                    + "/production/1.1.0 did not answer as expected after 2 requests: HTTP 503,"
                    + " expected 200; the automatic rollback to 1.0.0 succeeded (healthy: 1"
                    + " check, 0 failed"), e.getMessage());
            assertTrue(e.getMessage().endsWith("so production runs 1.0.0 again"), e.getMessage());
            DeploymentHistory history = ledger.read().history();
            LedgerRecord current = history.current("production").get();
            assertEquals("1.0.0", current.version());
            assertEquals(Action.AUTO_ROLLBACK, current.action());
            List<Outcome> outcomes = history.of("production").stream().map(LedgerRecord::outcome)
                    .toList();
            assertEquals(List.of(Outcome.PLANNED, Outcome.SUCCEEDED, Outcome.PLANNED,
                    Outcome.UNHEALTHY, Outcome.PLANNED, Outcome.SUCCEEDED), outcomes);
        }

        @Test
        void shouldReportBothOutcomesWhenTheAutomaticRollbackFailsToo() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), true));
            deployer.deploy(to("production", "1.0.0"));
            failingBuilds.add("production/1.1.0");
            failingBuilds.add("production/1.0.0");
            DeploymentFailedException e = assertThrows(DeploymentFailedException.class,
                    () -> deployer.deploy(to("production", "1.1.0")));
            assertTrue(e.getMessage().contains("the deployment build failed (exit code 1"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("the automatic rollback to 1.0.0 failed too"),
                    e.getMessage());
        }

        @Test
        void shouldNameTheRollbackCommandWhenAutoRollbackIsOff() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            deployer.deploy(to("production", "1.0.0"));
            failingBuilds.add("production/1.1.0");
            DeploymentFailedException e = assertThrows(DeploymentFailedException.class,
                    () -> deployer.deploy(to("production", "1.1.0")));
            assertTrue(e.getMessage().endsWith("restore 1.0.0 with: mvn release-process:rollback"
                    + " -Denvironment=production -Dversion=1.0.0"), e.getMessage());
            assertEquals(2, builds.size());
        }

        @Test
        void shouldRollBackToThePreviousGoodVersion() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            deployer.deploy(to("production", "1.0.0"));
            deployer.deploy(to("production", "1.1.0"));
            deployer.deploy(to("production", "1.2.0"));
            LedgerRecord done = deployer.rollback("production", Optional.empty());
            assertEquals("1.1.0", done.version());
            assertEquals(Action.ROLLBACK, done.action());
            assertEquals(Outcome.SUCCEEDED, done.outcome());
            assertEquals("1.1.0", builds.get(3).properties().get("release-process.version"));
            done = deployer.rollback("production", Optional.of("1.0.0"));
            assertEquals("1.0.0", done.version());
        }

        @Test
        void shouldRefuseARollbackToAVersionThatWasNeverGoodThere() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            deployer.deploy(to("production", "1.1.0"));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer.rollback("production", Optional.of("1.0.0")));
            assertEquals("Version 1.0.0 was never deployed successfully to production, so it is"
                    + " no rollback target; good there before: 1.1.0", e.getMessage());
            e = assertThrows(RefusalException.class,
                    () -> deployer.rollback("production", Optional.empty()));
            assertTrue(e.getMessage().startsWith("There is no previous good version of"
                    + " production to roll back to (it runs 1.1.0)"), e.getMessage());
        }

        private String commitOf(String tag) throws Exception {
            try (io.github.releaseprocess.history.GitRepository repository =
                    io.github.releaseprocess.history.GitRepository.open(dir)) {
                return repository.tagCommit(tag).orElseThrow();
            }
        }

        private LedgerRecord recorded(String environment, String version, Outcome outcome,
                String commit) {
            return new LedgerRecord(environment, Action.DEPLOY, outcome, version,
                    Optional.of("v" + version), commit, Instant.parse("2024-05-01T09:00:00Z"),
                    "mallory", false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), "by hand");
        }

        @Test
        void shouldRollBackAfterAKilledDeploymentWhenForcedWithAReason() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            deployer.deploy(to("production", "1.0.0"));
            deployer.deploy(to("production", "1.1.0"));
            // A deploy of 1.2.0 whose process was killed: its plan has no outcome.
            ledger.append(recorded("production", "1.2.0", Outcome.PLANNED, commitOf("v1.2.0")));
            RefusalException refused = assertThrows(RefusalException.class,
                    () -> deployer.rollback("production", Optional.empty()));
            assertTrue(refused.getMessage().endsWith("if that process died, record it as failed"
                    + " and go on with: mvn release-process:rollback -Denvironment=production"
                    + " -Drelease-process.force -Drelease-process.reason=\"why\""),
                    refused.getMessage());
            RefusalException noReason = assertThrows(RefusalException.class, () -> deployer
                    .rollback(new DeployRequest("production", Optional.of("1.0.0"), true,
                            Optional.empty())));
            assertTrue(noReason.getMessage().contains("-Drelease-process.reason"),
                    noReason.getMessage());
            LedgerRecord done = deployer.rollback(new DeployRequest("production",
                    Optional.of("1.0.0"), true, Optional.of("the deploy job was killed")));
            assertEquals(Outcome.SUCCEEDED, done.outcome());
            assertEquals("1.0.0", done.version());
            assertTrue(done.forced());
            assertEquals(Optional.of("the deploy job was killed"), done.reason());
            List<LedgerRecord> mine = ledger.read().history().of("production");
            LedgerRecord closed = mine.get(5);
            assertEquals("1.2.0", closed.version());
            assertEquals(Outcome.FAILED, closed.outcome());
            assertTrue(closed.message().startsWith("abandoned: no outcome was recorded"),
                    closed.message());
            assertEquals(List.of(Outcome.PLANNED, Outcome.SUCCEEDED, Outcome.PLANNED,
                    Outcome.SUCCEEDED, Outcome.PLANNED, Outcome.FAILED, Outcome.PLANNED,
                    Outcome.SUCCEEDED), mine.stream().map(LedgerRecord::outcome).toList());
            assertTrue(ledger.read().history().unfinished("production").isEmpty());
            assertTrue(log.contains("WARN Recorded the deploy of 1.2.0 to production that had no"
                    + " outcome as failed (" + closed.message() + ")"), log.toString());
        }

        @Test
        void shouldRollBackToTheVersionBeforeAKilledDeploymentOfANewOne() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            deployer.deploy(to("production", "1.0.0"));
            ledger.append(recorded("production", "1.1.0", Outcome.PLANNED, commitOf("v1.1.0")));
            LedgerRecord done = deployer.rollback(new DeployRequest("production",
                    Optional.empty(), true, Optional.of("killed")));
            assertEquals("1.0.0", done.version());
            assertEquals(Outcome.SUCCEEDED, done.outcome());
        }

        @Test
        void shouldCloseAKilledDeploymentWhenADeployIsForcedWithAReason() throws Exception {
            Deployer deployer = deployer(environment("staging", List.of(), false));
            ledger.append(recorded("staging", "1.0.0", Outcome.PLANNED, commitOf("v1.0.0")));
            RefusalException refused = assertThrows(RefusalException.class,
                    () -> deployer.deploy(to("staging", "1.1.0")));
            assertTrue(refused.getMessage().contains("mvn release-process:deploy"
                    + " -Denvironment=staging -Drelease-process.force"), refused.getMessage());
            LedgerRecord done = deployer.deploy(new DeployRequest("staging",
                    Optional.of("1.1.0"), true, Optional.of("killed")));
            assertEquals(Outcome.SUCCEEDED, done.outcome());
            assertTrue(done.forced());
        }

        @Test
        void shouldDeployTheTagsCommitAndRefuseARecordNamingAnotherCommit() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            ledger.append(recorded("production", "1.0.0", Outcome.SUCCEEDED,
                    commitOf("v1.2.0")));
            deployer.deploy(to("production", "1.1.0"));
            int before = builds.size();
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer.rollback("production", Optional.empty()));
            assertEquals("The ledger records 1.0.0 in production as commit "
                    + commitOf("v1.2.0").substring(0, 10) + ", but the tag v1.0.0 points at "
                    + commitOf("v1.0.0").substring(0, 10) + "; that record cannot be trusted"
                    + " (the tag was moved, or the record forged): roll back to another version"
                    + " with -Dversion=X.Y.Z, or repair the ledger", e.getMessage());
            assertEquals(before, builds.size());
            assertTrue(log.stream().noneMatch(l -> l.startsWith("Checked out 1.0.0")),
                    log.toString());
        }

        @Test
        void shouldRefuseARecordWhoseTagIsAnotherVersions() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            LedgerRecord forged = new LedgerRecord("production", Action.DEPLOY,
                    Outcome.SUCCEEDED, "1.0.0", Optional.of("v1.2.0"), commitOf("v1.2.0"),
                    Instant.parse("2024-05-01T09:00:00Z"), "mallory", false, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "by hand");
            ledger.append(forged);
            deployer.deploy(to("production", "1.1.0"));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer.rollback("production", Optional.empty()));
            assertTrue(e.getMessage().startsWith("The ledger records 1.0.0 in production with"
                    + " the tag v1.2.0, which is the tag of 1.2.0"), e.getMessage());
        }

        @Test
        void shouldNotStartAnAutomaticRollbackToAForgedRecord() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), true));
            ledger.append(recorded("production", "1.0.0", Outcome.SUCCEEDED,
                    commitOf("v1.2.0")));
            failingBuilds.add("production/1.1.0");
            DeploymentFailedException e = assertThrows(DeploymentFailedException.class,
                    () -> deployer.deploy(to("production", "1.1.0")));
            assertTrue(e.getMessage().contains("the automatic rollback to 1.0.0 was not started:"
                    + " The ledger records 1.0.0 in production as commit"), e.getMessage());
            assertEquals(1, builds.size());
        }

        @Test
        void shouldNeverUseAForgedVersionAsAPath() throws Exception {
            Deployer deployer = deployer(environment("production", List.of(), false));
            deployer.deploy(to("production", "1.0.0"));
            ledger.append(recorded("production", "1.3.0/../../../../../victim",
                    Outcome.SUCCEEDED, commitOf("v1.0.0")));
            assertThrows(RefusalException.class, () -> deployer.rollback("production",
                    Optional.of("1.3.0/../../../../../victim")));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> deployer.rollback("production", Optional.empty()));
            assertTrue(e.getMessage().contains("field version '1.3.0/../../../../../victim' is"
                    + " not a Semantic Version"), e.getMessage());
            assertFalse(Files.exists(dir.getParent().resolve("victim")));
            assertFalse(Files.exists(dir.resolve("victim")));
        }
    }
}
