package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.history.CommitChanges;
import io.github.releaseprocess.history.CommitChanges.Hunk;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.GateResult.Status;
import io.github.releaseprocess.release.GateSettings.ReviewEvidence;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code review gate: which commits count as reviewed, and why a subject alone exempts nothing.
 */
class ReviewGateTest {

    @TempDir
    Path dir;

    private static final BuildRunner PASSING = (invocation, output) -> BuildResult.succeeded();

    private GateResult reviewGate(PrepareRequest request) throws Exception {
        PrepareResult plan = new Releaser(Reporter.SILENT, PASSING).prepare(request, true);
        return plan.gates().stream().filter(g -> g.gate().equals("code review")).findFirst()
                .orElseThrow();
    }

    private PrepareRequest requiring(Set<ReviewEvidence> evidence) {
        GateSettings gates = new GateSettings(true, false, GateSettings.DEFAULT_BRANCHES,
                GateSettings.Review.REQUIRE, true, true, evidence);
        return ReleaseFixture.request(dir).toBuilder().gates(gates).build();
    }

    /** The fixture released for real: v1.3.0 on the release commit, then the development commit. */
    private void released() throws Exception {
        ReleaseFixture.create(dir);
        new Releaser(Reporter.SILENT, PASSING).prepare(ReleaseFixture.request(dir), false);
        try (GitScenario git = GitScenario.open(dir)) {
            Files.writeString(dir.resolve("CHANGELOG.md"), Files.readString(dir.resolve(
                    "CHANGELOG.md")).replace("## [Unreleased]\n", "## [Unreleased]\n\n### Added\n\n"
                            + "- Sorting.\n"));
            git.commitAll("feat: sorting\n\nReviewed-by: A Reviewer <r@example.invalid>");
        }
    }

    private PrepareRequest afterRelease(Set<ReviewEvidence> evidence, String current) {
        PrepareRequest r = requiring(evidence);
        return PrepareRequest.builder(dir, current, r.versioning()).gates(r.gates())
                .changelog(r.changelog()).today(r.today()).build();
    }

    @Nested
    class VersionCommitsOfThePlugin {

        /**
         * <pre>
         * * feat: sorting (reviewed)                      (HEAD, main)
         * * chore(release): start 1.3.1-SNAPSHOT development   POM version only
         * * chore(release): 1.3.0                         (v1.3.0)
         * </pre>
         */
        @Test
        void shouldExemptTheDevelopmentCommitThatOnlyChangesTheVersion() throws Exception {
            released();
            GateResult gate = reviewGate(afterRelease(ReviewEvidence.DEFAULT, "1.3.1-SNAPSHOT"));
            assertEquals(Status.PASS, gate.status(), gate.toString());
        }

        @Test
        void shouldExemptTheReleaseCommitWithItsChangelogPromotion() throws Exception {
            released();
            try (GitRepository repository = GitRepository.open(dir);
                    GitScenario git = GitScenario.open(dir)) {
                String release = git.git().getRepository().resolve("v1.3.0^{commit}").name();
                List<Hunk> edits = CommitChanges.textEdits(repository, release).orElseThrow();
                assertTrue(edits.stream().anyMatch(h -> h.path().equals("CHANGELOG.md")), "" + edits);
                VersionCommits own = new VersionCommits(List.of(
                        PrepareRequest.DEFAULT_RELEASE_MESSAGE), Optional.of("CHANGELOG.md"));
                assertEquals(Optional.of(Version.parse("1.3.0")),
                        own.versionNamed("chore(release): 1.3.0"));
                assertTrue(own.onlyVersionText(edits, Version.parse("1.3.0")), "" + edits);
                assertFalse(own.onlyVersionText(edits, Version.parse("1.4.0")), "" + edits);
            }
        }

