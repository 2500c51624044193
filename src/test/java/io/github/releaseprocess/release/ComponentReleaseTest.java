package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A monorepo's release: several components in one commit, one tag each, all or nothing. */
class ComponentReleaseTest {

    @TempDir
    Path dir;

    private final List<List<String>> builds = new ArrayList<>();
    private final BuildRunner passingBuild = (invocation, output) -> {
        builds.add(invocation.goals());
        return BuildResult.succeeded();
    };

    @Nested
    class Release {

        @Test
        void shouldReleaseTheComponentsInOneCommitWithOneTagEach() throws Exception {
            ComponentFixture.create(dir);

            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ComponentFixture.request(dir), false);

            assertEquals(List.of(List.of("clean", "verify")), builds, "one test build");
            assertEquals(List.of("library", "service", "tool"),
                    result.components().stream().map(ComponentRelease::id).toList());
            try (Git git = Git.open(dir.toFile())) {
                List<String> log = new ArrayList<>();
                git.log().setMaxCount(3).call().forEach(c -> log.add(c.getShortMessage()));
                assertEquals(List.of("chore(release): start library 1.2.2-SNAPSHOT, service"
                        + " 2.0.2-SNAPSHOT development",
                        "chore(release): library 1.2.1, service 2.0.1",
                        "fix(library): null check"), log);
                assertTrue(git.status().call().isClean());
                Repository repo = git.getRepository();
                String release = repo.resolve("HEAD~1").name();
                assertEquals(release, repo.resolve("library-v1.2.1^{commit}").name());
                assertEquals(release, repo.resolve("service-v2.0.1^{commit}").name());
                assertEquals(null, repo.resolve("tool-v0.3.1"));
                // The release holds no SNAPSHOT reference: the tool is pinned to its release.
                assertEquals(ComponentFixture.SERVICE.replace("2.0.1-SNAPSHOT", "2.0.1")
                        .replace("1.2.1-SNAPSHOT", "1.2.1").replace("0.4.0-SNAPSHOT", "0.3.0"),
                        read(repo, "service-v2.0.1", "service/pom.xml"));
                assertEquals(ComponentFixture.LIBRARY.replace("1.2.1-SNAPSHOT", "1.2.1"),
                        read(repo, "library-v1.2.1", "library/pom.xml"));
                assertEquals(ComponentFixture.TOOL, read(repo, "library-v1.2.1",
                        "tools/tool/pom.xml"));
                assertTrue(read(repo, "library-v1.2.1", "library/CHANGELOG.md")
                        .contains("## [Unreleased]\n\n## [1.2.1] - 2026-11-26\n\n### Fixed"));
                assertTrue(read(repo, "library-v1.2.1", "service/CHANGELOG.md")
                        .contains("## [Unreleased]\n\n## [2.0.1] - 2026-11-26\n\n### Changed"));
                assertEquals(ComponentFixture.changelog("0.3.0"),
                        read(repo, "library-v1.2.1", "tools/tool/CHANGELOG.md"));
            }
            // After the release: the next development versions, the pinned reference put back.
            assertEquals(ComponentFixture.SERVICE.replace("2.0.1-SNAPSHOT", "2.0.2-SNAPSHOT")
                    .replace("1.2.1-SNAPSHOT", "1.2.2-SNAPSHOT"),
                    Files.readString(dir.resolve("service/pom.xml")));
            assertEquals(ComponentFixture.TOOL, Files.readString(dir.resolve("tools/tool/pom.xml")));
            String snapshot = ReleaseFixture.snapshot(dir, false);
            assertTrue(snapshot.contains("tag[library-v1.2.1: Release library 1.2.1\n\n### Fixed\n\n"
                    + "- A null check.]"), snapshot);
            assertTrue(snapshot.contains("tag[service-v2.0.1: Release service 2.0.1\n\n### Changed"),
                    snapshot);
            assertFalse(Files.exists(dir.resolve(".git/release-process")), "journal left behind");
        }

