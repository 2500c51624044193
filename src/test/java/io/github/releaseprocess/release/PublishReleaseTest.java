package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.LedgerRecord;
import io.github.releaseprocess.deploy.StatusReport;
import io.github.releaseprocess.publish.CentralWait;
import io.github.releaseprocess.publish.PortalFake;
import io.github.releaseprocess.publish.PublishRequest;
import io.github.releaseprocess.publish.Publisher;
import io.github.releaseprocess.publish.RemoteRepository;
import io.github.releaseprocess.publish.RepositoryServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prepare -Drelease-process.publish} on a real git repository: the order local commit and
 * tag, publish, push; a publication that fails before anything left the machine (undone), one
 * that stops halfway (kept, resumed), a push that fails after publishing (resume retries only
 * the push), and the Central Portal through recorded plugin output and a loopback fake of its
 * status API. The publish build is a fake that stages what maven-deploy-plugin would.
 */
class PublishReleaseTest {

    static final String DEPLOYMENT = "0b6f2c1e-5a7d-4e2b-9c3f-1d2e3f4a5b6c";

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    final List<BuildInvocation> builds = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    final Reporter reporter = new Reporter() {
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

    /** The test build passes; the publish build stages the six files of demo 1.3.0. */
    final BuildRunner stagingBuild = (invocation, output) -> {
        builds.add(invocation);
        if (invocation.goals().contains("deploy")) {
            stage(invocation);
        }
        output.accept("BUILD SUCCESS");
        return BuildResult.succeeded();
    };

    static void stage(BuildInvocation invocation) throws IOException {
        String property = invocation.properties().get("altDeploymentRepository");
        Path staging = Path.of(URI.create(property.substring(property.lastIndexOf("::") + 2)));
        Path version = staging.resolve("com/example/demo/1.3.0");
        Files.createDirectories(version);
        Files.writeString(version.resolve("demo-1.3.0.pom"), "<project/>\n");
        Files.writeString(version.resolve("demo-1.3.0.pom.sha1"), "0000\n");
        Files.writeString(version.resolve("demo-1.3.0.jar"), "jar bytes");
        Files.writeString(version.resolve("demo-1.3.0.jar.sha1"), "1111\n");
        Files.writeString(staging.resolve("com/example/demo/maven-metadata.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <metadata>
                  <groupId>com.example</groupId>
                  <artifactId>demo</artifactId>
                  <versioning>
                    <release>1.3.0</release>
                    <versions>
                      <version>1.3.0</version>
                    </versions>
                  </versioning>
                </metadata>
                """);
        Files.writeString(staging.resolve("com/example/demo/maven-metadata.xml.sha1"), "2222\n");
    }

    PublishRequest publish(RemoteRepository repository) {
        return PublishRequest.defaults(dir, dir.resolve("target"), Optional.of(repository));
    }

    PrepareRequest request(PublishRequest publish) {
        return ReleaseFixture.request(dir).toBuilder().publish(Optional.of(publish))
                .releaseNotesDir(Optional.of(dir.resolve("target/release-process"))).build();
    }

    List<LedgerRecord> publications() throws IOException {
        try (GitLedger ledger = GitLedger.open(dir)) {
            return ledger.read().history().publications();
        }
    }

    /** The snapshot without the ledger's ref, which records the failed publication. */
    static String withoutLedger(String snapshot) {
        return snapshot.lines().filter(l -> !l.startsWith(GitLedger.REF))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    boolean tagExists() throws IOException {
        try (Git git = Git.open(dir.toFile())) {
            return git.getRepository().exactRef("refs/tags/v1.3.0") != null;
        }
    }

    @Nested
    class FileRepository {

        @Test
        void shouldPublishAfterTheTagFromACleanCopyOfIt() throws Exception {
            ReleaseFixture.create(dir);
            Path repository = elsewhere.resolve("repo");
            Files.createDirectories(repository.resolve("com/example/demo"));
            Files.writeString(repository.resolve("com/example/demo/maven-metadata.xml"),
                    "<metadata><versioning><versions><version>1.2.0</version></versions>"
                            + "</versioning></metadata>");

            PrepareResult result = new Releaser(reporter, stagingBuild).prepare(request(
                    publish(RemoteRepository.of("releases", repository.toUri()))), false);

            assertEquals(2, builds.size(), "test build and publish build");
            BuildInvocation publishBuild = builds.get(1);
            assertEquals(List.of("deploy"), publishBuild.goals());
            assertEquals(List.of("release"), publishBuild.profiles());
            Path copy = dir.resolve("target/release-process/publish-1.3.0");
            assertEquals(copy.resolve("pom.xml"), publishBuild.pomFile());
            assertTrue(Files.readString(copy.resolve("pom.xml")).contains("<version>1.3.0<"),
                    "the copy holds the tagged POM");
            assertTrue(Files.exists(repository.resolve("com/example/demo/1.3.0/demo-1.3.0.jar")));
            String metadata = Files.readString(repository.resolve(
                    "com/example/demo/maven-metadata.xml"));
            assertTrue(metadata.contains("<version>1.2.0</version>")
                    && metadata.contains("<version>1.3.0</version>"), metadata);
            assertEquals(io.github.releaseprocess.publish.MavenMetadataAccess.sha1(metadata),
                    Files.readString(repository.resolve(
                            "com/example/demo/maven-metadata.xml.sha1")));
            assertFalse(Files.exists(dir.resolve(".git/release-process")), "journal left");
            List<String> steps = result.steps().stream().map(s -> s.substring(0, s.indexOf(':')))
                    .toList();
            assertEquals(List.of("changelog", "release-version", "test-build", "release-commit",
                    "tag", "publish", "development-version"), steps);
            List<LedgerRecord> published = publications();
            assertEquals(List.of("planned", "succeeded"), published.stream()
                    .map(r -> r.outcome().id()).toList());
            assertEquals(6, published.get(1).publication().orElseThrow().files().size());
            Path notes = dir.resolve("target/release-process/release-notes-1.3.0.md");
            assertTrue(Files.readString(notes).startsWith("### Added\n\n- Pagination"),
                    Files.readString(notes));
            assertEquals(Files.readString(notes), result.notes().orElseThrow().markdown());
            List<String> status = new StatusReport(
                    GitLedger.open(dir).read(), List.of(), Optional.empty()).lines();
            assertTrue(status.stream().anyMatch(l -> l.contains("1.3.0 to releases: succeeded,"
                    + " 6 files")), String.join("\n", status));
        }

        @Test
        void shouldUndoTheCommitAndTagWhenThePublishBuildFailsBeforeAnyUpload()
                throws Exception {
            ReleaseFixture.create(dir);
            String before = withoutLedger(ReleaseFixture.snapshot(dir, true));
            BuildRunner failingPublish = (invocation, output) -> {
                builds.add(invocation);
                return invocation.goals().contains("deploy")
                        ? new BuildResult(1, false, Optional.empty()) : BuildResult.succeeded();
            };

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    reporter, failingPublish).prepare(request(publish(RemoteRepository.of(
                            "releases", elsewhere.resolve("repo").toUri()))), false));

            assertTrue(e.getMessage().contains("failed at step 'publish'"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing left the machine"), e.getMessage());
            assertEquals(before, withoutLedger(ReleaseFixture.snapshot(dir, true)));
            assertFalse(Files.exists(elsewhere.resolve("repo")));
            assertEquals("failed", publications().get(1).outcome().id());
        }
    }

    @Nested
    class Plan {

        @Test
        void shouldRefuseBeforeTheTagWhenThereIsNowhereToPublish() throws Exception {
            ReleaseFixture.create(dir);
            String before = ReleaseFixture.snapshot(dir, true);

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    reporter, stagingBuild).prepare(request(PublishRequest.defaults(dir,
                            dir.resolve("target"), Optional.empty())), false));

            assertTrue(e.getMessage().contains("publish: there is no repository to publish 1.3.0"
                    + " to: add <distributionManagement><repository>"), e.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            assertEquals(List.of(), builds);
        }

        @Test
        void shouldPlanThePublicationAndItsNotesInTheDryRun() throws Exception {
            ReleaseFixture.create(dir);

            PrepareResult plan = new Releaser(reporter, stagingBuild).prepare(request(publish(
                    RemoteRepository.of("releases", elsewhere.toUri()))), true);

            assertTrue(plan.steps().contains("publish: build v1.3.0 in a clean copy under"
                    + " release-process/ (mvn deploy -Prelease), stage in staging/, upload to"
                    + " releases (" + elsewhere.toUri() + ")"), plan.steps().toString());
            assertTrue(plan.notes().orElseThrow().markdown().startsWith("### Added\n\n"
                    + "- Pagination of the orders endpoint."), plan.notes().toString());
            assertFalse(Files.exists(dir.resolve("target/release-process")));
            assertEquals(List.of(), builds);
        }
    }

    @Nested
    class HttpRepository {

        @Test
        void shouldKeepTheReleaseWhenTheUploadStopsHalfwayAndResumeWithTheMissingFiles()
                throws Exception {
            ReleaseFixture.create(dir);
            try (RepositoryServer server = new RepositoryServer()) {
                server.requireAuthorization("Basic " + java.util.Base64.getEncoder()
                        .encodeToString("deployer:s3cret".getBytes(StandardCharsets.UTF_8)));
                server.failFrom(3);
                PublishRequest publish = publish(RemoteRepository.of("releases", server.url())
                        .withCredentials(Optional.of("deployer"), Optional.of("s3cret")));

                RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                        reporter, stagingBuild).prepare(request(publish), false));

                assertTrue(e.getMessage().contains("stopped at step 'publish'"), e.getMessage());
                assertTrue(e.getMessage().contains("2 of 6 files reached releases"),
                        e.getMessage());
                assertTrue(e.getMessage().contains("-Drelease-process.resume"), e.getMessage());
                assertFalse(e.getMessage().contains("s3cret"));
                assertTrue(tagExists(), "the tag stays with what reached the server");
                assertTrue(Files.exists(dir.resolve(".git/release-process/journal.json")));
                assertEquals(2, server.files().size());
                assertFalse(server.files().keySet().stream().anyMatch(p -> p.contains(
                        "maven-metadata")), "no metadata names 1.3.0 before all files are there");

                server.failFrom(Integer.MAX_VALUE);
                int builtBefore = builds.size();
                new Releaser(reporter, stagingBuild).resume(request(publish));

                assertEquals(builtBefore, builds.size(), "the staged files were uploaded as"
                        + " they were, without building again");
                assertEquals(6, server.files().size());
                assertEquals(7, server.puts().size(), "2 + the refused one + the 4 missing");
                assertFalse(Files.exists(dir.resolve(".git/release-process")));
                assertEquals("succeeded", publications().get(publications().size() - 1)
                        .outcome().id());
                String pom = Files.readString(dir.resolve("pom.xml"));
                assertTrue(pom.contains("1.3.1-SNAPSHOT"), "resume finished the release");
            }
        }
    }

    @Nested
    class StagingGone {

        @Test
        void shouldBuildAgainAndUploadEverythingWhenTheStagedFilesAreGone() throws Exception {
            ReleaseFixture.create(dir);
            try (RepositoryServer server = new RepositoryServer()) {
                server.failFrom(3);
                PublishRequest publish = publish(RemoteRepository.of("releases", server.url()));
                assertThrows(RefusalException.class, () -> new Releaser(reporter, stagingBuild)
                        .prepare(request(publish), false));
                Publisher.clean(dir.resolve("target/staging")); // mvn clean in between
                server.failFrom(Integer.MAX_VALUE);

                new Releaser(reporter, stagingBuild).resume(request(publish));

                assertEquals(3, builds.size(), "test build, publish build, publish build again");
                assertEquals(2 + 1 + 6, server.puts().size(), "all six again");
                assertTrue(log.contains("WARN The files staged for 1.3.0 are gone: building it"
                        + " again and uploading all its files again (a file or HTTP repository"
                        + " takes them again; the 2 that reached it before are replaced, so that"
                        + " signatures and jars match)"), String.join("\n", log));
            }
        }
    }

    @Nested
    class Push {

        @Test
        void shouldKeepThePublishedReleaseWhenThePushFailsAndRetryOnlyThePush()
                throws Exception {
            ReleaseFixture.create(dir);
            Path remote = elsewhere.resolve("remote.git");
            String diverged;
            try (Git bare = Git.init().setBare(true).setDirectory(remote.toFile()).call();
                    Git git = Git.open(dir.toFile())) {
                git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toURL()))
                        .call();
                git.push().setRemote("origin").add("main").call();
                // Someone else pushed to main meanwhile: the release's push is refused.
                Path other = elsewhere.resolve("other");
                try (Git clone = Git.cloneRepository().setURI(remote.toUri().toString())
                        .setBranch("main").setDirectory(other.toFile()).call()) {
                    Files.writeString(other.resolve("other.txt"), "x");
                    clone.add().addFilepattern("other.txt").call();
                    clone.commit().setMessage("docs: other").setAuthor("o", "o@example.invalid")
                            .setCommitter("o", "o@example.invalid").setSign(false).call();
                    clone.push().call();
                }
                diverged = bare.getRepository().resolve("refs/heads/main").name();
            }
            Path repository = elsewhere.resolve("repo");
            PrepareRequest request = request(publish(RemoteRepository.of("releases",
                    repository.toUri()))).toBuilder().push(true).remote("origin").build();

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(reporter, stagingBuild).prepare(request, false));

            assertTrue(e.getMessage().contains("stopped at step 'push'"), e.getMessage());
            assertTrue(e.getMessage().contains("it retries only the push"), e.getMessage());
            assertTrue(tagExists());
            assertTrue(Files.exists(repository.resolve("com/example/demo/1.3.0/demo-1.3.0.jar")),
                    "published before the push");
            assertTrue(Files.exists(dir.resolve(".git/release-process/journal.json")));

            // The operator takes the other commit back out of main, and resumes.
            try (Git bare = Git.open(remote.toFile())) {
                RefUpdate update = bare.getRepository().updateRef("refs/heads/main");
                update.setNewObjectId(bare.getRepository().resolve(diverged + "~1"));
                update.setForceUpdate(true);
                update.update();
            }
            int builtBefore = builds.size();
            long uploadedBefore = Files.getLastModifiedTime(repository.resolve(
                    "com/example/demo/1.3.0/demo-1.3.0.jar")).toMillis();
            new Releaser(reporter, stagingBuild).resume(request);

            assertEquals(builtBefore, builds.size(), "nothing was built again");
            assertEquals(uploadedBefore, Files.getLastModifiedTime(repository.resolve(
                    "com/example/demo/1.3.0/demo-1.3.0.jar")).toMillis(), "nor uploaded");
            try (Git bare = Git.open(remote.toFile())) {
                assertTrue(bare.getRepository().exactRef("refs/tags/v1.3.0") != null);
            }
            assertFalse(Files.exists(dir.resolve(".git/release-process")));
        }
    }

    @Nested
    class Central {

        BuildRunner recorded(String name, PortalFake portal) {
            return (invocation, output) -> {
                builds.add(invocation);
                if (!invocation.goals().contains("deploy")) {
                    return BuildResult.succeeded();
                }
                String text;
                try (var in = PublishReleaseTest.class.getResourceAsStream("/central/" + name)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                text.replace("@PORTAL@", portal.url().toString()).lines().forEach(output);
                return text.contains("BUILD FAILURE") ? new BuildResult(1, false,
                        Optional.empty()) : BuildResult.succeeded();
            };
        }

        PublishRequest central(CentralWait wait) {
            return PublishRequest.defaults(dir, dir.resolve("target"), Optional.empty())
                    .withCentralWait(wait).withPortal(Optional.empty(), Optional.of("dG9rZW4="))
                    .withCentralTimeout(Duration.ofSeconds(3)).withCentralPlugin(true);
        }

        @Test
        void shouldRecordTheDeploymentAndPublishItAfterThePush() throws Exception {
            ReleaseFixture.create(dir);
            Path remote = elsewhere.resolve("remote.git");
            try (Git bare = Git.init().setBare(true).setDirectory(remote.toFile()).call();
                    Git git = Git.open(dir.toFile())) {
                git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toURL()))
                        .call();
            }
            try (PortalFake portal = new PortalFake()) {
                portal.states(DEPLOYMENT, "VALIDATED");

                PrepareResult result = new Releaser(reporter, recorded("publish-validated.log",
                        portal)).prepare(request(central(CentralWait.PUBLISHED)).toBuilder()
                                .push(true).build(), false);

                List<String> steps = result.steps().stream()
                        .map(s -> s.substring(0, s.indexOf(':'))).toList();
                assertEquals(List.of("changelog", "release-version", "test-build",
                        "release-commit", "tag", "publish", "development-version", "push",
                        "central-published"), steps);
                assertEquals(List.of("status " + DEPLOYMENT, "status " + DEPLOYMENT,
                        "publish " + DEPLOYMENT, "status " + DEPLOYMENT, "status "
                                + DEPLOYMENT), portal.calls());
                LedgerRecord last = publications().get(publications().size() - 1);
                assertEquals("central", last.environment());
                assertEquals(Optional.of(DEPLOYMENT), last.publication().orElseThrow()
                        .deploymentId());
                assertEquals(Optional.of("PUBLISHED"), last.publication().orElseThrow()
                        .deploymentState());
            }
        }

        @Test
        void shouldGoOnWaitingByIdOnResumeInsteadOfUploadingAgain() throws Exception {
            ReleaseFixture.create(dir);
            try (PortalFake portal = new PortalFake()) {
                portal.failWith(503);
                BuildRunner runner = recorded("publish-uploaded.log", portal);
                String id = "7c1d9e2a-3b4c-4d5e-8f90-a1b2c3d4e5f6";

                RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                        reporter, runner).prepare(request(central(CentralWait.VALIDATED)),
                                false));

                assertTrue(e.getMessage().contains("stopped at step 'publish'"), e.getMessage());
                assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
                assertTrue(tagExists());
                String journal = Files.readString(dir.resolve(
                        ".git/release-process/journal.json"));
                assertTrue(journal.contains(id), journal);

                portal.failWith(0);
                portal.states(id, "VALIDATING", "VALIDATED");
                int builtBefore = builds.size();
                new Releaser(reporter, runner).resume(request(central(CentralWait.VALIDATED)));

                assertEquals(builtBefore, builds.size(), "no second upload");
                assertEquals(List.of("status " + id, "status " + id), portal.calls().stream()
                        .filter(c -> !c.startsWith("refused")).toList());
                assertFalse(Files.exists(dir.resolve(".git/release-process")));
            }
        }

        @Test
        void shouldSayWhatTheFailedDeploymentHoldsAndKeepTheRelease() throws Exception {
            ReleaseFixture.create(dir);
            try (PortalFake portal = new PortalFake()) {
                RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                        reporter, recorded("publish-failed.log", portal)).prepare(
                                request(central(CentralWait.VALIDATED)), false));

                assertTrue(e.getMessage().contains("deployment 5e4d3c2b-1a09-4f8e-b7d6"
                        + "-c5b4a3928170 of it (FAILED)"), e.getMessage());
                assertTrue(e.getMessage().contains("-Drelease-process.abort"), e.getMessage());

                new Releaser(reporter, recorded("publish-failed.log", portal))
                        .abort(request(central(CentralWait.VALIDATED)));
                assertFalse(tagExists(), "abort undid the local tag");
                assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN Central deployment"
                        + " 5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170 of 1.3.0 (FAILED) stays on the"
                        + " Portal")), String.join("\n", log));
            }
        }
    }
}