        /**
         * <pre>
         * * chore(release): start 1.3.2-SNAPSHOT development   POM version + src/Backdoor.java
         * * feat: sorting (reviewed)
         * * chore(release): start 1.3.1-SNAPSHOT development
         * * chore(release): 1.3.0                         (v1.3.0)
         * </pre>
         */
        @Test
        void shouldRequireAReviewOfACodeChangeBehindAReleaseSubject() throws Exception {
            released();
            String hidden;
            try (GitScenario git = GitScenario.open(dir)) {
                Files.writeString(dir.resolve("pom.xml"), Files.readString(dir.resolve("pom.xml"))
                        .replace("1.3.1-SNAPSHOT", "1.3.2-SNAPSHOT"));
                Files.createDirectories(dir.resolve("src"));
                Files.writeString(dir.resolve("src/Backdoor.java"), "class Backdoor {}\n");
                git.commitAll("chore(release): start 1.3.2-SNAPSHOT development");
                hidden = git.lastId().substring(0, 7);
            }
            GateResult gate = reviewGate(afterRelease(ReviewEvidence.DEFAULT, "1.3.2-SNAPSHOT"));
            assertEquals(Status.FAIL, gate.status(), gate.toString());
            assertEquals(List.of(hidden + " chore(release): start 1.3.2-SNAPSHOT development"),
                    gate.items());
        }

        @Test
        void shouldRequireAReviewOfAQuickfixWithAReleaseSubject() throws Exception {
            ReleaseFixture.create(dir);
            String hidden;
            try (GitScenario git = GitScenario.open(dir)) {
                git.commitFile("src/Quick.java", "chore(release): quickfix");
                hidden = git.lastId().substring(0, 7);
            }
            GateResult gate = reviewGate(requiring(ReviewEvidence.DEFAULT));
            assertEquals(Status.FAIL, gate.status(), gate.toString());
            assertEquals(List.of(hidden + " chore(release): quickfix"), gate.items());
        }

        @Test
        void shouldRequireAReviewOfAnotherVersionThanTheSubjectNames() throws Exception {
            ReleaseFixture.create(dir);
            try (GitScenario git = GitScenario.open(dir)) {
                // A dependency moved to 6.6.6 under the subject of the 1.2.2-SNAPSHOT commit.
                Files.writeString(dir.resolve("pom.xml"), ReleaseFixture.POM.replace(
                        "</project>", "<dependencies><dependency><groupId>x</groupId>"
                                + "<artifactId>y</artifactId><version>1.0.0</version></dependency>"
                                + "</dependencies>\n</project>"));
                git.commitAll("build: depend on y\n\nReviewed-by: R <r@example.invalid>");
                Files.writeString(dir.resolve("pom.xml"), Files.readString(dir.resolve("pom.xml"))
                        .replace("<version>1.0.0</version>", "<version>6.6.6</version>"));
                git.commitAll("chore(release): start 1.2.2-SNAPSHOT development");
            }
            assertEquals(Status.FAIL, reviewGate(requiring(ReviewEvidence.DEFAULT)).status());
        }
    }

    @Nested
    class VersionText {
        private final VersionCommits own = new VersionCommits(List.of(
                PrepareRequest.DEFAULT_RELEASE_MESSAGE), Optional.of("CHANGELOG.md"));
        private final Version v = Version.parse("1.3.0");

        @Test
        void shouldAcceptTheOutputTimestampAndPythonSpellings() {
            assertTrue(own.onlyVersionText(List.of(
                    new Hunk("pom.xml", List.of("    <project.build.outputTimestamp>2024-01-01T00:00:00Z"
                            + "</project.build.outputTimestamp>"), List.of("    <project.build"
                                    + ".outputTimestamp>2026-11-28T10:00:00Z</project.build"
                                    + ".outputTimestamp>")),
                    new Hunk("app/__init__.py", List.of("__version__ = \"1.2.1.dev0\""),
                            List.of("__version__ = \"1.3.0\"")),
                    new Hunk("versions.txt", List.of("demo:1.2.0:1.2.1-SNAPSHOT"),
                            List.of("demo:1.3.0:1.3.0"))), v));
        }

