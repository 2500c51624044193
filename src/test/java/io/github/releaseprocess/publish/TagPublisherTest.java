package io.github.releaseprocess.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.LedgerRecord;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.testing.GitScenario;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code publish} goal's core on a real repository with a tag: from the tag to a file
 * repository, nothing to do the second time, and a Central deployment that is waited for by
 * its id (from the ledger) instead of being uploaded again.
 *
 * <pre>
 * * feat: api   (v2.0.0, main)
 * </pre>
 */
class TagPublisherTest {

    static final String ID = "7c1d9e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6";

    @TempDir
    Path dir;

    @TempDir
    Path repo;

    final List<BuildInvocation> builds = new ArrayList<>();

    void project() throws IOException {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>lib</artifactId>"
                    + "<version>2.0.0</version></project>\n");
            git.commitAll("feat: api").annotatedTag("v2.0.0");
        }
    }

    BuildRunner staging() {
        return (invocation, output) -> {
            builds.add(invocation);
            String property = invocation.properties().get("altDeploymentRepository");
            Path staged = Path.of(URI.create(property.substring(property.lastIndexOf("::") + 2)))
                    .resolve("org/acme/lib/2.0.0/lib-2.0.0.pom");
            Files.createDirectories(staged.getParent());
            Files.writeString(staged, "<project/>");
            return BuildResult.succeeded();
        };
    }

    LedgerRecord publish(BuildRunner runner, PublishRequest request) throws IOException {
        try (GitLedger ledger = GitLedger.open(dir)) {
            return new TagPublisher(new Publisher(runner, Reporter.SILENT, Duration.ofMillis(20)),
                    ledger, Reporter.SILENT, Clock.systemUTC()).publish(request,
                            TagFormat.of(TagFormat.DEFAULT, "lib"), Optional.empty(), false);
        }
    }

    List<LedgerRecord> publications() throws IOException {
        try (GitLedger ledger = GitLedger.open(dir)) {
            return ledger.read().history().publications();
        }
    }

    @Test
    void shouldPublishTheLatestTagOnceAndDoNothingTheSecondTime() throws Exception {
        project();
        PublishRequest request = PublishRequest.defaults(dir, dir.resolve("target"),
                Optional.of(RemoteRepository.of("files", repo.toUri())));

        LedgerRecord done = publish(staging(), request);
        LedgerRecord again = publish(staging(), request);

        assertEquals("succeeded", done.outcome().id());
        assertEquals("2.0.0", done.version());
        assertEquals(Optional.of("v2.0.0"), done.tag());
        assertTrue(Files.exists(repo.resolve("org/acme/lib/2.0.0/lib-2.0.0.pom")));
        assertEquals(1, builds.size(), "the second run found it published");
        assertEquals(done, again);
        assertEquals(dir.resolve("target/release-process/publish-2.0.0/pom.xml"),
                builds.get(0).pomFile());
        assertEquals(2, publications().size());
    }

    /**
     * {@code publish -Drelease-process.component=ID}: the record carries the component, and a
     * component's release is not taken for another's of the same number; {@code status} with
     * the component lists it.
     */
    @Test
    void shouldRecordTheComponentOfAPublicationAndKeepComponentsApart() throws Exception {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.writeString(dir.resolve("pom.xml"), "<project><artifactId>lib</artifactId>"
                    + "<version>2.0.0</version></project>\n");
            git.commitAll("feat: api").annotatedTag("lib-v2.0.0").annotatedTag("app-v2.0.0");
        }
        PublishRequest request = PublishRequest.defaults(dir, dir.resolve("target"),
                Optional.of(RemoteRepository.of("files", repo.toUri())));

        LedgerRecord lib;
        LedgerRecord app;
        try (GitLedger ledger = GitLedger.open(dir)) {
            TagPublisher publisher = new TagPublisher(new Publisher(staging(), Reporter.SILENT,
                    Duration.ofMillis(20)), ledger, Reporter.SILENT, Clock.systemUTC());
            lib = publisher.publish(request, TagFormat.of("lib-v@{version}", null),
                    Optional.of("lib"), Optional.empty(), false);
            app = publisher.publish(request, TagFormat.of("app-v@{version}", null),
                    Optional.of("app"), Optional.empty(), false);
        }

        assertEquals(2, builds.size(), "app 2.0.0 is not lib 2.0.0: published too");
        assertEquals(Optional.of("lib"), lib.component());
        assertEquals(Optional.of("app-v2.0.0"), app.tag());
        List<LedgerRecord> all = publications();
        assertEquals(List.of("lib", "lib", "app", "app"), all.stream()
                .map(r -> r.component().orElse("-")).toList(), "planned and outcome records");
        LedgerRecord stored = LedgerRecord.fromJson(all.get(1).toJson());
        assertEquals(Optional.of("lib"), stored.component());
        assertTrue(all.get(1).toJson().contains("\"component\": \"lib\""));
        try (GitLedger ledger = GitLedger.open(dir)) {
            List<String> status = new io.github.releaseprocess.deploy.StatusReport(
                    ledger.read().forComponent(Optional.of("lib")), List.of(), Optional.empty(),
                    Optional.empty()).lines();
            assertTrue(status.stream().anyMatch(l -> l.contains("lib 2.0.0 to files: succeeded")),
                    status.toString());
            assertTrue(status.stream().noneMatch(l -> l.contains("app")), status.toString());
        }
    }

    @Test
    void shouldWaitForTheCentralDeploymentByIdInsteadOfUploadingAgain() throws Exception {
        project();
        String log;
        try (var in = getClass().getResourceAsStream("/central/publish-uploaded.log")) {
            log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (PortalFake portal = new PortalFake()) {
            String uploaded = log.replace("@PORTAL@", portal.url().toString());
            BuildRunner central = (invocation, output) -> {
                builds.add(invocation);
                uploaded.lines().forEach(output);
                return BuildResult.succeeded();
            };
            PublishRequest request = PublishRequest.defaults(dir, dir.resolve("target"),
                    Optional.empty()).withCentralTimeout(Duration.ofMillis(300));
            portal.states(ID, "VALIDATING");

            RefusalException e = assertThrows(RefusalException.class,
                    () -> publish(central, request));
            assertTrue(e.getMessage().contains("is still VALIDATING"), e.getMessage());
            LedgerRecord failed = publications().get(1);
            assertEquals("failed", failed.outcome().id());
            assertEquals(Optional.of(ID), failed.publication().orElseThrow().deploymentId());

            portal.states(ID, "VALIDATED");
            LedgerRecord done = publish(central, request.withCentralTimeout(Duration.ofSeconds(5)));

            assertEquals(1, builds.size(), "no second upload");
            assertEquals("succeeded", done.outcome().id());
            assertEquals(Optional.of("VALIDATED"), done.publication().orElseThrow()
                    .deploymentState());
            assertEquals("central", done.environment());
        }
    }
}
