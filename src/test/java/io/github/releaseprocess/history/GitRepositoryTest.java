package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {

    private static final TagFormat V = TagFormat.of("v@{version}", null);

    @TempDir
    Path dir;

    @Nested
    class RefNamesFromSettings {

        @Test
        void shouldRefuseATagFormatThatNamesAnotherRef() {
            for (String format : List.of("refs/heads/@{version}", "refs/tags/v@{version}",
                    "tags/v@{version}", "heads/@{version}")) {
                RefusalException e = assertThrows(RefusalException.class,
                        () -> TagFormat.of(format, null), format);
                assertTrue(e.getMessage().contains("write the tag's plain name, e.g. v@{version}"),
                        e.getMessage());
            }
            assertEquals("release/v1.2.3", TagFormat.of("release/v@{version}", null)
                    .tagFor(io.github.releaseprocess.semver.Version.of(1, 2, 3)));
        }

        /** A version that is valid SemVer but too long for a ref file gives a sentence. */
        @Test
        void shouldRefuseATagNameTooLongForAFileName() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init");
            }
            String tag = "v1.0." + "9".repeat(252);
            try (GitRepository repo = GitRepository.open(dir)) {
                RefusalException e = assertThrows(RefusalException.class, () -> repo.tagExists(tag));
                assertTrue(e.getMessage().startsWith("'v1.0.9999"), e.getMessage());
                assertTrue(e.getMessage().contains("at most 250 bytes"), e.getMessage());
                assertTrue(e.getMessage().length() < 250, e.getMessage());
                assertEquals(Optional.empty(), repo.tagTarget(tag));
            }
        }
    }

    @Nested
    class FindingTheLastRelease {

        /**
         * <pre>
         * * fix: b        (HEAD, main)
         * * feat: a       (tag v1.1.0, annotated)
         * * chore: init   (tag v1.0.0)
         * </pre>
         */
        @Test
        void shouldTakeTheHighestReachableTagAnnotatedOrNot() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v1.0.0").commit("feat: a").annotatedTag("v1.1.0")
                        .commit("fix: b");
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.findReleaseBase(V, Reporter.SILENT);
                assertEquals("v1.1.0", base.latest().orElseThrow().name());
                assertEquals("v1.1.0", base.latestFinal().orElseThrow().name());
                assertEquals(List.of("fix: b"), messagesSince(repo, base.latestFinal()));
            }
        }

        /**
         * <pre>
         * * fix: on main        (HEAD, main)
         * | * feat: elsewhere   (tag v2.0.0, branch other)
         * |/
         * * chore: init         (tag v1.0.0, v1.0.0-rc.1, release-9.9.9, v1.2)
         * </pre>
         */
        @Test
        void shouldIgnoreUnreachableForeignAndNonSemverTags() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v1.0.0").tag("v1.0.0-rc.1").tag("release-9.9.9")
                        .tag("v1.2").branch("other").commit("feat: elsewhere").tag("v2.0.0")
                        .checkout("main").commit("fix: on main");
            }
            List<String> debug = new ArrayList<>();
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.findReleaseBase(V, collecting(debug));
                assertEquals("v1.0.0", base.latest().orElseThrow().name());
                assertEquals(List.of("fix: on main"), messagesSince(repo, base.latestFinal()));
            }
            assertTrue(debug.contains("Tag v2.0.0 ignored: not reachable from HEAD"), debug.toString());
            assertTrue(debug.contains("Tag v1.2 ignored: its version is not Semantic Versioning 2.0.0"),
                    debug.toString());
            assertTrue(debug.contains("Tag release-9.9.9 ignored: it does not match tagFormat v@{version}"),
                    debug.toString());
        }

        /**
         * zalando/logbook tags its 4.0.x releases on release commits that main never gets: from
         * main the last release tag is 4.0.0-RC.0 while 4.0.3 exists. That is said as a warning;
         * a higher line elsewhere (a hotfix branch of 1.0.x while main has 1.1.0) is not.
         *
         * <pre>
         * * fix: on main             (HEAD, main)
         * | * chore: release 1.0.1   (tag v1.0.1, branch release)
         * |/
         * * feat: a                  (tag v1.0.0-rc.1)
         * * chore: init              (tag v0.9.0)
         * </pre>
         */
        @Test
        void shouldWarnOfAHigherReleaseOfTheSameLineOutsideTheHistory() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v0.9.0").commit("feat: a").tag("v1.0.0-rc.1")
                        .branch("release").commit("chore: release 1.0.1").tag("v1.0.1")
                        .checkout("main").commit("fix: on main");
            }
            List<String> warnings = new ArrayList<>();
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.walkSinceLastRelease(V, false,
                        collecting(new ArrayList<>(), warnings), c -> { });
                assertEquals("v1.0.0-rc.1", base.latest().orElseThrow().name());
                assertEquals("v0.9.0", base.latestFinal().orElseThrow().name());
            }
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Release tag v1.0.1 (on "), warnings.get(0));
            assertTrue(warnings.get(0).contains("is not in the history of HEAD, so the next"
                    + " version is computed from v1.0.0-rc.1"), warnings.get(0));

            // A hotfix branch of the 1.0 line while main has released 1.1.0: nothing to warn of.
            try (GitScenario git = GitScenario.open(dir)) {
                git.checkout("main").commit("feat: b").tag("v1.1.0").checkout("release")
                        .branch("hotfix").commit("fix: c");
            }
            warnings.clear();
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.walkSinceLastRelease(V, false,
                        collecting(new ArrayList<>(), warnings), c -> { });
                assertEquals("v1.0.1", base.latestFinal().orElseThrow().name());
            }
            assertEquals(List.of(), warnings);

            // Another hotfix of the same line released elsewhere: named, past main's higher line.
            try (GitScenario git = GitScenario.open(dir)) {
                git.checkout("release").branch("hotfix-2").commit("fix: d").tag("v1.0.2")
                        .checkout("hotfix");
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                repo.walkSinceLastRelease(V, false, collecting(new ArrayList<>(), warnings),
                        c -> { });
            }
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Release tag v1.0.2 (on "), warnings.get(0));
        }

        /**
         * A maintenance tag merged back is reachable and nearer, but lower: the highest wins.
         * <pre>
         * *   merge hotfix          (HEAD, main)
         * |\
         * | * fix: hotfix         (tag v1.2.1)
         * * | feat: main work      (tag v1.3.0)
         * |/
         * * chore: init           (tag v1.2.0)
         * </pre>
         */
        @Test
        void shouldPreferPrecedenceOverDistance() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v1.2.0").branch("hotfix").commit("fix: hotfix")
                        .tag("v1.2.1").checkout("main").commit("feat: main work").tag("v1.3.0")
                        .merge("hotfix", "Merge branch 'hotfix'");
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.findReleaseBase(V, Reporter.SILENT);
                assertEquals("v1.3.0", base.latest().orElseThrow().name());
                assertEquals(List.of("Merge branch 'hotfix'", "fix: hotfix"),
                        messagesSince(repo, base.latestFinal()));
            }
        }

        @Test
        void shouldSeparateTheLatestPrereleaseFromTheLatestFinal() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v1.0.0").commit("feat: a").tag("v1.1.0-rc.1")
                        .commit("fix: b");
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.findReleaseBase(V, Reporter.SILENT);
                assertEquals("v1.1.0-rc.1", base.latest().orElseThrow().name());
                assertEquals("v1.0.0", base.latestFinal().orElseThrow().name());
            }
        }

        @Test
        void shouldHonourACustomTagFormat() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v5.0.0").tag("my-app-1.4.0").commit("fix: b");
            }
            TagFormat format = TagFormat.of("@{project.artifactId}-@{version}", "my-app");
            try (GitRepository repo = GitRepository.open(dir)) {
                assertEquals("my-app-1.4.0", repo.findReleaseBase(format, Reporter.SILENT)
                        .latest().orElseThrow().name());
            }
        }

        @Test
        void shouldReportNoReleaseBeforeTheFirstTag() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").commit("feat: a");
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                GitRepository.ReleaseBase base = repo.findReleaseBase(V, Reporter.SILENT);
                assertTrue(base.latest().isEmpty());
                assertEquals(List.of("feat: a", "chore: init"), messagesSince(repo, Optional.empty()));
            }
        }
    }

    @Nested
    class Walking {

        /**
         * <pre>
         * *   Merge branch 'topic'   (HEAD)
         * |\
         * | * feat: on topic
         * * | fix: on main
         * |/
         * * chore: init              (v1.0.0)
         * </pre>
         */
        @Test
        void shouldFollowOnlyTheMainlineWhenAsked() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v1.0.0").branch("topic").commit("feat: on topic")
                        .checkout("main").commit("fix: on main").merge("topic", "Merge branch 'topic'");
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                Optional<ReleaseTag> since = repo.findReleaseBase(V, Reporter.SILENT).latestFinal();
                List<CommitInfo> all = new ArrayList<>();
                repo.walkSince(since, false, all::add);
                assertEquals(3, all.size());
                assertTrue(all.get(0).isMerge());
                List<String> mainline = new ArrayList<>();
                repo.walkSince(since, true, c -> mainline.add(c.message().trim()));
                assertEquals(List.of("Merge branch 'topic'", "fix: on main"), mainline);
            }
        }

        @Test
        void shouldFindTheRepositoryFromAModuleFolder() throws Exception {
            try (GitScenario git = GitScenario.init(dir)) {
                git.commitFile("module/pom.xml", "chore: module");
            }
            try (GitRepository repo = GitRepository.open(dir.resolve("module"))) {
                assertEquals(dir.toRealPath(), repo.workTree().toRealPath());
            }
        }

        @Test
        void shouldWorkOnADetachedHead() throws Exception {
            String first;
            try (GitScenario git = GitScenario.init(dir)) {
                git.commit("chore: init").tag("v1.0.0").commit("feat: a");
                first = git.lastId();
                git.commit("fix: b");
                git.git().checkout().setName(first).call();
            }
            try (GitRepository repo = GitRepository.open(dir)) {
                assertTrue(repo.currentBranch().isEmpty());
                assertEquals(first, repo.headCommitId());
                assertEquals(List.of("feat: a"), messagesSince(repo,
                        repo.findReleaseBase(V, Reporter.SILENT).latestFinal()));
            }
        }
    }

    @Nested
    class Refusals {

        @Test
        void shouldRefuseAFolderWithoutRepository() throws Exception {
            Path plain = Files.createDirectories(dir.resolve("plain"));
            // Guard: a test folder inside some repository would be found by the upward search.
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                            .findGitDir(plain.toFile()).getGitDir() == null);
            RefusalException e = assertThrows(RefusalException.class, () -> GitRepository.open(plain));
            assertTrue(e.getMessage().startsWith("No git repository at or above " + plain), e.getMessage());
        }

        @Test
        void shouldRefuseARepositoryWithoutCommits() throws Exception {
            Git.init().setDirectory(dir.toFile()).call().close();
            try (GitRepository repo = GitRepository.open(dir)) {
                RefusalException e = assertThrows(RefusalException.class,
                        () -> repo.findReleaseBase(V, Reporter.SILENT));
                assertTrue(e.getMessage().contains("has no commits yet"), e.getMessage());
            }
        }

        @Test
        void shouldRefuseAShallowCloneThatHidesTheLastRelease() throws Exception {
            Path origin = dir.resolve("origin");
            try (GitScenario git = GitScenario.init(origin)) {
                git.commit("chore: init").tag("v1.0.0").commit("feat: a").commit("fix: b");
            }
            Path clone = dir.resolve("clone");
            Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(1).setNoTags().call().close();
            try (GitRepository repo = GitRepository.open(clone)) {
                assertTrue(repo.isShallow());
                GitRepository.ReleaseBase base = repo.findReleaseBase(V, Reporter.SILENT);
                assertFalse(base.latest().isPresent());
                RefusalException e = assertThrows(RefusalException.class,
                        () -> repo.walkSince(base.latestFinal(), false, c -> { }));
                assertTrue(e.getMessage().contains("git fetch --unshallow"), e.getMessage());
                assertTrue(e.getMessage().contains("fetch-depth: 0"), e.getMessage());
            }
        }
    }

    @Nested
    class Formats {

        @Test
        void shouldRefuseAFormatWithoutVersion() {
            RefusalException e = assertThrows(RefusalException.class, () -> TagFormat.of("release", null));
            assertTrue(e.getMessage().contains("must contain @{version} exactly once"), e.getMessage());
        }

        @Test
        void shouldRefuseAFormatGitCannotName() {
            RefusalException e = assertThrows(RefusalException.class,
                    () -> TagFormat.of("v @{version}", null));
            assertTrue(e.getMessage().contains("git refuses"), e.getMessage());
        }

        @Test
        void shouldRoundTripVersions() {
            TagFormat f = TagFormat.of("@{project.artifactId}/v@{version}-final", "core");
            assertEquals("core/v1.2.3-rc.1-final", f.tagFor(io.github.releaseprocess.semver.Version.parse("1.2.3-rc.1")));
            assertEquals("1.2.3-rc.1", f.versionOf("core/v1.2.3-rc.1-final").orElseThrow().toString());
            assertTrue(f.versionOf("other/v1.2.3-final").isEmpty());
        }
    }

    private static List<String> messagesSince(GitRepository repo, Optional<ReleaseTag> since)
            throws Exception {
        List<String> out = new ArrayList<>();
        repo.walkSince(since, false, c -> out.add(c.message().trim()));
        return out;
    }

    private static Reporter collecting(List<String> debug) {
        return collecting(debug, new ArrayList<>());
    }

    private static Reporter collecting(List<String> debug, List<String> warnings) {
        return new Reporter() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {
                debug.add(message);
            }
        };
    }
}
