package io.github.releaseprocess.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VersioningPolicyTest {

    private static final Version ONE = Version.parse("1.4.2");
    private static final Version ZERO = Version.parse("0.3.1");

    private static Bump bump(VersioningPolicy policy, String message, Version current) {
        return policy.bumpOf(policy.parser().parse(message), current);
    }

    private static Bump bump(Preset preset, String message, Version current) {
        return bump(VersioningPolicy.builder(preset).build(), message, current);
    }

    @Nested
    class Defaults {

        private final VersioningPolicy policy = VersioningPolicy.defaults();

        @Test
        void shouldBumpFeatMinorFixAndPerfPatchAndNothingElse() {
            assertEquals(Bump.MINOR, bump(policy, "feat: x", ONE));
            assertEquals(Bump.MINOR, bump(policy, "Feat(api): x", ONE));
            assertEquals(Bump.PATCH, bump(policy, "fix: x", ONE));
            assertEquals(Bump.PATCH, bump(policy, "perf: x", ONE));
            for (String other : List.of("docs: x", "chore(deps): x", "refactor: x", "revert: x",
                    "deps: x", "ci: x", "test: x", "style: x", "build: x")) {
                assertEquals(Bump.NONE, bump(policy, other, ONE), other);
            }
        }

        /**
         * A type outside the preset's vocabulary (log4j2's "Javadoc:", "spelling:") counts by the
         * * rule; in a free-form history (nonConventional=patch) it is a topic, and a patch.
         */
        @Test
        void shouldCountTypesOutsideTheVocabularyAsFreeFormUnderPatch() {
            VersioningPolicy patch = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).build();
            assertEquals(Bump.NONE, bump(policy, "Javadoc: fix a typo", ONE));
            assertEquals(Bump.PATCH, bump(patch, "Javadoc: fix a typo", ONE));
            assertEquals(Bump.PATCH, bump(patch, "XmlLayout: fix NPE", ONE));
            assertEquals(Bump.NONE, bump(patch, "docs: typo", ONE));
            assertTrue(patch.knowsType("Docs"));
            assertFalse(patch.knowsType("spelling"));
            VersioningPolicy named = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .nonConventional(NonConventional.PATCH).bumpRule("spelling", Bump.NONE)
                    .build();
            assertEquals(Bump.NONE, bump(named, "spelling: the", ONE));
            assertTrue(VersioningPolicy.builder(Preset.RELEASE_PLEASE).build().knowsType("deps"));
            assertFalse(policy.knowsType("deps"));
        }

        @Test
        void shouldBumpBreakingChangesMajorWhateverTheType() {
            assertEquals(Bump.MAJOR, bump(policy, "feat!: x", ONE));
            assertEquals(Bump.MAJOR, bump(policy, "chore!: drop node 14", ONE));
            assertEquals(Bump.MAJOR, bump(policy, "docs: x\n\nBREAKING CHANGE: y", ONE));
            assertEquals(Bump.MAJOR, bump(policy, "fix: x\n\nBREAKING-CHANGE: y", null));
        }

        @Test
        void shouldBumpBreakingChangesMinorBeforeOne() {
            assertEquals(Bump.MINOR, bump(policy, "feat!: x", ZERO));
            assertEquals(Bump.MINOR, bump(policy, "feat: x", ZERO));
            assertEquals(Bump.MINOR, bump(policy, "feat!: x", Version.parse("0.9.0-rc.1")));
            assertEquals(Bump.MAJOR, bump(policy, "feat!: x", Version.parse("1.0.0-rc.1")));
        }

        @Test
        void shouldReleaseNothingForMessagesThatAreNotConventional() {
            for (String message : List.of("Update README", "Merge branch 'x'\n\nfeat!: y",
                    "fixup! feat: x", "1.2.3", "", "Revert \"fix: x\"\n\nThis reverts commit abcdef1.",
                    "Update\n\nBREAKING CHANGE: y")) {
                assertEquals(Bump.NONE, bump(policy, message, ONE), message);
            }
        }

        @Test
        void shouldDescribeItselfInOneLine() {
            assertEquals("preset conventionalcommits: feat=minor, fix=patch, perf=patch, *=none;"
                    + " breaking=major (minor before 1.0); Release-As honoured", policy.describe());
            assertTrue(policy.honoursReleaseAs());
            assertFalse(policy.splitsSquashBodies());
            assertFalse(policy.ignoresMergeCommits());
            assertEquals(Preset.CONVENTIONALCOMMITS, policy.preset());
        }
    }

    @Nested
    class Refinements {

        @Test
        void shouldTakeTypeRulesAndTheWildcard() {
            VersioningPolicy policy = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .bumpRule("Refactor", Bump.PATCH).bumpRule("*", Bump.PATCH)
                    .bumpRule("perf", Bump.NONE).build();
            assertEquals(Bump.PATCH, bump(policy, "refactor: x", ONE));
            assertEquals(Bump.PATCH, bump(policy, "chore: x", ONE));
            assertEquals(Bump.NONE, bump(policy, "perf: x", ONE));
            assertEquals(Bump.NONE, bump(policy, "Update README", ONE));
            assertEquals("preset conventionalcommits: feat=minor, fix=patch, perf=none,"
                    + " refactor=patch, *=patch; breaking=major (minor before 1.0);"
                    + " Release-As honoured", policy.describe());
        }

        @Test
        void shouldReadThePomsBumpRules() {
            Map<String, String> rules = new LinkedHashMap<>();
            rules.put("docs", "patch");
            rules.put("feat", "MAJOR");
            rules.put("other-types", "patch");
            VersioningPolicy policy = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .bumpRules(rules).build();
            assertEquals(Bump.PATCH, bump(policy, "docs: x", ONE));
            assertEquals(Bump.MAJOR, bump(policy, "feat: x", ONE));
            assertEquals(Bump.PATCH, bump(policy, "style: x", ONE));
            assertEquals(Bump.PATCH, VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .bumpRules(Map.of("*", "patch")).build().otherTypesBump());
        }

        @Test
        void shouldRefuseABadBumpRuleNamingTheEntry() {
            RefusalException e = assertThrows(RefusalException.class, () -> VersioningPolicy
                    .builder(Preset.CONVENTIONALCOMMITS).bumpRules(Map.of("feat", "minr")));
            assertEquals("<bumpRules> entry <feat>minr</feat> is not a bump: use major, minor, patch"
                    + " or none.", e.getMessage());
            e = assertThrows(RefusalException.class, () -> VersioningPolicy
                    .builder(Preset.CONVENTIONALCOMMITS).bumpRules(Map.of("feat-x", "minor")));
            assertTrue(e.getMessage().startsWith("<bumpRules> entry 'feat-x' is not a commit type"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> VersioningPolicy
                    .builder(Preset.CONVENTIONALCOMMITS).bumpRule("fe at", Bump.PATCH));
        }

        @Test
        void shouldBumpBreakingMajorBeforeOneWhenAskedTo() {
            VersioningPolicy policy = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .breakingBumpsMinorBeforeOne(false).build();
            assertEquals(Bump.MAJOR, bump(policy, "feat!: x", ZERO));
            assertTrue(policy.describe().contains("breaking=major;") || policy.describe()
                    .endsWith("breaking=major"), policy.describe());
        }

        @Test
        void shouldBumpFeaturesPatchBeforeOneWhenAskedTo() {
            VersioningPolicy policy = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .featBumpsPatchBeforeOne(true).build();
            assertEquals(Bump.PATCH, bump(policy, "feat: x", ZERO));
            assertEquals(Bump.MINOR, bump(policy, "feat!: x", ZERO));
            assertEquals(Bump.MINOR, bump(policy, "feat: x", ONE));
            assertEquals(Bump.MINOR, bump(policy, "feat: x", null));
        }

        @Test
        void shouldTurnTheOtherSwitches() {
            VersioningPolicy policy = VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS)
                    .honourReleaseAs(true).splitSquashBodies(true).ignoreMergeCommits(true)
                    .bangMarksBreaking(false).build();
            assertTrue(policy.honoursReleaseAs());
            assertTrue(policy.splitsSquashBodies());
            assertTrue(policy.ignoresMergeCommits());
            assertEquals(Bump.MINOR, bump(policy, "feat!: x", ONE));
            assertEquals("preset conventionalcommits: feat=minor, fix=patch, perf=patch, *=none;"
                    + " breaking=major (minor before 1.0); '!' not breaking; Release-As honoured;"
                    + " body messages: paragraphs; merge commits ignored", policy.describe());
        }
    }

    @Nested
    class ReleaseAs {

        @Test
        void shouldReadTheVersionOnlyWhenHonoured() {
            VersioningPolicy please = VersioningPolicy.builder(Preset.RELEASE_PLEASE).build();
            ConventionalCommit commit = please.parser().parse("chore: go\n\nRelease-As: v2.0.0");
            assertEquals(Optional.of(Version.parse("2.0.0")), please.releaseAsOf(commit, "abc1234"));
            assertEquals(Optional.of(Version.parse("2.0.0")),
                    VersioningPolicy.defaults().releaseAsOf(commit, "abc1234"));
            assertEquals(Optional.empty(), VersioningPolicy.builder(Preset.COMMITIZEN).build()
                    .releaseAsOf(commit, "abc1234"));
            assertEquals(Optional.empty(), please.releaseAsOf(please.parser().parse("fix: x"), "a"));
        }

        @Test
        void shouldRefuseAReleaseAsThatIsNotAVersion() {
            VersioningPolicy please = VersioningPolicy.builder(Preset.RELEASE_PLEASE).build();
            ConventionalCommit commit = please.parser().parse("chore: go\n\nRelease-As: 2.0");
            RefusalException e = assertThrows(RefusalException.class,
                    () -> please.releaseAsOf(commit, "abc1234"));
            assertTrue(e.getMessage().startsWith("Commit abc1234 has 'Release-As: 2.0', which is"
                    + " not a Semantic Version"), e.getMessage());
        }
    }

    @Nested
    class PresetRules {

        @Test
        void shouldReadCommitsAsSemanticReleaseDoes() {
            Preset p = Preset.SEMANTIC_RELEASE;
            assertEquals(Bump.NONE, bump(p, "feat!: x", ONE), "Angular does not know '!'");
            assertEquals(Bump.MAJOR, bump(p, "feat: x\n\nBREAKING CHANGE: y", ONE));
            assertEquals(Bump.MAJOR, bump(p, "feat: x\nbreaking change: y", ONE));
            assertEquals(Bump.MAJOR, bump(p, "Update\n\nBREAKING CHANGE: y", ONE));
            assertEquals(Bump.MINOR, bump(p, "feat: x\n\nBREAKING-CHANGE: y", ONE));
            assertEquals(Bump.PATCH, bump(p, "Revert \"feat: x\"\n\nThis reverts commit abcdef1.",
                    ONE));
            assertEquals(Bump.PATCH, bump(p, "revert: feat: x\n\nThis reverts commit abcdef1.", ONE));
            assertEquals(Bump.MAJOR, bump(p, "fix: x\n\nBREAKING CHANGE: y", ZERO));
            assertEquals(Bump.NONE, bump(p, "docs: x", ONE));
        }

        @Test
        void shouldReadCommitsAsReleasePleaseDoes() {
            Preset p = Preset.RELEASE_PLEASE;
            assertEquals(Bump.PATCH, bump(p, "revert: x", ONE));
            assertEquals(Bump.PATCH, bump(p, "perf: x", ONE));
            assertEquals(Bump.NONE, bump(p, "docs: x", ONE));
            assertEquals(Bump.NONE, bump(p, "deps: x", ONE));
            assertEquals(Bump.MAJOR, bump(p, "feat!: x", ZERO), "bump-minor-pre-major is off");
            VersioningPolicy policy = VersioningPolicy.builder(p).build();
            assertTrue(policy.honoursReleaseAs());
            assertTrue(policy.splitsSquashBodies());
        }

        @Test
        void shouldAlsoReleaseDepsAndDocsInJavaRepositories() {
            Preset p = Preset.RELEASE_PLEASE_JAVA;
            assertEquals(Bump.PATCH, bump(p, "deps: update guava", ONE));
            assertEquals(Bump.PATCH, bump(p, "docs: x", ONE));
            assertEquals(Bump.PATCH, bump(p, "fix(deps): update guava", ONE));
            assertEquals(Bump.NONE, bump(p, "chore(deps): update guava", ONE));
            assertEquals(Bump.NONE, bump(p, "chore: x", ONE));
        }

        @Test
        void shouldReadCommitsAsPythonSemanticReleaseDoes() {
            Preset p = Preset.PYTHON_SEMANTIC_RELEASE;
            VersioningPolicy policy = VersioningPolicy.builder(p).build();
            assertTrue(policy.ignoresMergeCommits());
            assertTrue(policy.splitsSquashBodies());
            assertEquals(Bump.MAJOR, bump(p, "feat!: x", ZERO), "major_on_zero is on");
            assertEquals(Bump.NONE, bump(p, "revert: x", ONE));
            Bump max = Bump.NONE;
            for (ConventionalCommit c : policy.parser().parseAll(
                    "Update deps (#12)\n\n* chore: bump x\n\n* fix: handle y")) {
                max = max.max(policy.bumpOf(c, ONE));
            }
            assertEquals(Bump.PATCH, max);
        }

        @Test
        void shouldReadCommitsAsCommitizenDoes() {
            Preset p = Preset.COMMITIZEN;
            assertEquals(Bump.PATCH, bump(p, "refactor: x", ONE));
            assertEquals(Bump.MAJOR, bump(p, "feat!: x", ZERO), "major_version_zero is off");
            assertEquals(Bump.MAJOR, bump(p, "fix: x\nBREAKING CHANGE: y", ONE));
            assertEquals(Bump.NONE, bump(p, "docs: x", ONE));
        }

        @Test
        void shouldLetSettingsRefineAPreset() {
            VersioningPolicy policy = VersioningPolicy.builder(Preset.COMMITIZEN)
                    .breakingBumpsMinorBeforeOne(true).bumpRule("refactor", Bump.NONE).build();
            assertEquals(Bump.MINOR, bump(policy, "feat!: x", ZERO));
            assertEquals(Bump.NONE, bump(policy, "refactor: x", ONE));
        }

        @Test
        void shouldDescribeEveryPreset() {
            assertEquals("preset semantic-release: feat=minor, fix=patch, perf=patch, revert=patch,"
                    + " *=none; breaking=major; '!' headers not conventional; breaking notes"
                    + " BREAKING CHANGE (lenient)", VersioningPolicy.builder(Preset.SEMANTIC_RELEASE)
                            .build().describe());
            assertEquals("preset release-please-java: feat=minor, fix=patch, perf=patch, deps=patch,"
                    + " docs=patch, revert=patch, *=none; breaking=major; breaking notes at"
                    + " line start; Release-As honoured;"
                    + " body messages: footers", VersioningPolicy.builder(Preset.RELEASE_PLEASE_JAVA)
                            .build().describe());
            for (Preset preset : Preset.values()) {
                String line = VersioningPolicy.builder(preset).build().describe();
                assertTrue(line.startsWith("preset " + preset.id() + ": "), line);
                assertTrue(line.length() <= 200, line);
            }
        }
    }
}