        /** A component released only because its dependencies are: its changelog says so. */
        @Test
        void shouldWriteTheUpdatedDependenciesIntoAnEmptyUnreleasedSection() throws Exception {
            ComponentFixture.create(dir);
            Files.writeString(dir.resolve("service/CHANGELOG.md"), ComponentFixture.changelog(
                    "2.0.0"));
            try (io.github.releaseprocess.testing.GitScenario git =
                    io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.commitAll("docs: nothing new in the service");
            }

            new Releaser(Reporter.SILENT, passingBuild).prepare(ComponentFixture.request(dir),
                    false);

            assertEquals(ComponentFixture.changelog("2.0.0").replace("## [Unreleased]\n",
                    "## [Unreleased]\n\n## [2.0.1] - 2026-11-26\n\n### Changed\n\n"
                            + "- Updated dependencies: library 1.2.1.\n"),
                    Files.readString(dir.resolve("service/CHANGELOG.md")));
        }

        /**
         * A component pulled along by a dependency, whose changelog has no place for unreleased
         * changes (no {@code [Unreleased]}; or a form that writes its entries from the commits,
         * and it has no commits of its own): it gets the dialect's dependency entry instead of a
         * refusal that only a fake entry could lift.
         */
        @ParameterizedTest
        @ValueSource(strings = {"keepachangelog", "seed", "conventional-changelog",
                "commitizen"})
        void shouldGiveAPulledAlongComponentAnEntryInEveryDialect(String dialect)
                throws Exception {
            ComponentFixture.create(dir);
            String before = switch (dialect) {
                case "keepachangelog" -> "# Changelog\n\n## [2.0.0] - 2026-01-10\n\n### Added\n\n"
                        + "- The first release.\n";
                case "seed" -> "# Changelog\n\n## Version 2.0.0 - 2026-01-10\n\n### Added\n\n"
                        + "- The first release.\n";
                case "conventional-changelog" -> "# Changelog\n\n## [2.0.0](https://example"
                        + ".invalid/o/r/compare/service-v1.0.0...service-v2.0.0) (2026-01-10)\n\n\n"
                        + "### Features\n\n* first release (abc1234)\n";
                default -> "## v2.0.0 (2026-01-10)\n\n### Feat\n\n- first release\n";
            };
            Files.writeString(dir.resolve("service/CHANGELOG.md"), before);
            try (io.github.releaseprocess.testing.GitScenario git =
                    io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.commitAll("docs: the service's changelog in its own form");
            }
            ComponentPlanner pulled = (repository, reporter) -> ComponentFixture.planner(dir)
                    .plan(repository, reporter).stream().map(c -> !c.id().equals("service") ? c
                            : new ComponentRelease(c.id(), c.modules(), c.tagFormat(),
                                    c.changelog(), c.currentVersion(), c.lastRelease(),
                                    c.version(), c.developmentVersion(), c.decision(),
                                    c.commits(), List.of("pulled along by library"),
                                    List.of("library"))).toList();
            // changelogDialect auto: each file's own form (the library's is keepachangelog).
            PrepareRequest request = ComponentFixture.request(dir, pulled).toBuilder()
                    .repositoryUrl(dialect.equals("conventional-changelog")
                            ? Optional.of("https://example.invalid/o/r") : Optional.empty())
                    .build();
            // The plan names what the step does to each file, in that file's form.
            String step = new Releaser(Reporter.SILENT, passingBuild).prepare(request, true)
                    .steps().stream().filter(s -> s.startsWith("changelog:")).findFirst()
                    .orElseThrow();
            assertTrue(step.contains("[Unreleased] of library/CHANGELOG.md to 1.2.1"), step);
            assertTrue(step.contains(dialect.equals("keepachangelog") || dialect.equals("seed")
                    ? "service/CHANGELOG.md to 2.0.1"
                    : "write the 2.0.1 section of service/CHANGELOG.md (" + dialect + ")"), step);
            PrepareResult result = new Releaser(Reporter.SILENT, passingBuild).prepare(request,
                    false);

            assertEquals(Optional.empty(), Releaser.refusalOf(result));
            String after = Files.readString(dir.resolve("service/CHANGELOG.md"));
            String expected = switch (dialect) {
                case "keepachangelog" -> "# Changelog\n\n## [Unreleased]\n\n"
                        + "## [2.0.1] - 2026-11-26\n\n### Changed\n\n"
                        + "- Updated dependencies: library 1.2.1.\n\n" + before.substring(13);
                case "seed" -> "# Changelog\n\n## Unreleased\n\n"
                        + "## Version 2.0.1 - 2026-11-26\n\n### Changed\n\n"
                        + "- Updated dependencies: library 1.2.1.\n\n" + before.substring(13);
                case "conventional-changelog" -> "# Changelog\n\n## [2.0.1](https://example"
                        + ".invalid/o/r/compare/service-v2.0.0...service-v2.0.1) (2026-11-26)\n\n\n"
                        + "### Dependencies\n\n* Updated dependencies: library 1.2.1.\n\n"
                        + before.substring(13);
                default -> "## v2.0.1 (2026-11-26)\n\n### Fix\n\n"
                        + "- Updated dependencies: library 1.2.1.\n\n" + before;
            };
            assertEquals(expected, after);
            // The next release's review gate takes these lines as the plugin's own.
            try (io.github.releaseprocess.history.GitRepository repository =
                    io.github.releaseprocess.history.GitRepository.open(dir);
                    Git git = Git.open(dir.toFile())) {
                String release = git.getRepository().resolve("service-v2.0.1^{commit}").name();
                List<io.github.releaseprocess.history.CommitChanges.Hunk> edits =
                        io.github.releaseprocess.history.CommitChanges.textEdits(repository,
                                release).orElseThrow();
                VersionCommits own = new VersionCommits(List.of(
                        PrepareRequest.DEFAULT_RELEASE_MESSAGE), Optional.empty(),
                        java.util.Set.of("library/CHANGELOG.md", "service/CHANGELOG.md"));
                assertTrue(own.onlyComponentVersionText(edits, own.componentVersionsNamed(
                        "chore(release): library 1.2.1, service 2.0.1").orElseThrow()),
                        "" + edits);
            }
        }

