package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.ChildJvm;
import io.github.releaseprocess.testing.CollectingReporter;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.io.File;
import java.io.IOException;
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
            assertTrue(e.getMessage().endsWith("Nothing is left behind: files, index, commits and tags"
                    + " are as they were."), e.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            assertFalse(Files.exists(dir.resolve(".git/release-process")));
        }

        /** The dry run is the step list simulated: the real run executes exactly that plan. */
        @Test
        void shouldExecuteThePlanTheDryRunPrints() throws Exception {
            Path rehearsed = dir.resolve("rehearsed");
            Path released = dir.resolve("released");
            ReleaseFixture.create(rehearsed);
            ReleaseFixture.create(released);
            String before = ReleaseFixture.head(released);

            PrepareResult plan = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ReleaseFixture.request(rehearsed), true);
            PrepareResult done = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ReleaseFixture.request(released), false);

            assertEquals(plan.steps(), done.steps());
            assertEquals(6, done.steps().size());
            // Every diff the dry run shows is the change the release commit made to that file.
            try (Git git = Git.open(released.toFile())) {
                org.eclipse.jgit.lib.Repository repo = git.getRepository();
                List<String> committed = new ArrayList<>();
                try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
                    org.eclipse.jgit.revwalk.RevCommit release = walk.parseCommit(
                            repo.resolve("v1.3.0^{commit}"));
                    assertEquals(before, release.getParent(0).name());
                    for (PrepareResult.FileDiff change : plan.changes()) {
                        byte[] old = read(repo, walk.parseCommit(release.getParent(0)), change.path());
                        byte[] now = read(repo, release, change.path());
                        committed.add(io.github.releaseprocess.history.TextDiff.unified(
                                change.path(), old, now));
                    }
                }
                assertEquals(plan.changes().stream().map(PrepareResult.FileDiff::diff).toList(),
                        committed);
            }
        }

        private static byte[] read(org.eclipse.jgit.lib.Repository repo,
                org.eclipse.jgit.revwalk.RevCommit commit, String path) throws IOException {
            try (org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk
                    .forPath(repo, path, commit.getTree())) {
                return repo.open(tree.getObjectId(0)).getBytes();
            }
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

        /**
         * sdk-platform-java: markers for artifacts that versions.txt does not list were warned
         * about per line, and twice (the release version's plan, then the development
         * version's); now one warning sums them up, once per run.
         */
        @Test
        void shouldWarnOnceAboutMarkersThatVersionsTxtDoesNotList() throws Exception {
            ReleaseFixture.create(dir);
            Files.writeString(dir.resolve("versions.txt"), "demo:1.2.0:1.2.1-SNAPSHOT\n");
            Files.createDirectories(dir.resolve("golden"));
            Files.writeString(dir.resolve("golden/pom.xml"), "<version>0.2.0</version>"
                    + "<!-- {x-version-update:ad-manager:current} -->\n");
            try (Git git = Git.open(dir.toFile())) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("fix: golden files\n\nReviewed-by: A <a@example.invalid>")
                        .setAuthor("T", "t@example.invalid").setCommitter("T", "t@example.invalid")
                        .setSign(false).call();
            }
            CollectingReporter collecting = new CollectingReporter();
            List<String> warnings = collecting.warnings;

            new Releaser(collecting, passingBuild).prepare(ReleaseFixture.request(dir), true);

            assertEquals(1, warnings.stream().filter(w -> w.contains("x-version-update")).count(),
                    warnings.toString());
            assertTrue(warnings.contains("1 x-version-update marker in golden/pom.xml names an"
                    + " artifact that versions.txt does not list (ad-manager): that line is left"
                    + " as it is (-X lists them)"), warnings.toString());
        }
    }

    /** Issue 9: a changelog path that leaves the project is refused before anything is written. */
    @Nested
    class ChangelogOutside {

        @TempDir
        Path outside;

        @Test
        void shouldRefuseAChangelogOutsideTheProjectAndWriteNothing() throws Exception {
            Path project = dir.resolve("project");
            ReleaseFixture.create(project);
            Path elsewhere = dir.resolve("x.md");
            Files.writeString(elsewhere, ReleaseFixture.CHANGELOG);
            String before = ReleaseFixture.snapshot(project, true);

            for (boolean dryRun : new boolean[] {true, false}) {
                RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                        Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(project)
                                .toBuilder().changelog(Optional.of(project.resolve("../x.md")))
                                .build(), dryRun));
                assertEquals("<changelog> " + elsewhere + " is outside the reactor root " + project
                        + "; the plugin only writes files of the project. Name a file inside it.",
                        e.getMessage());
            }
            assertEquals(ReleaseFixture.CHANGELOG, Files.readString(elsewhere));
            assertEquals(before, ReleaseFixture.snapshot(project, true));
            assertTrue(builds.isEmpty());
        }

        @Test
        void shouldRefuseAChangelogSymlinkThatLeadsOutside() throws Exception {
            ReleaseFixture.create(dir);
            Path target = outside.resolve("CHANGELOG.md");
            Files.writeString(target, ReleaseFixture.CHANGELOG);
            Files.createDirectories(dir.resolve("docs"));
            Files.createSymbolicLink(dir.resolve("docs/CHANGELOG.md"), target);
            Files.createSymbolicLink(dir.resolve("linked"), outside);

            for (String path : List.of("docs/CHANGELOG.md", "linked/CHANGELOG.md")) {
                RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                        Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(dir)
                                .toBuilder().changelog(Optional.of(dir.resolve(path))).build(),
                        false));
                assertTrue(e.getMessage().startsWith("<changelog> " + path + " leads outside the"
                        + " reactor root through a symlink (to " + target.toRealPath() + ")"),
                        e.getMessage());
            }
            assertEquals(ReleaseFixture.CHANGELOG, Files.readString(target));
            assertTrue(builds.isEmpty());
        }

        @Test
        void shouldReleaseThroughAChangelogSymlinkInsideTheProject() throws Exception {
            ReleaseFixture.create(dir);
            Files.createDirectories(dir.resolve("docs"));
            Files.move(dir.resolve("CHANGELOG.md"), dir.resolve("docs/CHANGELOG.md"));
            Files.createSymbolicLink(dir.resolve("CHANGELOG.md"), Path.of("docs/CHANGELOG.md"));
            try (Git git = Git.open(dir.toFile())) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("docs: move the changelog").setAuthor("T", "t@e.org")
                        .setCommitter("T", "t@e.org").setSign(false).call();
            }

            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(dir), false);

            assertTrue(Files.isSymbolicLink(dir.resolve("CHANGELOG.md")));
            assertTrue(Files.readString(dir.resolve("docs/CHANGELOG.md"))
                    .contains("## [1.3.0] - "));
        }
    }

    @Nested
    class Gates {

        /**
         * jhy/jsoup before 1.22.1: the POM said 1.22.1-SNAPSHOT (a minor raised by hand, the
         * maven-release-plugin habit), the free-form history said 1.21.3, and the release would
         * have set the POM back to 1.21.3 without a word.
         */
        @Test
        void shouldRefuseToMoveTheVersionBackwardsUnlessAsked() throws Exception {
            ReleaseFixture.create(dir);
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                Files.writeString(dir.resolve("pom.xml"),
                        ReleaseFixture.POM.replace("1.2.1-SNAPSHOT", "2.0.0-SNAPSHOT"));
                git.commitAll("chore: 2.0.0 is next\n\nReviewed-by: R <r@example.invalid>");
            }
            String before = ReleaseFixture.snapshot(dir, true);
            PrepareRequest request = ReleaseFixture.request(dir, "2.0.0-SNAPSHOT");

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(request, false));

            assertTrue(e.getMessage().contains("version order: pom.xml is at 2.0.0-SNAPSHOT, but"
                    + " the history asks for 1.3.0, which would move the version backwards;"
                    + " release 2.0.0 with -Drelease-process.releaseVersion=2.0.0"),
                    e.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));

            NextVersionRequest asked = new NextVersionRequest(request.versioning().policy(),
                    request.versioning().tagFormat(), request.versioning().initialVersion(),
                    Optional.empty(), Optional.of(Version.of(1, 3, 0)), false, false);
            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild).prepare(
                    PrepareRequest.builder(dir, "2.0.0-SNAPSHOT", asked)
                            .changelog(request.changelog()).today(request.today()).build(), true);
            assertEquals("1.3.0", result.version().toString());
        }

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

        /**
         * As maven-release-plugin: {@code <scm><tag>} names the release tag in the release commit
         * and {@code HEAD} in the next development commit, byte for byte otherwise; the next
         * release's review gate takes both commits for the plugin's own.
         */
        @Test
        void shouldWriteTheTagIntoScmTagAndHeadAfterIt() throws Exception {
            ReleaseFixture.create(dir);
            String pom = ReleaseFixture.POM.replace("</project>", "  <scm>\n"
                    + "    <connection>scm:git:https://example.invalid/demo.git</connection>\n"
                    + "    <tag>HEAD</tag>\n  </scm>\n</project>");
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                Files.writeString(dir.resolve("pom.xml"), pom);
                git.commitAll("build: scm\n\nReviewed-by: A Reviewer <r@example.invalid>");
            }
            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(dir), false);

            assertEquals(pom.replace("1.2.1-SNAPSHOT", "1.3.1-SNAPSHOT"),
                    Files.readString(dir.resolve("pom.xml")));
            try (Git git = Git.open(dir.toFile())) {
                org.eclipse.jgit.lib.Repository repo = git.getRepository();
                try (org.eclipse.jgit.treewalk.TreeWalk walk = org.eclipse.jgit.treewalk.TreeWalk
                        .forPath(repo, "pom.xml", repo.parseCommit(repo.resolve("v1.3.0^{commit}"))
                                .getTree())) {
                    String released = new String(repo.open(walk.getObjectId(0)).getBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    assertEquals(pom.replace("1.2.1-SNAPSHOT", "1.3.0")
                            .replace("<tag>HEAD</tag>", "<tag>v1.3.0</tag>"), released);
                }
            }

            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                Files.writeString(dir.resolve("src/Other.java"), "class Other {}\n");
                Path changelog = dir.resolve("CHANGELOG.md");
                Files.writeString(changelog, Files.readString(changelog).replace(
                        "## [Unreleased]\n", "## [Unreleased]\n\n### Fixed\n\n- Other.\n"));
                git.commitAll("fix: reviewed\n\nReviewed-by: A <a@example.invalid>");
            }
            GateSettings strict = new GateSettings(true, false, GateSettings.DEFAULT_BRANCHES,
                    GateSettings.Review.REQUIRE, true, true);
            PrepareResult second = new Releaser(Reporter.SILENT, passingBuild).prepare(
                    ReleaseFixture.request(dir, "1.3.1-SNAPSHOT").toBuilder().gates(strict).build(),
                    false);
            assertEquals("1.3.1", second.version().toString());
        }

        /**
         * googleapis/java-storage: sections of old releases edited by hand (an alert, a section of
         * prose) break the form's rules; a release neither reads nor writes them, so the gate
         * lets them pass with a warning, while the same text in the newest release stops it.
         */
        @Test
        void shouldLetErrorsInOlderReleasesPassTheChangelogGate() throws Exception {
            ReleaseFixture.create(dir);
            String handEdited = "## [1.1.0] - 2025-06-01\n\n### Preview of the orders API\n\n"
                    + "The first release with a preview of the orders API.\n";
            Path changelog = dir.resolve("CHANGELOG.md");
            String released = Files.readString(changelog);
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                Files.writeString(changelog, released.replace("## [1.2.0] - 2026-01-10",
                        "## [1.2.0] - 2026-01-10\n\n" + handEdited.substring(
                                handEdited.indexOf("### "))).stripTrailing() + "\n");
                git.commitAll("docs: a preview note\n\nReviewed-by: A <a@example.invalid>");
            }
            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(
                            ReleaseFixture.request(dir), false));
            assertTrue(e.getMessage().contains("CHANGELOG.md has 2 error(s)"), e.getMessage());

            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                Files.writeString(changelog, released + "\n" + handEdited);
                git.commitAll("docs: the preview note of 1.1.0\n\nReviewed-by: A <a@e.invalid>");
            }
            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ReleaseFixture.request(dir), false);

            assertEquals("1.3.0", result.version().toString());
            GateResult gate = result.gates().stream().filter(g -> g.gate().equals("changelog"))
                    .findFirst().orElseThrow();
            assertEquals(GateResult.Status.WARN, gate.status(), gate.toString());
            assertTrue(gate.message().endsWith("; 2 error(s) in older releases do not stop it (mvn"
                    + " release-process:validate-changelog lists them)"), gate.message());
            assertTrue(gate.items().get(0).contains("warning: Section 'Preview of the orders API'"),
                    gate.items().toString());
        }

        /** The fixture's POM as an aggregator of one module, whose version line is given. */
        private void writeModule(String module, String versionLine) throws IOException {
            Files.writeString(dir.resolve("pom.xml"), ReleaseFixture.POM.replace("</project>",
                    "  <packaging>pom</packaging>\n  <modules>\n    <module>" + module
                            + "</module>\n  </modules>\n</project>"));
            Files.createDirectories(dir.resolve(module));
            Files.writeString(dir.resolve(module + "/pom.xml"), ReleaseFixture.POM
                    .replace("<artifactId>demo</artifactId>", "<artifactId>" + module
                            + "</artifactId>")
                    .replace("<version>1.2.1-SNAPSHOT</version>", versionLine));
        }

        /**
         * zxing before 3.5.4: the root POM at 3.5.4, its modules still at 3.5.4-SNAPSHOT. A
         * single-version release moves only the modules at the root's version, so it would have
         * released SNAPSHOT modules; the SNAPSHOT gate names them.
         */
        @Test
        void shouldRefuseToReleaseModulesThatKeepASnapshotVersion() throws Exception {
            ReleaseFixture.create(dir);
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                writeModule("core", "<version>1.2.0-SNAPSHOT</version>");
                git.commitAll("build: core\n\nReviewed-by: A Reviewer <r@example.invalid>");
            }
            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(
                            ReleaseFixture.request(dir), false));
            assertTrue(e.getMessage().contains("core/pom.xml: com.example:core keeps its own"
                    + " version 1.2.0-SNAPSHOT"), e.getMessage());
            assertEquals(List.of(), builds);
        }

        /**
         * googleapis/java-pubsub before 1.150.0: google-cloud-pubsub at 1.149.1-SNAPSHOT, its
         * proto module at 1.131.1-SNAPSHOT with release-please's marker and a versions.txt row.
         * The gate took the proto module for one left behind, but the release moves it by its
         * own row, as release-please did (1.132.0).
         */
        @Test
        void shouldReleaseModulesWhoseOwnVersionVersionsTxtMoves() throws Exception {
            ReleaseFixture.create(dir);
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                writeModule("proto", "<version>0.9.1-SNAPSHOT</version>"
                        + "<!-- {x-version-update:proto:current} -->");
                Files.writeString(dir.resolve("versions.txt"), "# module:released:current\n"
                        + "demo:1.2.0:1.2.1-SNAPSHOT\nproto:0.9.0:0.9.1-SNAPSHOT\n");
                git.commitAll("build: proto\n\nReviewed-by: A Reviewer <r@example.invalid>");
            }
            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild).prepare(
                    ReleaseFixture.request(dir), false);

            assertEquals("1.3.0", result.version().toString());
            assertTrue(Files.readString(dir.resolve("proto/pom.xml")).contains(
                    "<version>0.10.1-SNAPSHOT</version><!-- {x-version-update:proto:current} -->"));
            assertEquals("# module:released:current\ndemo:1.3.0:1.3.1-SNAPSHOT\n"
                    + "proto:0.10.0:0.10.1-SNAPSHOT\n",
                    Files.readString(dir.resolve("versions.txt")));
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
            assertEquals(ReleaseChild.HALT_STATUS, child(resumed, "prepare", "after", step));
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
            assertEquals(ReleaseChild.HALT_STATUS, child(aborted, "prepare", "after", step));
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
            assertEquals(ReleaseChild.HALT_STATUS, child(resumed, "prepare", "in", step));
            assertEquals(0, child(resumed, "resume", "none", ""));
            assertEquals(ReleaseFixture.snapshot(reference, false), ReleaseFixture.snapshot(resumed, false));
        }

        /**
         * Killed as a step that records first starts, before that record: its start is not on
         * disk (it goes there with the record), nor is the end of the step before it. Resume
         * redoes the step before it and goes on; abort puts everything back.
         */
        @ParameterizedTest
        @ValueSource(strings = {"release-commit", "tag"})
        void shouldResumeOrAbortAfterAKillBeforeAStartIsSaved(String step) throws Exception {
            assertResumeAndAbortAfterHalt("in", step, journal -> !journal.contains("\"id\": \""
                    + step + "\""));
        }

        /**
         * Killed while closing its journal (the journal file is deleted first, then the
         * backups): an empty backup/ folder stayed, and abort and resume said there was nothing
         * to do and left it. They still say so, and remove what nothing reads any more.
         */
        @ParameterizedTest
        @ValueSource(strings = {"abort", "resume"})
        void shouldRemoveABackupFolderLeftWithoutAJournal(String action) throws Exception {
            ReleaseFixture.create(dir);
            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(dir), false);
            Files.createDirectories(dir.resolve(".git/release-process/backup"));

            Releaser releaser = new Releaser(Reporter.SILENT, passingBuild);
            RefusalException e = assertThrows(RefusalException.class, () -> {
                if (action.equals("abort")) {
                    releaser.abort(ReleaseFixture.request(dir));
                } else {
                    releaser.resume(ReleaseFixture.request(dir));
                }
            });

            assertTrue(e.getMessage().startsWith("There is no unfinished release to " + action),
                    e.getMessage());
            assertFalse(Files.exists(dir.resolve(".git/release-process")));
        }

        /** A resumed release keeps the release instant of the run that started it. */
        @Test
        void shouldKeepTheReleaseTimeOfTheInterruptedRunWhenResuming() throws Exception {
            Path resumed = dir.resolve("resumed");
            ReleaseFixture.create(resumed);
            assertEquals(ReleaseChild.HALT_STATUS, child(resumed, "prepare", "after",
                    "release-version"));
            long killedAt = System.currentTimeMillis() / 1000;
            Thread.sleep(2_100); // the resume runs in a later second
            assertEquals(0, child(resumed, "resume", "none", ""));
            try (Git git = Git.open(resumed.toFile())) {
                org.eclipse.jgit.lib.Repository repo = git.getRepository();
                try (org.eclipse.jgit.revwalk.RevWalk walk =
                        new org.eclipse.jgit.revwalk.RevWalk(repo)) {
                    org.eclipse.jgit.revwalk.RevCommit release = walk.parseCommit(
                            repo.resolve("v1.3.0^{commit}"));
                    assertTrue(release.getCommitTime() <= killedAt, "release commit at "
                            + release.getCommitTime() + ", the first run ended at " + killedAt);
                    org.eclipse.jgit.revwalk.RevTag tag = walk.parseTag(repo.resolve("v1.3.0"));
                    assertTrue(tag.getTaggerIdent().getWhenAsInstant().getEpochSecond() <= killedAt,
                            "tagged at " + tag.getTaggerIdent().getWhenAsInstant());
                }
            }
        }

        /** Killed after writing the POM: resume must not take 1.3.0 in the POM as the start. */
        @ParameterizedTest
        @ValueSource(strings = {"changelog", "release-version", "development-version"})
        void shouldRedoAStepKilledAfterItsFirstWrite(String step) throws Exception {
            assertResumeAndAbortAfterHalt("wrote", step, journal -> true);
        }

        /**
         * Halts a release in a child JVM at {@code where} of {@code step} (the journal it leaves
         * must pass {@code journalOnDisk}); resume then gives what an uninterrupted release
         * gives, and in a second project abort gives back exactly the original repository.
         */
        private void assertResumeAndAbortAfterHalt(String where, String step,
                java.util.function.Predicate<String> journalOnDisk) throws Exception {
            Path reference = dir.resolve("reference");
            ReleaseFixture.create(reference);
            new Releaser(Reporter.SILENT, passingBuild).prepare(ReleaseFixture.request(reference), false);

            Path resumed = dir.resolve("resumed");
            ReleaseFixture.create(resumed);
            assertEquals(ReleaseChild.HALT_STATUS, child(resumed, "prepare", where, step));
            String journal = Files.readString(resumed.resolve(".git/release-process/journal.json"));
            assertTrue(journalOnDisk.test(journal), journal);
            assertEquals(0, child(resumed, "resume", "none", ""));
            assertEquals(ReleaseFixture.snapshot(reference, false), ReleaseFixture.snapshot(resumed, false));

            Path aborted = dir.resolve("aborted");
            ReleaseFixture.create(aborted);
            String original = ReleaseFixture.snapshot(aborted, true);
            assertEquals(ReleaseChild.HALT_STATUS, child(aborted, "prepare", where, step));
            assertEquals(0, child(aborted, "abort", "none", ""));
            assertEquals(original, ReleaseFixture.snapshot(aborted, true));
            assertFalse(Files.exists(aborted.resolve(".git/release-process")));
        }
    }

    /** Undo acts on what the journal recorded, never on what happens to be checked out. */
    @Nested
    class Undo {

        /**
         * <pre>
         * * feat: feature work      (feature)     after the kill, the user goes on elsewhere
         * * chore(release): 1.3.0   (main, killed here)
         * * feat(api): paginate
         * </pre>
         */
        @Test
        void shouldAbortOnlyTheRecordedBranchAndKeepACommitOnAnotherOne() throws Exception {
            ReleaseFixture.create(dir);
            String original = ReleaseFixture.head(dir);
            assertEquals(ReleaseChild.HALT_STATUS, child(dir, "prepare", "after", "release-commit"));
            String feature;
            try (io.github.releaseprocess.testing.GitScenario git =
                         io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.branch("feature").commitFile("src/Feature.java", "feat: feature work");
                feature = git.lastId();
            }

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(dir, "1.3.0")));

            assertEquals("The unfinished release of 1.3.0 ran on main, and feature is checked"
                    + " out; nothing was changed. Check out main (git switch main) and run it"
                    + " again", e.getMessage());
            assertEquals(feature, ReleaseFixture.head(dir));
            try (Git git = Git.open(dir.toFile())) {
                git.checkout().setName("main").call();
            }
            new Releaser(Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(dir, "1.3.0"));
            try (Git git = Git.open(dir.toFile())) {
                assertEquals(original, git.getRepository().resolve("refs/heads/main").name());
                assertEquals(feature, git.getRepository().resolve("refs/heads/feature").name());
                assertEquals(null, git.getRepository().exactRef("refs/tags/v1.3.0"));
                assertTrue(git.status().call().isClean());
            }
        }

        @Test
        void shouldLeaveATagAloneThatNoLongerPointsAtTheRelease() throws Exception {
            ReleaseFixture.create(dir);
            assertEquals(ReleaseChild.HALT_STATUS, child(dir, "prepare", "after", "tag"));
            String users;
            try (Git git = Git.open(dir.toFile())) {
                git.tagDelete().setTags("v1.3.0").call();
                users = git.tag().setName("v1.3.0").setMessage("mine").setAnnotated(true)
                        .setObjectId(new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())
                                .parseCommit(git.getRepository().resolve("HEAD~2")))
                        .call().getObjectId().name();
            }

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(dir, "1.3.0")));

            assertTrue(e.getMessage().startsWith("The tag v1.3.0 is at " + users + ", which is"
                    + " neither where it was before this prepare (absent) nor what the step 'tag'"
                    + " made of it"), e.getMessage());
            try (Git git = Git.open(dir.toFile())) {
                assertEquals(users, git.getRepository().exactRef("refs/tags/v1.3.0")
                        .getObjectId().name());
            }
            assertTrue(Files.exists(dir.resolve(".git/release-process/journal.json")));
        }

        @Test
        void shouldLeaveNothingStagedWhenAPreCommitHookRejectsTheReleaseCommit() throws Exception {
            ReleaseFixture.create(dir);
            Path hook = dir.resolve(".git/hooks/pre-commit");
            Files.createDirectories(hook.getParent());
            Files.writeString(hook, "#!/bin/sh\necho 'no release commits today' >&2\nexit 1\n");
            hook.toFile().setExecutable(true);
            String before = ReleaseFixture.snapshot(dir, true);

            RefusalException e = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild)
                            .prepare(ReleaseFixture.request(dir), false));

            assertTrue(e.getMessage().startsWith("The release of 1.3.0 failed at step"
                    + " 'release-commit': git commit was refused by the pre-commit hook of "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("(it said: no release commits today); fix what it"
                    + " reports, or change the hook."), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing is left behind: files, index, commits and"
                    + " tags are as they were."), e.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            try (Git git = Git.open(dir.toFile())) {
                assertTrue(git.status().call().isClean(), git.status().call().getChanged()
                        .toString());
            }
        }

        @Test
        void shouldNameAnExceptionThatHasNoMessage() throws Exception {
            ReleaseFixture.create(dir);

            IOException e = assertThrows(IOException.class, () -> new Releaser(Reporter.SILENT,
                    (invocation, out) -> {
                        throw new IllegalStateException();
                    }).prepare(ReleaseFixture.request(dir), false));

            assertTrue(e.getMessage().startsWith("The release of 1.3.0 failed at step"
                    + " 'test-build': an unexpected IllegalStateException at "), e.getMessage());
            assertFalse(e.getMessage().contains("null"), e.getMessage());
        }
    }

    /** One release at a time, and its own test build runs the goals normally. */
    @Nested
    class Lock {

        @Test
        void shouldLetOnlyTheReleasesOwnTestBuildRunWhileItRuns() throws Exception {
            ReleaseFixture.create(dir);
            List<String> seen = new ArrayList<>();
            BuildRunner nested = (invocation, output) -> {
                try (io.github.releaseprocess.history.GitRepository repository =
                             io.github.releaseprocess.history.GitRepository.open(dir)) {
                    ReleaseJournal.refuseIfPending(repository, Optional.of(
                            invocation.environment().get(ReleaseLock.TOKEN_VARIABLE)));
                    seen.add("own test build runs");
                    RefusalException other = assertThrows(RefusalException.class,
                            () -> ReleaseJournal.refuseIfPending(repository, Optional.of("forged")));
                    seen.add(other.getMessage());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return BuildResult.succeeded();
            };

            new Releaser(Reporter.SILENT, nested).prepare(ReleaseFixture.request(dir), false);

            assertEquals("own test build runs", seen.get(0));
            assertTrue(seen.get(1).matches("Another release-process run \\(prepare, PID "
                    + ProcessHandle.current().pid() + ", started 20\\d\\d-.*Z\\) is changing this"
                    + " repository; wait for it to finish \\(the lock is"
                    + " \\.git/release-process\\.lock\\)"), seen.get(1));
        }

        @Test
        void shouldRefuseASecondReleaseWhileTheFirstRunsAndNotCallItInterrupted() throws Exception {
            ReleaseFixture.create(dir);
            List<String> command = ChildJvm.command(
                    ReleaseChild.class, dir.toString(), "prepare", "hold", "test-build");
            Process first = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (!Files.exists(dir.resolve(".git/release-process/journal.json"))
                        || !Files.readString(dir.resolve(".git/release-process/journal.json"))
                                .contains("test-build")) {
                    assertTrue(first.isAlive(), "the first run ended early");
                    assertTrue(System.nanoTime() < deadline, "the first run did not start");
                    Thread.sleep(100);
                }
                for (String mode : List.of("prepare", "resume", "abort")) {
                    RefusalException e = assertThrows(RefusalException.class, () -> {
                        Releaser second = new Releaser(Reporter.SILENT, passingBuild);
                        switch (mode) {
                            case "prepare" -> second.prepare(ReleaseFixture.request(dir), false);
                            case "resume" -> second.resume(ReleaseFixture.request(dir, "1.3.0"));
                            default -> second.abort(ReleaseFixture.request(dir, "1.3.0"));
                        }
                    }, mode);
                    assertTrue(e.getMessage().startsWith("Another release-process run (prepare,"
                            + " PID " + first.pid() + ", started "), mode + ": " + e.getMessage());
                    assertFalse(e.getMessage().contains("interrupted"), e.getMessage());
                }
                RefusalException other = assertThrows(RefusalException.class,
                        () -> ReleaseJournal.refuseIfPendingAt(dir));
                assertTrue(other.getMessage().startsWith("Another release-process run"),
                        other.getMessage());
            } finally {
                first.destroyForcibly().waitFor();
            }
            // Killed, it holds nothing: now it is an interrupted release, and abort puts it back.
            RefusalException pending = assertThrows(RefusalException.class,
                    () -> ReleaseJournal.refuseIfPendingAt(dir));
            assertTrue(pending.getMessage().startsWith("A release of 1.3.0 was interrupted after"
                    + " step 'release-version', in step 'test-build'"), pending.getMessage());
            new Releaser(Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(dir, "1.3.0"));
            assertFalse(Files.exists(dir.resolve(".git/release-process")));
        }
    }

    /** A journal read back is checked before anything is undone. */
    @Nested
    class Journal {

        @Test
        void shouldRestoreIntoTheMovedCheckoutNotTheOldFolder() throws Exception {
            Path before = dir.resolve("before");
            ReleaseFixture.create(before);
            String original = ReleaseFixture.snapshot(before, true);
            assertEquals(ReleaseChild.HALT_STATUS, child(before, "prepare", "after", "release-version"));
            Path moved = dir.resolve("moved");
            Files.move(before, moved);

            new Releaser(Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(moved, "1.3.0"));

            assertEquals(original, ReleaseFixture.snapshot(moved, true));
            assertFalse(Files.exists(before), "the old folder was recreated");
        }

        @Test
        void shouldRefuseAJournalWhosePathsLeaveTheRepository() throws Exception {
            Path project = dir.resolve("project");
            ReleaseFixture.create(project);
            assertEquals(ReleaseChild.HALT_STATUS, child(project, "prepare", "after", "release-version"));
            Path outside = dir.resolve("outside.txt");
            Files.writeString(outside, "precious\n");
            Path journal = project.resolve(".git/release-process/journal.json");
            Files.writeString(journal, Files.readString(journal)
                    .replace("\"pom.xml\"", "\"../outside.txt\""));
            String tampered = ReleaseFixture.snapshot(project, true);

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(project, "1.3.0")));

            assertEquals("The release journal .git/release-process/journal.json cannot be used:"
                    + " the path ../outside.txt leaves the repository; nothing was changed. Check"
                    + " 'git status', 'git log' and 'git tag', put back what you need by hand,"
                    + " then delete the folder .git/release-process", e.getMessage());
            assertEquals("precious\n", Files.readString(outside));
            assertEquals(tampered, ReleaseFixture.snapshot(project, true));
        }

        @Test
        void shouldRefuseAJournalThatNamesAnOldReleaseTag() throws Exception {
            Path project = dir.resolve("project");
            ReleaseFixture.create(project);
            assertEquals(ReleaseChild.HALT_STATUS, child(project, "prepare", "after", "tag"));
            Path journal = project.resolve(".git/release-process/journal.json");
            Files.writeString(journal, Files.readString(journal).replace("v1.3.0", "v1.2.0"));

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    Reporter.SILENT, passingBuild).abort(ReleaseFixture.request(project, "1.3.0")));

            assertTrue(e.getMessage().startsWith("The release journal names the tag v1.2.0, while"
                    + " the tag format gives v1.3.0 for 1.3.0; nothing was changed."), e.getMessage());
            try (Git git = Git.open(project.toFile())) {
                assertTrue(git.getRepository().exactRef("refs/tags/v1.2.0") != null);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"null", "{{{ not json", "", "{\"formatVersion\": 2}",
            "[1, 2]", "{\"formatVersion\": 1, \"releaseVersion\": \"1.3.0\"}"})
        void shouldExplainAJournalItCannotRead(String content) throws Exception {
            Path project = dir.resolve("project");
            ReleaseFixture.create(project);
            Files.createDirectories(project.resolve(".git/release-process"));
            Files.writeString(project.resolve(".git/release-process/journal.json"), content);

            for (Runnable attempt : List.<Runnable>of(
                    () -> uncheck(() -> ReleaseJournal.refuseIfPendingAt(project)),
                    () -> uncheck(() -> new Releaser(Reporter.SILENT, passingBuild)
                            .abort(ReleaseFixture.request(project, "1.3.0"))))) {
                RefusalException e = assertThrows(RefusalException.class, attempt::run);
                assertTrue(e.getMessage().startsWith("The release journal"
                        + " .git/release-process/journal.json cannot be used: "), e.getMessage());
                assertFalse(e.getMessage().contains("Exception"), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }

        private void uncheck(org.junit.jupiter.api.function.Executable action) {
            try {
                action.execute();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        }
    }

    private int child(Path project, String mode, String where, String step) throws Exception {
        List<String> command = ChildJvm.command(
                ReleaseChild.class, project.toString(), mode, where, step);
        // The log stays outside the project, whose work tree must stay clean.
        Path log = Files.createTempFile("release-child", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            int status = process.waitFor();
            if (status != 0 && status != ReleaseChild.HALT_STATUS) {
                throw new AssertionError("child failed: " + Files.readString(log,
                        StandardCharsets.UTF_8));
            }
            return status;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
