package io.github.releaseprocess.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.commits.NonConventional;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextVersionCalculatorTest {

    @TempDir
    Path dir;

    private NextVersionRequest request = request(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build());

    @Nested
    class Bumps {

        @Test
        void shouldBumpMinorForAFeature() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.2.3").commit("fix: a").commit("feat: b")
                    .commit("docs: c"));
            VersionDecision d = decide();
            assertEquals("1.3.0", next(d));
            assertEquals(BumpKind.MINOR, d.bump());
            assertEquals("1.2.3", d.currentVersion().orElseThrow().toString());
            assertEquals(3, d.commitCount());
            assertTrue(d.reasons().get(d.reasons().size() - 1).startsWith("MINOR bump: 'feat' in "),
                    d.reasons().toString());
        }

        @Test
        void shouldBumpPatchForFixesAndPerformance() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.2.3").commit("perf: a").commit("fix: b"));
            VersionDecision d = decide();
            assertEquals("1.2.4", next(d));
            assertEquals(BumpKind.PATCH, d.bump());
        }

        @Test
        void shouldBumpMajorForABreakingChangeFooterOrBang() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.2.3")
                    .commit("refactor: x\n\nBREAKING CHANGE: the API moved"));
            assertEquals("2.0.0", next(decide()));
        }

        @Test
        void shouldBumpMinorForABreakingChangeWhileZero() throws Exception {
            history(g -> g.commit("chore: init").tag("v0.4.1").commit("feat!: new format"));
            VersionDecision d = decide();
            assertEquals("0.5.0", next(d));
            assertTrue(d.reasons().get(d.reasons().size() - 1).contains("while the version is 0.x"));
        }

        @Test
        void shouldReleaseNothingWithoutReleasableCommits() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("docs: readme")
                    .commit("chore: deps").commit("not conventional at all"));
            VersionDecision d = decide();
            assertTrue(d.nextVersion().isEmpty());
            assertEquals(BumpKind.NONE, d.bump());
            assertEquals(1, d.ignored());
            assertTrue(d.reasons().get(d.reasons().size() - 1).startsWith("Nothing to release since v1.0.0"),
                    d.reasons().toString());
        }

        @Test
        void shouldApplyRefinedBumpRules() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("docs: readme"));
            request = request(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .bumpRules(java.util.Map.of("docs", "patch")).build());
            assertEquals("1.0.1", next(decide()));
        }

        @Test
        void shouldCountTypesAndKeepTheOrderStable() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("fix: a").commit("WIP")
                    .commit("feat: b").commit("fix: c"));
            VersionDecision d = decide();
            assertEquals(List.of("feat", "fix", "(non-conventional)"),
                    new ArrayList<>(d.countsByType().keySet()));
            assertEquals(2L, d.countsByType().get("fix"));
        }
    }

    @Nested
    class FirstRelease {

        @Test
        void shouldStartAtTheInitialVersion() throws Exception {
            history(g -> g.commit("chore: init").commit("feat: a"));
            VersionDecision d = decide();
            assertEquals("1.0.0", next(d));
            assertTrue(d.lastTag().isEmpty());
            assertEquals(BumpKind.MINOR, d.bump());
        }

        @Test
        void shouldTakeTheDefaultInitialVersionFromThePom() {
            assertEquals("2.1.0", NextVersionRequest.defaultInitialVersion("2.1.0-SNAPSHOT").toString());
            assertEquals("0.1.0", NextVersionRequest.defaultInitialVersion("1.0").toString());
            assertEquals("0.1.0", NextVersionRequest.defaultInitialVersion("${revision}").toString());
            assertEquals("0.1.0", NextVersionRequest.defaultInitialVersion(null).toString());
        }
    }

    @Nested
    class Reverts {

        /**
         * <pre>
         * * Revert "feat: risky"   (HEAD)
         * * fix: small
         * * feat: risky
         * * chore: init            (v1.0.0)
         * </pre>
         */
        @Test
        void shouldCancelARevertedCommitInsideTheRange() throws Exception {
            history(g -> {
                g.commit("chore: init").tag("v1.0.0").commit("feat: risky");
                String risky = g.lastId();
                g.commit("fix: small").commit("Revert \"feat: risky\"\n\nThis reverts commit "
                        + risky + ".\n");
            });
            VersionDecision d = decide();
            assertEquals("1.0.1", next(d));
            assertEquals(2, d.cancelled().size());
            assertTrue(d.reasons().get(1).contains("1 revert cancels its commit"), d.reasons().toString());
        }

        @Test
        void shouldCountARevertOfAReleasedCommitByThePresetRules() throws Exception {
            history(g -> {
                g.commit("chore: init").commit("feat: old");
                String old = g.lastId();
                g.tag("v1.0.0").commit("Revert \"feat: old\"\n\nThis reverts commit " + old + ".\n");
            });
            assertTrue(decide().nextVersion().isEmpty(), "conventionalcommits: revert is not releasable");
            request = request(VersioningPolicy.builder(Preset.SEMANTIC_RELEASE).build());
            assertEquals("1.0.1", next(decide()));
        }

        /**
         * <pre>
         * * Reapply "feat: risky"  (HEAD; git revert of the revert)
         * * Revert "feat: risky"
         * * feat: risky
         * * chore: init            (v1.0.0)
         * </pre>
         */
        @Test
        void shouldCountACommitWhoseRevertWasReverted() throws Exception {
            history(g -> {
                g.commit("chore: init").tag("v1.0.0").commit("feat: risky");
                String risky = g.lastId();
                g.commit("Revert \"feat: risky\"\n\nThis reverts commit " + risky + ".\n");
                String revert = g.lastId();
                g.commit("Reapply \"feat: risky\"\n\nThis reverts commit " + revert + ".\n");
            });
            VersionDecision d = decide();
            assertEquals("1.1.0", next(d), d.reasons().toString());
            assertEquals(2, d.cancelled().size(), "the revert and its revert cancel each other");
        }

        /** Three reverts in a chain: the feature ends up reverted. */
        @Test
        void shouldFollowAChainOfRevertsToTheEnd() throws Exception {
            try (GitScenario g = GitScenario.init(dir)) {
                g.commit("chore: init").tag("v1.0.0").commit("fix: small").commit("feat: risky");
                String id = g.lastId();
                for (int i = 0; i < 3; i++) {
                    g.commit("revert: round " + i + "\n\nThis reverts commit " + id + ".\n");
                    id = g.lastId();
                }
                VersionDecision d = decide();
                assertEquals("1.0.1", next(d), d.reasons().toString());
                assertEquals(4, d.cancelled().size());

                g.commit("Revert \"revert: round 2\"\n\nThis reverts commit " + id + ".\n");
                assertEquals("1.1.0", next(decide()), "four reverts: the feature is back");
            }
        }

        /** A reverted revert of a commit released before: nothing changes since the release. */
        @Test
        void shouldCancelARevertedRevertOfAReleasedCommit() throws Exception {
            history(g -> {
                g.commit("chore: init").commit("feat: old");
                String old = g.lastId();
                g.tag("v1.0.0").commit("Revert \"feat: old\"\n\nThis reverts commit " + old + ".\n");
                String revert = g.lastId();
                g.commit("Reapply \"feat: old\"\n\nThis reverts commit " + revert + ".\n");
            });
            request = request(VersioningPolicy.builder(Preset.SEMANTIC_RELEASE).build());
            VersionDecision d = decide();
            assertTrue(d.nextVersion().isEmpty(), d.reasons().toString());
        }
    }

    @Nested
    class Prereleases {

        @Test
        void shouldContinueThePrereleaseLine() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("feat: a").tag("v1.1.0-rc.1")
                    .commit("fix: b"));
            request = withPrerelease("rc");
            VersionDecision d = decide();
            assertEquals("1.1.0-rc.2", next(d));
            assertEquals(BumpKind.PRERELEASE, d.bump());
        }

        @Test
        void shouldRestartTheCounterWhenTheBaseGrows() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("fix: a").tag("v1.0.1-rc.3")
                    .commit("feat: b"));
            request = withPrerelease("rc");
            assertEquals("1.1.0-rc.1", next(decide()));
        }

        @Test
        void shouldStartANewLabelAtOne() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("feat: a").tag("v1.1.0-beta.4")
                    .commit("fix: b"));
            request = withPrerelease("rc");
            assertEquals("1.1.0-rc.1", next(decide()));
        }

        @Test
        void shouldFinishTheLineWithoutALabel() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("feat: a").tag("v1.1.0-rc.2"));
            VersionDecision d = decide();
            assertEquals("1.1.0", next(d));
            assertEquals(BumpKind.MINOR, d.bump());
        }
    }

    @Nested
    class Overrides {

        @Test
        void shouldReleaseTheGivenVersion() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("docs: a"));
            request = withReleaseVersion("3.0.0");
            VersionDecision d = decide();
            assertEquals("3.0.0", next(d));
            assertEquals(BumpKind.MAJOR, d.bump());
        }

        @Test
        void shouldRefuseAGivenVersionNotAboveTheLastRelease() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("fix: a"));
            request = withReleaseVersion("1.0.0");
            RefusalException e = assertThrows(RefusalException.class, NextVersionCalculatorTest.this::decide);
            assertEquals("-DreleaseVersion=1.0.0 is not greater than the last release 1.0.0; give a"
                    + " higher version or remove it", e.getMessage());
        }

        @Test
        void shouldHonourReleaseAsUnderReleasePlease() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0")
                    .commit("chore: prepare\n\nRelease-As: 2.0.0"));
            request = request(VersioningPolicy.builder(Preset.RELEASE_PLEASE).build());
            assertEquals("2.0.0", next(decide()));
        }
    }

    @Nested
    class HistoriesAsTheyAre {

        private NextVersionRequest withPolicy(VersioningPolicy policy, boolean strict) {
            return new NextVersionRequest(policy, request.tagFormat(), request.initialVersion(),
                    Optional.empty(), Optional.empty(), strict, false);
        }

        @Test
        void shouldReleaseAPatchForFreeFormCommitsWhenAsked() throws Exception {
            history(g -> g.commit("Initial import").tag("v1.0.0").commit("Update README")
                    .commit("Fix the parser for empty lines"));
            VersionDecision ignored = decide();
            assertTrue(ignored.nextVersion().isEmpty(), ignored.reasons().toString());
            assertTrue(ignored.reasons().get(1).contains("2 not conventional, ignored (listed by"
                    + " -X and in the JSON; nonConventional=patch counts them)"),
                    ignored.reasons().toString());

            request = withPolicy(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).build(), false);
            VersionDecision d = decide();
            assertEquals("1.0.1", next(d), d.reasons().toString());
            assertEquals(0, d.ignored());
            assertTrue(d.reasons().get(1).contains("2 not conventional, each a patch"
                    + " (nonConventional=patch)"), d.reasons().toString());
            assertTrue(d.reasons().get(2).startsWith("PATCH bump: a commit that is not"
                    + " conventional (nonConventional=patch) in "), d.reasons().toString());
        }

        /**
         * log4j2 and gson write a class name before the colon ("XmlLayout: fix …", "JsonReader:
         * …") and topics ("Checkstyle: …", "spelling: …"): a class name is not a type at all; a
         * word outside the preset's vocabulary counts by the * rule, and in a free-form history
         * (nonConventional=patch) as free-form text. The reasons say which and how.
         */
        @Test
        void shouldReadClassNamesAndUnknownTypesAsTheReasonsSay() throws Exception {
            history(g -> g.commit("Initial import").tag("v2.10.1")
                    .commit("XmlLayout: fix NPE for a null message")
                    .commit("JsonReader: accept a BOM").commit("JsonReader: skip a value")
                    .commit("Checkstyle: fix whitespace").commit("docs: typo"));
            VersionDecision d = decide();
            assertTrue(d.nextVersion().isEmpty(), d.reasons().toString());
            assertEquals(3L, d.countsByType().get("(non-conventional)"), d.reasons().toString());
            assertEquals(null, d.countsByType().get("xmllayout"), d.reasons().toString());
            assertTrue(d.reasons().contains("3 commits start with a name, not a type (JsonReader ×2,"
                    + " XmlLayout): a class, file or issue name before the colon does not"
                    + " make a Conventional Commit."), d.reasons().toString());
            assertTrue(d.reasons().contains("1 commit has a type outside preset"
                    + " conventionalcommits's vocabulary (checkstyle): each counts by"
                    + " <other-types> (none); name a type in <bumpRules> to count it."),
                    d.reasons().toString());

            request = withPolicy(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).build(), false);
            d = decide();
            assertEquals("2.10.2", next(d), d.reasons().toString());
            assertTrue(d.reasons().contains("1 commit has a type outside preset"
                    + " conventionalcommits's vocabulary (checkstyle): read as free-form text,"
                    + " each a patch (nonConventional=patch)."), d.reasons().toString());
        }

        /**
         * A long free-form history names many classes before the colon: the reason lists the
         * most frequent names with their counts, not the first five the walk met (the newest).
         * <pre>
         * * EnumSet: … (newest) … ArrayMap: …, one each
         * * JsonReader: … ×3, XmlLayout: … ×2 (oldest)
         * * v2.10.1
         * </pre>
         */
        @Test
        void shouldListTheMostFrequentNamesWithTheirCounts() throws Exception {
            history(g -> g.commit("Initial import").tag("v2.10.1")
                    .commit("XmlLayout: fix NPE").commit("XmlLayout: fix a leak")
                    .commit("JsonReader: accept a BOM").commit("JsonReader: skip a value")
                    .commit("JsonReader: read a long")
                    .commit("ArrayMap: a").commit("BitSet: b").commit("CharSet: c")
                    .commit("DateUtils: d").commit("EnumSet: e"));
            VersionDecision d = decide();
            assertTrue(d.reasons().contains("10 commits start with a name, not a type (JsonReader"
                    + " ×3, XmlLayout ×2, EnumSet, DateUtils, CharSet, …): a class, file or issue"
                    + " name before the colon does not make a Conventional Commit."),
                    d.reasons().toString());
        }

        /**
         * Apache Commons raise the POM to the next minor right after a release (commons-io at
         * 2.22.0-SNAPSHOT after 2.21.0) and release it; with free-form messages
         * nonConventional=patch alone asks for 2.21.1 (here 2.10.1 and 2.11.0): the
         * SNAPSHOT is the least release (as maven-release-plugin releases it), never below the
         * commits' verdict, and not before the first release (initialVersion decides there).
         */
        @Test
        void shouldReleaseAtLeastThePomsSnapshotVersion() throws Exception {
            history(g -> g.commit("Initial import").tag("v2.10.1")
                    .commit("Add JsonReader.setStrictness").commit("Fix typos"));
            VersioningPolicy patch = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).build();
            request = withSnapshot(patch, "2.11.0-SNAPSHOT");
            VersionDecision d = decide();
            assertEquals("2.11.0", next(d), d.reasons().toString());
            assertEquals(BumpKind.MINOR, d.bump());
            assertEquals("pom.xml is at 2.11.0-SNAPSHOT, above the 2.10.2 the commits ask for:"
                    + " the release is 2.11.0, as maven-release-plugin releases the SNAPSHOT's"
                    + " version (-DreleaseVersion=2.10.2 to release that instead).",
                    d.reasons().get(d.reasons().size() - 1));

            request = withSnapshot(patch, "2.10.2-SNAPSHOT");
            assertEquals("2.10.2", next(decide()));
            request = withSnapshot(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                    "2.11.0-SNAPSHOT");
            assertTrue(decide().nextVersion().isEmpty(), "the SNAPSHOT is a floor, not a reason");
        }

        @Test
        void shouldNotLetTheSnapshotLowerTheCommitsVerdictOrAFirstRelease() throws Exception {
            history(g -> g.commit("feat: initial").tag("v1.2.0").commit("feat!: new API"));
            request = withSnapshot(request.policy(), "1.2.1-SNAPSHOT");
            assertEquals("2.0.0", next(decide()));
        }

        @Test
        void shouldLeaveTheFirstReleaseToTheInitialVersion() throws Exception {
            history(g -> g.commit("feat: initial"));
            request = withSnapshot(request.policy(), "3.0.0-SNAPSHOT");
            assertEquals("1.0.0", next(decide()));
        }

        private NextVersionRequest withSnapshot(VersioningPolicy policy, String pomVersion) {
            return new NextVersionRequest(policy, request.tagFormat(), request.initialVersion(),
                    Optional.empty(), Optional.empty(), false, false,
                    NextVersionRequest.snapshotVersionOf(pomVersion));
        }

        /** A release tool's own commits are not changes: nothing to release after them. */
        @Test
        void shouldNotCountReleaseToolCommits() throws Exception {
            history(g -> g.commit("Initial import")
                    .commit("[maven-release-plugin] prepare release app-1.0.0").tag("v1.0.0")
                    .commit("[maven-release-plugin] prepare for next development iteration"));
            request = withPolicy(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).build(), true);
            VersionDecision d = decide();
            assertTrue(d.nextVersion().isEmpty(), d.reasons().toString());
            assertEquals(0, d.ignored());
        }

        /**
         * FasterXML/jackson-core before 2.19.1: 38 commits summed up as non-conventional, then
         * "28 not conventional, each a patch"; the other ten were the release tool's own.
         */
        @Test
        void shouldCountReleaseToolCommitsApartFromThoseOfPeople() throws Exception {
            history(g -> g.commit("Initial import").tag("v1.0.0").commit("Fix a thing")
                    .commit("[maven-release-plugin] prepare release app-1.0.1")
                    .commit("[maven-release-plugin] prepare for next development iteration"));
            request = withPolicy(VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).build(), false);
            VersionDecision d = decide();
            assertEquals(1L, d.countsByType().get("(non-conventional)"), d.reasons().toString());
            assertEquals(2L, d.countsByType().get("(release-tool)"), d.reasons().toString());
            assertTrue(d.reasons().get(1).contains("1 not conventional, each a patch"),
                    d.reasons().toString());
        }

        @Test
        void shouldAdviseWithoutRewritingPublishedHistory() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").commit("fixed stuff")
                    .commit("[maven-release-plugin] prepare release app-1.0.1"));
            request = withPolicy(request.policy(), true);
            RefusalException e = assertThrows(RefusalException.class,
                    NextVersionCalculatorTest.this::decide);
            assertTrue(e.getMessage().startsWith("1 commit is not a Conventional Commit"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("rebase"), e.getMessage());
            assertTrue(e.getMessage().contains("-Drelease-process.nonConventional=patch"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("-DreleaseVersion=X.Y.Z"), e.getMessage());
        }

        @Test
        void shouldHonourReleaseAsInTheDefaultPresetAndWarnInPresetsThatIgnoreIt()
                throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0")
                    .commit("chore: prepare\n\nRelease-As: 2.0.0"));
            assertEquals("2.0.0", next(decide()));
            List<String> warnings = new ArrayList<>();
            Reporter reporter = new Reporter() {
                @Override
                public void info(String message) {
                }

                @Override
                public void warn(String message) {
                    warnings.add(message);
                }

                @Override
                public void debug(String message) {
                }
            };
            for (Preset preset : List.of(Preset.SEMANTIC_RELEASE, Preset.COMMITIZEN,
                    Preset.PYTHON_SEMANTIC_RELEASE)) {
                warnings.clear();
                request = request(VersioningPolicy.builder(preset).build());
                try (GitRepository repo = GitRepository.open(dir)) {
                    VersionDecision d = new NextVersionCalculator(reporter).calculate(repo,
                            request, CommitSink.NONE);
                    assertTrue(d.nextVersion().isEmpty(), preset + " " + d.reasons());
                }
                assertEquals(1, warnings.size(), preset + " " + warnings);
                assertTrue(warnings.get(0).matches("Commit [0-9a-f]{7} has 'Release-As: 2\\.0\\.0',"
                        + " which preset " + preset.id() + " ignores as the tool it imitates does;"
                        + " give -DreleaseVersion to release that version\\."), warnings.get(0));
            }
        }
    }

    @Nested
    class Strictness {

        @Test
        void shouldListTheCommitsThatAreNotConventional() throws Exception {
            List<String> ids = new ArrayList<>();
            history(g -> {
                g.commit("chore: init").tag("v1.0.0").commit("fixed stuff");
                ids.add(g.lastId().substring(0, 7));
                g.commit("feat: ok").commit("Merge branch 'x'");
            });
            request = new NextVersionRequest(request.policy(), request.tagFormat(),
                    request.initialVersion(), Optional.empty(), Optional.empty(), true, false);
            RefusalException e = assertThrows(RefusalException.class, NextVersionCalculatorTest.this::decide);
            // The merge message is git's own and exempt.
            assertTrue(e.getMessage().startsWith("1 commit is not a Conventional Commit"), e.getMessage());
            assertTrue(e.getMessage().contains("  " + ids.get(0) + " fixed stuff"), e.getMessage());
        }
    }

    @Nested
    class Walks {

        /**
         * <pre>
         * *   Merge branch 'topic'
         * |\
         * | * feat: topic work
         * * | fix: mainline
         * |/
         * * chore: init   (v1.0.0)
         * </pre>
         */
        @Test
        void shouldCountOnlyTheMainlineWhenAsked() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").branch("topic")
                    .commit("feat: topic work").checkout("main").commit("fix: mainline")
                    .merge("topic", "Merge branch 'topic'"));
            assertEquals("1.1.0", next(decide()));
            request = new NextVersionRequest(request.policy(), request.tagFormat(),
                    request.initialVersion(), Optional.empty(), Optional.empty(), false, true);
            assertEquals("1.0.1", next(decide()));
        }

        /**
         * The highest final tag is on another branch: the fast walk misses it, and the walk is
         * redone from the highest reachable release, the sink told to forget what it saw.
         * <pre>
         * * fix: mainline            (HEAD, main)
         * | * feat: elsewhere        (v2.0.0, v2.1.0-rc.1 on branch other)
         * |/
         * * chore: init              (v1.0.0)
         * </pre>
         */
        @Test
        void shouldRedoTheWalkWhenTheHighestTagIsOnAnotherBranch() throws Exception {
            history(g -> g.commit("chore: init").tag("v1.0.0").branch("other")
                    .commit("feat: elsewhere").tag("v2.0.0").tag("v2.1.0-rc.1").checkout("main")
                    .commit("fix: mainline"));
            List<AnalyzedCommit> seen = new ArrayList<>();
            int[] restarts = {0};
            VersionDecision d;
            try (GitRepository repo = GitRepository.open(dir)) {
                d = new NextVersionCalculator(Reporter.SILENT).calculate(repo, request,
                        new CommitSink() {
                            @Override
                            public void accept(AnalyzedCommit commit) {
                                seen.add(commit);
                            }

                            @Override
                            public void restart() {
                                restarts[0]++;
                                seen.clear();
                            }
                        });
            }
            assertEquals("1.0.1", next(d));
            assertEquals("v1.0.0", d.lastTag().orElseThrow().name());
            assertEquals(1, restarts[0]);
            assertEquals(List.of("fix: mainline"),
                    seen.stream().map(c -> c.header().subject()).toList());
            assertEquals(1, d.commitCount());
        }

        @Test
        void shouldHandEveryCommitToTheSinkOnce() throws Exception {
            history(g -> {
                g.commit("chore: init").tag("v1.0.0");
                for (int i = 0; i < 50; i++) {
                    g.commit("fix: number " + i);
                }
            });
            List<AnalyzedCommit> seen = new ArrayList<>();
            try (GitRepository repo = GitRepository.open(dir)) {
                new NextVersionCalculator(Reporter.SILENT).calculate(repo, request, seen::add);
            }
            assertEquals(50, seen.size());
            assertEquals("fix: number 49", seen.get(0).header().subject());
        }
    }

    private VersionDecision decide() throws Exception {
        try (GitRepository repo = GitRepository.open(dir)) {
            return new NextVersionCalculator(Reporter.SILENT).calculate(repo, request, CommitSink.NONE);
        }
    }

    private static String next(VersionDecision d) {
        return d.nextVersion().map(Version::toString).orElse(null);
    }

    private void history(java.util.function.Consumer<GitScenario> steps) {
        try (GitScenario g = GitScenario.init(dir)) {
            steps.accept(g);
        }
    }

    private static NextVersionRequest request(VersioningPolicy policy) {
        return new NextVersionRequest(policy, TagFormat.of(TagFormat.DEFAULT, null),
                Version.of(1, 0, 0), Optional.empty(), Optional.empty(), false, false);
    }

    private NextVersionRequest withPrerelease(String label) {
        return change(r -> new NextVersionRequest(r.policy(), r.tagFormat(), r.initialVersion(),
                Optional.of(label), Optional.empty(), false, false));
    }

    private NextVersionRequest withReleaseVersion(String version) {
        return change(r -> new NextVersionRequest(r.policy(), r.tagFormat(), r.initialVersion(),
                Optional.empty(), Optional.of(Version.parse(version)), false, false));
    }

    private NextVersionRequest change(UnaryOperator<NextVersionRequest> how) {
        return how.apply(request);
    }
}