        /**
         * The plugin's own commits of a component release need no review at the next release:
         * they change only versions and the changelogs' release lines.
         */
        @Test
        void shouldNotAskForAReviewOfItsOwnComponentReleaseCommits() throws Exception {
            ComponentFixture.create(dir);
            new Releaser(Reporter.SILENT, passingBuild).prepare(ComponentFixture.request(dir),
                    false);
            Files.writeString(dir.resolve("library/CHANGELOG.md"), Files.readString(
                    dir.resolve("library/CHANGELOG.md")).replace("## [Unreleased]\n",
                    "## [Unreleased]\n\n### Fixed\n\n- Another fix.\n"));
            try (io.github.releaseprocess.testing.GitScenario git =
                    io.github.releaseprocess.testing.GitScenario.open(dir)) {
                git.commitAll("fix(library): another\n\nReviewed-by: R <r@example.invalid>");
            }
            ComponentPlanner next = (repository, reporter) -> List.of(
                    ComponentFixture.component(dir, "library", "library", "library",
                            "1.2.2-SNAPSHOT", "1.2.1", "1.2.2"),
                    ComponentFixture.component(dir, "service", "service", "service",
                            "2.0.2-SNAPSHOT", "2.0.1", "2.0.2"),
                    ComponentFixture.component(dir, "tool", "tool", "tools/tool",
                            "0.4.0-SNAPSHOT", "0.3.0", null));
            List<io.github.releaseprocess.versioning.AnalyzedCommit> since = new ArrayList<>();
            try (io.github.releaseprocess.history.GitRepository repository =
                    io.github.releaseprocess.history.GitRepository.open(dir)) {
                new io.github.releaseprocess.versioning.NextVersionCalculator(Reporter.SILENT)
                        .calculate(repository, new io.github.releaseprocess.versioning
                                .NextVersionRequest(io.github.releaseprocess.commits
                                        .VersioningPolicy.builder(io.github.releaseprocess
                                                .commits.Preset.CONVENTIONALCOMMITS).build(),
                                        io.github.releaseprocess.history.TagFormat.of(
                                                "tool-v@{version}", null),
                                        io.github.releaseprocess.semver.Version.of(1, 0, 0),
                                        Optional.empty(), Optional.empty(), false, false),
                                io.github.releaseprocess.versioning.CommitSink.into(since));
            }
            ComponentPlanner withCommits = (repository, reporter) -> next.plan(repository,
                    reporter).stream().map(c -> new ComponentRelease(c.id(), c.modules(),
                            c.tagFormat(), c.changelog(), c.currentVersion(), c.lastRelease(),
                            c.version(), c.developmentVersion(), c.decision(), since,
                            c.reasons(), c.pulledAlongBy())).toList();
            PrepareRequest request = ComponentFixture.request(dir, withCommits).toBuilder()
                    .gates(new GateSettings(true, false, GateSettings.DEFAULT_BRANCHES,
                            GateSettings.Review.REQUIRE, false, true)).build();

            PrepareResult plan = new Releaser(Reporter.SILENT, passingBuild).prepare(request,
                    true);

            assertEquals(5, since.size(), "since the tool's release: two reviewed commits, the"
                    + " release commit, the development commit and the fix");
            GateResult review = plan.gates().stream().filter(g -> g.gate().equals("code review"))
                    .findFirst().orElseThrow();
            assertEquals(GateResult.Status.PASS, review.status(), review.message() + " "
                    + review.items());
        }