        /** maven-release-plugin's edit, which the plugin makes too: the tag, then HEAD. */
        @Test
        void shouldAcceptTheScmTag() {
            assertTrue(own.onlyVersionText(List.of(new Hunk("pom.xml",
                    List.of("    <tag>HEAD</tag>", "  <version>1.2.1-SNAPSHOT</version>"),
                    List.of("    <tag>v1.3.0</tag>", "  <version>1.3.0</version>"))), v));
            assertFalse(own.onlyVersionText(List.of(new Hunk("pom.xml",
                    List.of("    <tag>HEAD</tag>"), List.of("    <tag>v1.3.0</tag><x/>"))), v));
        }

        @Test
        void shouldRefuseAddedLinesOutsideTheChangelog() {
            assertFalse(own.onlyVersionText(List.of(new Hunk("README.md", List.of(),
                    List.of("[x]: https://example.invalid/"))), v));
            assertFalse(own.onlyVersionText(List.of(new Hunk("CHANGELOG.md", List.of(),
                    List.of("- A new entry nobody reviewed."))), v));
            assertFalse(own.onlyVersionText(List.of(new Hunk("pom.xml",
                    List.of("<version>1.2.1-SNAPSHOT</version>", "<scope>test</scope>"),
                    List.of("<version>1.3.0</version>"))), v));
        }
    }

    @Nested
    class Evidence {

        private void squashMerged(String subject, PersonIdent committer) throws Exception {
            ReleaseFixture.create(dir);
            try (GitScenario git = GitScenario.open(dir)) {
                Files.writeString(dir.resolve("Squashed.java"), "class Squashed {}\n");
                git.git().add().addFilepattern("Squashed.java").call();
                git.git().commit().setMessage(subject).setSign(false)
                        .setAuthor(new PersonIdent("Dev", "dev@example.invalid"))
                        .setCommitter(committer).call();
            }
        }

        @Test
        void shouldNotAcceptAPullRequestSquashMergeByDefault() throws Exception {
            squashMerged("feat: sorting (#123)", new PersonIdent("GitHub", "noreply@github.com"));
            assertEquals(Status.FAIL, reviewGate(requiring(ReviewEvidence.DEFAULT)).status());
        }

        @Test
        void shouldAcceptAPullRequestSquashMergeWhenOptedIn() throws Exception {
            squashMerged("feat: sorting (#123)", new PersonIdent("GitHub", "noreply@github.com"));
            assertEquals(Status.PASS, reviewGate(requiring(Set.of(ReviewEvidence.TRAILER,
                    ReviewEvidence.MERGE, ReviewEvidence.PULL_REQUEST))).status());
        }

        @Test
        void shouldNotTakeAPullRequestNumberFromAnyoneElse() throws Exception {
            squashMerged("feat: sorting (#123)", new PersonIdent("Dev", "dev@example.invalid"));
            assertEquals(Status.FAIL, reviewGate(requiring(Set.of(ReviewEvidence.PULL_REQUEST,
                    ReviewEvidence.TRAILER))).status());
        }

        @Test
        void shouldIgnoreTrailersWhenTheyAreNotEvidence() throws Exception {
            ReleaseFixture.create(dir); // its commits since v1.2.0 carry Reviewed-by: trailers
            assertEquals(Status.PASS, reviewGate(requiring(ReviewEvidence.DEFAULT)).status());
            assertEquals(Status.FAIL, reviewGate(requiring(Set.of(ReviewEvidence.MERGE))).status());
        }

        @Test
        void shouldParseTheListAndRefuseAnUnknownKind() {
            assertEquals(Set.of(ReviewEvidence.TRAILER, ReviewEvidence.PULL_REQUEST),
                    ReviewEvidence.parseList("trailer, pull-request"));
            assertEquals(ReviewEvidence.DEFAULT, ReviewEvidence.parseList(null));
            io.github.releaseprocess.core.RefusalException e = org.junit.jupiter.api.Assertions
                    .assertThrows(io.github.releaseprocess.core.RefusalException.class,
                            () -> ReviewEvidence.parseList("trailer,approvals"));
            assertTrue(e.getMessage().contains("'approvals' is not a kind of review evidence"));
        }
    }
}
