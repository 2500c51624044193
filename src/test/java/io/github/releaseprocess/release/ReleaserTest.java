package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.BuildResult;
import io.github.releaseprocess.deploy.BuildRunner;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaserTest {

    @TempDir
    Path dir;

    private final List<List<String>> builds = new ArrayList<>();
    private final BuildRunner passingBuild = (invocation, output) -> {
        builds.add(invocation.goals());
        output.accept("BUILD SUCCESS");
        return BuildResult.succeeded();
    };

    @Nested
    class Release {

        @Test
        void shouldReleaseCommitTagAndStartTheNextVersion() throws Exception {
            ReleaseFixture.create(dir);

            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ReleaseFixture.request(dir), false);

            assertEquals("1.3.0", result.version().toString());
            assertEquals(List.of(List.of("clean", "verify")), builds);
            String pom = Files.readString(dir.resolve("pom.xml"));
            assertEquals(ReleaseFixture.POM.replace("1.2.1-SNAPSHOT", "1.3.1-SNAPSHOT"), pom);
            String changelog = Files.readString(dir.resolve("CHANGELOG.md"));
            assertTrue(changelog.contains("## [Unreleased]\n\n## [1.3.0] - 2026-11-26\n\n### Added"),
                    changelog);
            try (Git git = Git.open(dir.toFile())) {
                List<String> log = new ArrayList<>();
                git.log().setMaxCount(3).call().forEach(c -> log.add(c.getShortMessage()));
                assertEquals(List.of("chore(release): start 1.3.1-SNAPSHOT development",
                        "chore(release): 1.3.0", "feat(api): paginate"), log);
                assertTrue(git.status().call().isClean());
                String tagged = git.getRepository().getRefDatabase().peel(
                        git.getRepository().exactRef("refs/tags/v1.3.0")).getPeeledObjectId().name();
                assertEquals(git.getRepository().resolve("HEAD~1").name(), tagged);
            }
            String snapshot = ReleaseFixture.snapshot(dir, false);
            assertTrue(snapshot.contains("tag[v1.3.0: Release 1.3.0\n\n### Added\n\n"
                    + "- Pagination of the orders endpoint."), snapshot);
            assertFalse(Files.exists(dir.resolve(".git/release-process")), "journal left behind");
        }

        @Test
        void shouldEndTheTagMessageWithTheLinkToReportAProblem() throws Exception {
            ReleaseFixture.create(dir);

            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(dir)
                    .toBuilder().problemReport(io.github.releaseprocess.feedback.ProblemReportLink
                            .of("GitHub", "https://github.com/acme/demo/issues")).build(), false);

            String snapshot = ReleaseFixture.snapshot(dir, false);
            assertTrue(snapshot.contains("- A null check.\n\nReport a problem"
                    + " with 1.3.0: https://github.com/acme/demo/issues/new?title=Problem+with+1.3.0]"),
                    snapshot);
        }

        @Test
        void shouldLeaveNothingBehindWhenTheTestBuildFails() throws Exception {
            ReleaseFixture.create(dir);
            String before = ReleaseFixture.snapshot(dir, true);

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT,
                            (invocation, out) -> new BuildResult(1, false, Optional.empty()))
                            .prepare(ReleaseFixture.request(dir), false));

            assertTrue(e.getMessage().startsWith("The release of 1.3.0 failed at step 'test-build':"
                    + " the test build of 1.3.0 failed"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing is left behind: files, commits and tags"
                    + " are as they were."), e.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            assertFalse(Files.exists(dir.resolve(".git/release-process")));
        }

        @Test
        void shouldChangeNothingInADryRun() throws Exception {
            ReleaseFixture.create(dir);
            String before = ReleaseFixture.snapshot(dir, true);

            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ReleaseFixture.request(dir), true);

            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            assertTrue(builds.isEmpty());
            assertTrue(result.dryRun());
            assertEquals(List.of("CHANGELOG.md", "pom.xml"),
                    result.changes().stream().map(PrepareResult.FileDiff::path).toList());
            String pomDiff = result.changes().get(1).diff();
            assertTrue(pomDiff.contains("-  <version>1.2.1-SNAPSHOT</version>\n"
                    + "+  <version>1.3.0</version>"), pomDiff);
            assertEquals(List.of("changelog", "release-version", "test-build", "release-commit",
                    "tag", "development-version"),
                    result.steps().stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
        }
    }

    @Nested
    class Gates {

        @Test
        void shouldListEveryFailedGateAndChangeNothing() throws Exception {
            ReleaseFixture.create(dir);
            // Someone tagged v1.3.0 on another branch already.
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.branch("experiment").commitFile("src/Experiment.java", "feat: experiment")
                        .tag("v1.3.0").checkout("main");
            }
            Files.writeString(dir.resolve("pom.xml"), ReleaseFixture.POM + "<!-- local edit -->\n");
            String before = ReleaseFixture.snapshot(dir, true);
            PrepareRequest request = ReleaseFixture.request(dir);
            request = request.toBuilder()
                    .snapshotDependencies(List.of("demo: org.acme:lib:2.0-SNAPSHOT")).build();
            PrepareRequest finalRequest = request;

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(finalRequest, false));

            String message = e.getMessage();
            assertTrue(message.startsWith("The release of 1.3.0 is refused by 3 gates:"), message);
            assertTrue(message.contains("clean working tree: 1 uncommitted change; commit or stash"
                    + " them ('git stash -u')"), message);
            assertTrue(message.contains("    pom.xml"), message);
            assertTrue(message.contains("release tag: the tag v1.3.0 exists already"), message);
            assertTrue(message.contains("    demo: org.acme:lib:2.0-SNAPSHOT"), message);
            assertTrue(message.endsWith("Nothing was changed."), message);
            assertEquals(before, ReleaseFixture.snapshot(dir, true));

            // A dry run hands back the plan with the same verdict, for the report and the JSON.
            PrepareResult plan = new Releaser(Reporter.SILENT, passingBuild).prepare(finalRequest, true);
            assertEquals(message, Releaser.refusalOf(plan).orElseThrow().getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
        }

        /**
         * <pre>
         * * feat: too big for a hotfix   (HEAD, hotfix/1.2.1)
         * * fix: the actual fix
         * | * (main moves on)
         * |/
         * * … (v1.2.0)
         * </pre>
         */
        @Test
        void shouldReleaseOnlyPatchesOnAHotfixLine() throws Exception {
            ReleaseFixture.create(dir);
            String featId;
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.git().checkout().setCreateBranch(true).setName("hotfix/1.2.1")
                        .setStartPoint("v1.2.0").call();
                Files.writeString(dir.resolve("pom.xml"), ReleaseFixture.POM);
                git.commitAll("fix: the actual fix\n\nReviewed-by: R <r@example.invalid>");
                git.commitFile("src/Big.java", "feat: too big for a hotfix");
                featId = git.lastId().substring(0, 7);
            }
            PrepareRequest request = ReleaseFixture.request(dir);
            PrepareRequest noChangelog = request.toBuilder()
                    .gates(new GateSettings(true, false, GateSettings.DEFAULT_BRANCHES,
                            GateSettings.Review.NONE, false, true))
                    .changelog(Optional.empty()).build();

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(noChangelog, false));

            assertTrue(e.getMessage().contains("hotfix line: a hotfix branch releases patch versions"
                    + " only, and 1.3.0 is not one; these commits need more than a patch: move them"
                    + " to main"), e.getMessage());
            assertTrue(e.getMessage().contains("    " + featId + " feat: too big for a hotfix (minor)"),
                    e.getMessage());
        }

        @Test
        void shouldRequireReviewWhenConfigured() throws Exception {
            ReleaseFixture.create(dir);
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.commitFile("src/Other.java", "fix: unreviewed change");
            }
            PrepareRequest request = ReleaseFixture.request(dir);
            GateSettings strict = new GateSettings(true, false, GateSettings.DEFAULT_BRANCHES,
                    GateSettings.Review.REQUIRE, true, true);
            PrepareRequest reviewed = request.toBuilder().gates(strict).build();

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(reviewed, false));
            assertTrue(e.getMessage().contains("code review: 1 commit has no Reviewed-by:/Approved-by:"
                    + " trailer and came in without a merge"), e.getMessage());
            assertTrue(e.getMessage().contains("fix: unreviewed change"), e.getMessage());
        }
    }

    /**
     * The hard way: a child JVM runs the release and halts (as if killed) right after each step;
     * then resume must give what an uninterrupted release gives, and abort exactly what was there.
     */
    @Nested
    class Interrupted {

        @ParameterizedTest
        @ValueSource(strings = {"changelog", "release-version", "test-build", "release-commit",
            "tag", "development-version"})
        void shouldResumeOrAbortAfterAKillAtEveryStep(String step) throws Exception {
            Path reference = dir.resolve("reference");
            ReleaseFixture.create(reference);
            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(reference), false);
            String released = ReleaseFixture.snapshot(reference, false);

            Path resumed = dir.resolve("resumed");
            ReleaseFixture.create(resumed);
            assertEquals(TestHooks.HALT_STATUS, child(resumed, "prepare", "haltAfterStep", step));
            assertTrue(Files.exists(resumed.resolve(".git/release-process/journal.json")));
            RefusalException pending = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild)
                            .prepare(ReleaseFixture.request(resumed), false));
            assertTrue(pending.getMessage().contains("-Drelease-process.resume"), pending.getMessage());
            assertEquals(0, child(resumed, "resume", "none", ""));
            assertEquals(released, ReleaseFixture.snapshot(resumed, false));

            Path aborted = dir.resolve("aborted");
            ReleaseFixture.create(aborted);
            String original = ReleaseFixture.snapshot(aborted, true);
            assertEquals(TestHooks.HALT_STATUS, child(aborted, "prepare", "haltAfterStep", step));
            assertEquals(0, child(aborted, "abort", "none", ""));
            assertEquals(original, ReleaseFixture.snapshot(aborted, true));
            assertFalse(Files.exists(aborted.resolve(".git/release-process")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"release-version", "release-commit", "development-version"})
        void shouldRedoAStepKilledHalfway(String step) throws Exception {
            Path reference = dir.resolve("reference");
            ReleaseFixture.create(reference);
            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(reference), false);

            Path resumed = dir.resolve("resumed");
            ReleaseFixture.create(resumed);
            assertEquals(TestHooks.HALT_STATUS, child(resumed, "prepare", "haltInStep", step));
            assertEquals(0, child(resumed, "resume", "none", ""));
            assertEquals(ReleaseFixture.snapshot(reference, false), ReleaseFixture.snapshot(resumed, false));
        }

        private int child(Path project, String mode, String hook, String step) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Drelease-process.test." + hook + "=" + step,
                    "-cp", System.getProperty("java.class.path"),
                    ReleaseChild.class.getName(), project.toString(), mode));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(new File(dir.toFile(), "child.log")))
                    .start();
            int status = process.waitFor();
            if (status != 0 && status != TestHooks.HALT_STATUS) {
                throw new AssertionError("child failed: " + Files.readString(dir.resolve("child.log"),
                        StandardCharsets.UTF_8));
            }
            return status;
        }
    }
}