        @Test
        void shouldPlanWithoutChangingAnythingInADryRun() throws Exception {
            ComponentFixture.create(dir);
            String before = ReleaseFixture.snapshot(dir, true);

            PrepareResult plan = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ComponentFixture.request(dir), true);

            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            assertEquals(List.of(), builds);
            assertEquals(Optional.empty(), Releaser.refusalOf(plan));
            assertEquals("tag: annotated tags library-v1.2.1, service-v2.0.1", plan.steps().get(4));
            assertEquals(List.of("library/CHANGELOG.md", "service/CHANGELOG.md",
                    "library/pom.xml", "service/pom.xml"),
                    plan.changes().stream().map(PrepareResult.FileDiff::path).toList());
        }

        @Test
        void shouldLeaveNothingBehindWhenTheTestBuildFails() throws Exception {
            ComponentFixture.create(dir);
            String before = ReleaseFixture.snapshot(dir, true);

            RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                    Reporter.SILENT, (invocation, out) -> new BuildResult(1, false,
                            Optional.empty())).prepare(ComponentFixture.request(dir), false));

            assertTrue(e.getMessage().startsWith("The release of library 1.2.1, service 2.0.1"
                    + " failed at step 'test-build'"), e.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
        }

        @Test
        void shouldRefuseToPublishOrEnforceTheApiOfAReleaseOfComponents() throws Exception {
            ComponentFixture.create(dir);
            String before = ReleaseFixture.snapshot(dir, true);
            PrepareRequest request = ComponentFixture.request(dir);
            PrepareRequest publishing = request.toBuilder().publish(Optional.of(
                    io.github.releaseprocess.publish.PublishRequest.defaults(dir,
                            dir.resolve("target"), Optional.empty()))).build();
            PrepareRequest enforcing = request.toBuilder().apiCheck(
                    new io.github.releaseprocess.api.ApiCheckRequest(
                            io.github.releaseprocess.api.ApiCheckMode.ENFORCE, List.of(),
                            List.of(), io.github.releaseprocess.api.BaselineResolver.NONE))
                    .build();

            RefusalException publish = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(publishing, false));
            RefusalException api = assertThrows(RefusalException.class,
                    () -> new Releaser(Reporter.SILENT, passingBuild).prepare(enforcing, false));

            assertTrue(publish.getMessage().contains("publish -Drelease-process.component=ID"),
                    publish.getMessage());
            assertTrue(api.getMessage().startsWith("apiCheck=enforce cannot check a release of"
                    + " components"), api.getMessage());
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
            assertEquals(List.of(), builds);
        }

        /** A released module must not refer to a component that was never released. */
        @Test
        void shouldRefuseASnapshotReferenceToAComponentNeverReleased() throws Exception {
            ComponentFixture.create(dir);
            ComponentPlanner neverReleasedTool = (repository, reporter) -> List.of(
                    ComponentFixture.component(dir, "library", "library", "library",
                            "1.2.1-SNAPSHOT", "1.2.0", "1.2.1"),
                    ComponentFixture.component(dir, "service", "service", "service",
                            "2.0.1-SNAPSHOT", "2.0.0", "2.0.1"),
                    new ComponentRelease("tool", List.of("g:tool"),
                            io.github.releaseprocess.history.TagFormat.of("tool-v@{version}", null),
                            Optional.empty(), "0.4.0-SNAPSHOT", Optional.empty(),
                            Optional.empty(), Optional.empty(), null, List.of(), List.of(),
                            List.of()));

            PrepareResult plan = new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ComponentFixture.request(dir, neverReleasedTool), true);

            String refusal = Releaser.refusalOf(plan).orElseThrow().getMessage();
            assertTrue(refusal.contains("no SNAPSHOT dependencies: 1 SNAPSHOT reference inside"
                    + " the reactor"), refusal);
            assertTrue(refusal.contains("service/pom.xml:8: dependency g:tool -> g:tool"
                    + " 0.4.0-SNAPSHOT"), refusal);
        }
    }

    /**
     * A component whose modules have numbers of their own (gax 2.75.x with gax-httpjson 0.160.x,
     * as release-please's versions.txt lists them): each module moves by the component's level.
     */
    @Nested
    class ModulesWithOwnNumbers {

        private ComponentRelease gax(String next) {
            return new ComponentRelease("gax", List.of("g:gax", "g:gax-httpjson"),
                    io.github.releaseprocess.history.TagFormat.of("gax/v@{version}", null),
                    Optional.empty(), "2.75.1-SNAPSHOT", Optional.of(
                            io.github.releaseprocess.semver.Version.parse("2.75.0")),
                    Optional.of(io.github.releaseprocess.semver.Version.parse(next)),
                    Optional.of(io.github.releaseprocess.semver.Version.parse(next)
                            .nextPatch().withPrerelease("SNAPSHOT")),
                    null, List.of(), List.of(), List.of());
        }

        @Test
        void shouldMoveEachModuleByTheComponentsLevel() {
            assertEquals("2.76.0", ReleaseSteps.moduleRelease("g:gax", "2.75.1-SNAPSHOT",
                    gax("2.76.0")));
            assertEquals("0.161.0", ReleaseSteps.moduleRelease("g:gax-httpjson",
                    "0.160.1-SNAPSHOT", gax("2.76.0")));
            assertEquals("0.160.1", ReleaseSteps.moduleRelease("g:gax-httpjson",
                    "0.160.1-SNAPSHOT", gax("2.75.1")));
            assertEquals("1.0.0", ReleaseSteps.moduleRelease("g:gax-httpjson",
                    "0.160.1-SNAPSHOT", gax("3.0.0")));
            assertEquals("0.2.0", ReleaseSteps.moduleRelease("g:parent", "0.2.0-SNAPSHOT",
                    gax("2.76.0")), "X.Y.0-SNAPSHOT is on its way to X.Y.0");
            assertEquals("0.161.0", ReleaseSteps.moduleRelease("g:fixed", "0.160.0",
                    gax("2.76.0")));
        }

        @Test
        void shouldStartTheNextDevelopmentVersionOfEachModule() {
            assertEquals("2.76.1-SNAPSHOT", ReleaseSteps.moduleDevelopment("2.76.0",
                    gax("2.76.0")));
            assertEquals("0.161.1-SNAPSHOT", ReleaseSteps.moduleDevelopment("0.161.0",
                    gax("2.76.0")));
        }

        @Test
        void shouldRefuseAModuleVersionThatIsNoSemanticVersion() {
            RefusalException e = assertThrows(RefusalException.class, () -> ReleaseSteps
                    .moduleRelease("g:odd", "1.0-beta", gax("2.76.0")));
            assertTrue(e.getMessage().startsWith("g:odd of the component gax is at 1.0-beta"),
                    e.getMessage());
        }
    }

    /**
     * A child JVM releases the components and halts as if killed: after the first of the two
     * tags, or in the middle of other steps. Resume finishes the same release; abort puts
     * everything back.
     */
    @Nested
    class Killed {

        @ParameterizedTest
        @ValueSource(strings = {"moved:tag", "wrote:development-version"})
        void shouldResumeAKilledReleaseToTheSameEnd(String point) throws Exception {
            Path uninterrupted = dir.resolve("uninterrupted");
            Path resumed = dir.resolve("resumed");
            ComponentFixture.create(uninterrupted);
            ComponentFixture.create(resumed);
            new Releaser(Reporter.SILENT, passingBuild)
                    .prepare(ComponentFixture.request(uninterrupted), false);

            String[] where = point.split(":");
            assertEquals(ReleaseChild.HALT_STATUS, child(resumed, "prepare", where[0], where[1]));
            assertTrue(Files.exists(resumed.resolve(".git/release-process/journal.json")));
            assertEquals(0, child(resumed, "resume", "none", ""));

            assertEquals(ReleaseFixture.snapshot(uninterrupted, false),
                    ReleaseFixture.snapshot(resumed, false));
        }

        @ParameterizedTest
        @ValueSource(strings = {"moved:tag"})
        void shouldPutEverythingBackOnAbort(String point) throws Exception {
            Path project = dir.resolve("project");
            ComponentFixture.create(project);
            String before = ReleaseFixture.snapshot(project, true);

            String[] where = point.split(":");
            assertEquals(ReleaseChild.HALT_STATUS, child(project, "prepare", where[0], where[1]));
            // Even with <components> gone from the POM: the journal's records are enough.
            new Releaser(Reporter.SILENT, passingBuild).abort(ComponentFixture.request(project)
                    .toBuilder().components(Optional.empty()).build());

            assertEquals(before, ReleaseFixture.snapshot(project, true));
            assertFalse(Files.exists(project.resolve(".git/release-process")));
        }

        private int child(Path project, String mode, String where, String step)
                throws IOException, InterruptedException {
            Process process = new ProcessBuilder(ChildJvm.command(
                    ReleaseChild.class, project.toString(), mode, where, step, "components"))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + mode + ".log").toFile()).start();
            int status = process.waitFor();
            if (status != 0 && status != ReleaseChild.HALT_STATUS) {
                throw new AssertionError("child " + mode + " failed: " + Files.readString(
                        dir.resolve("child-" + mode + ".log"), StandardCharsets.UTF_8));
            }
            return status;
        }
    }

    private static String read(Repository repo, String revision, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo); TreeWalk tree = TreeWalk.forPath(repo, path,
                walk.parseCommit(repo.resolve(revision + "^{commit}")).getTree())) {
            return new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }
}
