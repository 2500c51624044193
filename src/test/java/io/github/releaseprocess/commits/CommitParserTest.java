package io.github.releaseprocess.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.commits.ConventionalCommit.Kind;
import io.github.releaseprocess.commits.ParserOptions.BreakingNotes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommitParserTest {

    private static ConventionalCommit parse(String message) {
        return CommitParser.defaults().parse(message);
    }

    @Nested
    class Header {

        @Test
        void shouldReadTypeScopeBangAndDescription() {
            ConventionalCommit c = parse("feat(api)!: send an email");
            assertEquals(Kind.CONVENTIONAL, c.kind());
            assertEquals("feat", c.type());
            assertEquals("api", c.scope());
            assertTrue(c.bang());
            assertTrue(c.isBreaking());
            assertFalse(c.breakingFooter());
            assertEquals("send an email", c.description());
            assertEquals("feat(api)!: send an email", c.subject());
        }

        @Test
        void shouldReportTheTypeInLowerCase() {
            assertEquals("feat", parse("FEAT(foo)!: flag").type());
            assertEquals("fix", parse("Fix: a bug").type());
        }

        /** log4j2's "XmlLayout: fix …" and gson's "JsonReader: …" name a class, not a type. */
        @Test
        void shouldNotReadAClassNameAsAType() {
            for (String subject : List.of("XmlLayout: fix NPE", "JsonReader: accept a BOM",
                    "jsonReader(core): x y", "FileAppenderTest: flaky")) {
                ConventionalCommit c = parse(subject);
                assertEquals(Kind.NON_CONVENTIONAL, c.kind(), subject);
                assertNull(c.type(), subject);
            }
            assertEquals(Optional.of("XmlLayout"), CommitParser.nameInsteadOfType(
                    "XmlLayout: fix NPE"));
            assertEquals(Optional.of("pom.xml"), CommitParser.nameInsteadOfType("pom.xml: bump"));
            assertEquals(Optional.of("LOG4J2-3214"), CommitParser.nameInsteadOfType(
                    "LOG4J2-3214: fix a race"));
            assertEquals(Optional.empty(), CommitParser.nameInsteadOfType("Fix: a bug"));
            assertEquals(Optional.empty(), CommitParser.nameInsteadOfType("Update the README"));
            assertEquals("checkstyle", parse("Checkstyle: whitespace").type());
        }

        @Test
        void shouldKeepScopesWithCommasSpacesSlashesAndColons() {
            assertEquals("preset, eslint", parse("fix(preset, eslint): x").scope());
            assertEquals("@org/hello-world", parse("feat(@org/hello-world): x").scope());
            assertEquals("ng:list", parse("feat(ng:list): x").scope());
            assertEquals("*", parse("fix(*): x").scope());
        }

        @Test
        void shouldDropTrailingBlanksOfTheDescription() {
            assertEquals("use subjects", parse("docs(repo): use subjects  \nmore").description());
        }

        @Test
        void shouldRefuseHeadersThatBendTheGrammar() {
            for (String header : List.of(" feat: leading blank", "feat:no space", "feat: ",
                    "feat(): empty scope", "feat!(scope): bang before scope", "feat2: digits",
                    "white_check_mark: underscore", "Signed-off-by: Dev", "type(scope)-subject",
                    "feat(a(b)): nested")) {
                assertEquals(Kind.NON_CONVENTIONAL, parse(header).kind(), header);
                assertNull(parse(header).type(), header);
            }
        }
    }

    @Nested
    class BodyAndFooters {

        @Test
        void shouldSplitBodyAndFootersOfTheSpecExample() {
            ConventionalCommit c = parse("fix: prevent racing of requests\n\nIntroduce a request id."
                    + "\n\nRemove timeouts.\n\nReviewed-by: Z\nRefs: #123");
            assertEquals("Introduce a request id.\n\nRemove timeouts.", c.body());
            assertEquals(List.of(new Footer("Reviewed-by", "Z"), new Footer("Refs", "#123")),
                    c.footers());
            assertEquals(Optional.of("Z"), c.footer("reviewed-BY"));
            assertEquals(Optional.empty(), c.footer("Acked-by"));
        }

        @Test
        void shouldKeepTheHashOfTokenHashValueFooters() {
            ConventionalCommit c = parse("fix: x\n\nCloses #123\nFixes #33");
            assertEquals(List.of(new Footer("Closes", "#123"), new Footer("Fixes", "#33")),
                    c.footers());
            assertEquals("", c.body());
        }

        @Test
        void shouldContinueAFooterValueUntilTheNextToken() {
            ConventionalCommit c = parse("feat: x\n\nBREAKING CHANGE: first line\nsecond line\n\n"
                    + "third paragraph\nRefs: #1");
            assertEquals(new Footer("BREAKING CHANGE", "first line\nsecond line\n\nthird paragraph"),
                    c.footers().get(0));
            assertEquals(new Footer("Refs", "#1"), c.footers().get(1));
            assertTrue(c.breakingFooter());
        }

        @Test
        void shouldTakeTheValueOfABareBreakingTokenFromTheNextLines() {
            ConventionalCommit c = parse("feat: x\n\nBREAKING CHANGE:\n\nCallback is removed.");
            assertTrue(c.breakingFooter());
            assertEquals(Optional.of("Callback is removed."), c.footer("BREAKING CHANGE"));
        }

        @Test
        void shouldRecogniseBothBreakingTokensOnlyInUpperCase() {
            assertTrue(parse("feat: x\n\nBREAKING-CHANGE: y").isBreaking());
            assertFalse(parse("feat: x\n\nbreaking change: y").isBreaking());
            assertFalse(parse("feat: x\n\nBREAKING CHANGES: y").isBreaking());
            assertFalse(parse("feat: x\n\nBREAKING CHANGE was discussed.").isBreaking());
        }

        @Test
        void shouldNeedABlankLineBeforeTheFooters() {
            ConventionalCommit c = parse("feat: x\nBREAKING CHANGE: y");
            assertFalse(c.isBreaking());
            assertEquals("BREAKING CHANGE: y", c.body());
            assertTrue(c.footers().isEmpty());
        }

        @Test
        void shouldReadReleaseAsTrimmedAndInAnyCase() {
            assertEquals(Optional.of("2.0.0"), parse("chore: release 2.0.0\n\nRelease-As:  2.0.0 ")
                    .releaseAs());
            assertEquals(Optional.of("1.0.0"), parse("chore: go\n\nrelease-as: 1.0.0").releaseAs());
            assertEquals(Optional.empty(), parse("chore: go").releaseAs());
        }

        @Test
        void shouldReadFootersOfMessagesThatAreNotConventional() {
            ConventionalCommit c = parse("Update readme\n\nReviewed-by: Ann");
            assertEquals(Kind.NON_CONVENTIONAL, c.kind());
            assertEquals(Optional.of("Ann"), c.footer("Reviewed-by"));
        }
    }

    @Nested
    class Cleanup {

        @Test
        void shouldTreatCrLfLikeLf() {
            ConventionalCommit c = parse("feat: x\r\n\r\nbody\r\n\r\nBREAKING CHANGE: y\r\n");
            assertTrue(c.breakingFooter());
            assertEquals("body", c.body());
            assertEquals(Optional.of("y"), c.footer("BREAKING CHANGE"));
        }

        @Test
        void shouldDropLeadingAndTrailingBlankLines() {
            ConventionalCommit c = parse("\n\n  \nfix($animate): apply styles\n\n\n");
            assertEquals("fix", c.type());
            assertEquals("fix($animate): apply styles", c.subject());
        }

        @Test
        void shouldDropEverythingFromAScissorsLine() {
            ConventionalCommit c = parse("feat: x\n\nbody\n# ------------------------ >8 "
                    + "------------------------\n\nBREAKING CHANGE: in the diff below the line");
            assertFalse(c.isBreaking());
            assertEquals("body", c.body());
            assertEquals(Kind.EMPTY, parse("; ------------------------ >8 ------------------------\n"
                    + "diff").kind());
        }

        @Test
        void shouldCallBlankMessagesEmpty() {
            for (String message : List.of("", "\n", " \r\n\t\n")) {
                ConventionalCommit c = parse(message);
                assertEquals(Kind.EMPTY, c.kind());
                assertEquals("", c.subject());
                assertEquals("", c.body());
            }
        }
    }

    @Nested
    class Kinds {

        @Test
        void shouldRecogniseMergeCommitsOfGitAndTheForges() {
            for (String subject : List.of("Merge branch 'feature'", "Merge branch 'a' into 'main'",
                    "Merge pull request #1 from user/feature", "Merge tag 'v1.1.1'",
                    "Merge remote-tracking branch 'origin/main'", "Merge commit 'abc123'",
                    "Merged PR 1: feat(scope): something", "Merged in feature/x (pull request #8)",
                    "Merged develop into feature/y", "Automatic merge", "Auto-merged develop into main",
                    "Merge 3f4e5d6 into 9a8b7c6")) {
                assertEquals(Kind.MERGE, parse(subject + "\n\nfeat: body").kind(), subject);
            }
            assertEquals(Kind.NON_CONVENTIONAL, parse("foo bar Merge branch xxx").kind());
        }

        @Test
        void shouldRecogniseGitRevertsAndTheirTarget() {
            ConventionalCommit c = parse("Revert \"feat: add x\"\n\nThis reverts commit "
                    + "8dc2a10b5de0b3d3f792ed534f38335001c2875c.");
            assertEquals(Kind.REVERT, c.kind());
            assertFalse(c.isConventional());
            assertEquals(Optional.of("8dc2a10b5de0b3d3f792ed534f38335001c2875c"), c.revertedCommit());
            assertEquals(Kind.REVERT, parse("revert \"docs: x\" (#36)").kind());
            assertEquals(Kind.REVERT, parse("Revert the cache\n\nThis reverts commit abcdef1.")
                    .kind());
            assertEquals(Kind.NON_CONVENTIONAL, parse("Revert the cache").kind());
        }

        @Test
        void shouldGiveTheTargetOfAConventionalRevertType() {
            ConventionalCommit c = parse("revert: fix(deps): require split2\n\n"
                    + "This reverts commit ba129822c8260042bfcb99d1e199e547ece37cc6.");
            assertEquals(Kind.CONVENTIONAL, c.kind());
            assertEquals("revert", c.type());
            assertEquals(Optional.of("ba129822c8260042bfcb99d1e199e547ece37cc6"), c.revertedCommit());
            assertEquals(Optional.empty(), parse("revert: bad idea").revertedCommit());
            assertEquals(Optional.empty(), parse("fix: x\n\nThis reverts commit abcdef1.")
                    .revertedCommit());
        }

        /** git writes ids in lower case; one written by hand in upper case still matches. */
        @Test
        void shouldReadARevertedIdInLowerCase() {
            assertEquals(Optional.of("abcdef1"), parse("Revert \"fix: x\"\n\nThis reverts commit"
                    + " ABCDEF1.").revertedCommit());
        }

        @Test
        void shouldReadGitsReapplySubjectAsARevert() {
            ConventionalCommit c = parse("Reapply \"feat: risky\"\n\nThis reverts commit"
                    + " 8dc2a10b5de0b3d3f792ed534f38335001c2875c.");
            assertEquals(Kind.REVERT, c.kind());
            assertEquals(Optional.of("8dc2a10b5de0b3d3f792ed534f38335001c2875c"), c.revertedCommit());
        }

        @Test
        void shouldRecogniseAutosquashCommits() {
            for (String subject : List.of("fixup! feat: x", "squash! initial", "amend! initial")) {
                assertEquals(Kind.AUTOSQUASH, parse(subject).kind(), subject);
            }
        }

        @Test
        void shouldRecogniseVersionOnlyMessages() {
            for (String subject : List.of("1.2.3", "v1.2.3", " v3.0.0", "0.0.1-alpha.0",
                    "1.0.0+build.5")) {
                assertEquals(Kind.VERSION_ONLY, parse(subject).kind(), subject);
            }
            assertEquals(Kind.NON_CONVENTIONAL, parse("2.3.3-beta.1 [skip ci]").kind());
            assertEquals(Kind.NON_CONVENTIONAL, parse("1.2").kind());
        }
    }

    @Nested
    class Options {

        @Test
        void shouldIgnoreTheBangWhenItDoesNotMarkBreakingChanges() {
            CommitParser parser = CommitParser.create(ParserOptions.strict()
                    .withBangMarksBreaking(false));
            ConventionalCommit c = parser.parse("feat!: x");
            assertTrue(c.isConventional());
            assertTrue(c.bang());
            assertFalse(c.isBreaking());
        }

        @Test
        void shouldRefuseBangHeadersWhenTheyAreNotAllowed() {
            CommitParser parser = CommitParser.create(ParserOptions.strict()
                    .withBangAllowedInHeader(false));
            assertEquals(Kind.NON_CONVENTIONAL, parser.parse("feat(api)!: x").kind());
            assertTrue(parser.parse("feat(api): x").isConventional());
        }

        @Test
        void shouldFindLenientNotesAnywhereInAnyCase() {
            CommitParser parser = CommitParser.create(ParserOptions.strict()
                    .withBreakingFooterTokens(Set.of("BREAKING CHANGE"))
                    .withBreakingNotes(BreakingNotes.LENIENT));
            assertTrue(parser.parse("feat: x\nbreaking change: y").isBreaking());
            assertTrue(parser.parse("feat: x\n\n * BREAKING CHANGE y").isBreaking());
            assertFalse(parser.parse("feat: x\n\nBREAKING-CHANGE: y").isBreaking());
            ConventionalCommit other = parser.parse("Update stuff\n\nBREAKING CHANGE: y");
            assertEquals(Kind.NON_CONVENTIONAL, other.kind());
            assertTrue(other.isBreaking());
        }

        @Test
        void shouldFindLineStartNotesWithoutABlankLine() {
            CommitParser parser = CommitParser.create(ParserOptions.strict()
                    .withBreakingNotes(BreakingNotes.LINE_START));
            assertTrue(parser.parse("feat: x\nBREAKING-CHANGE: y").isBreaking());
            assertFalse(parser.parse("feat: x\n breaking change: y").isBreaking());
            assertFalse(parser.parse("Update\n\nBREAKING CHANGE: y").isBreaking());
        }

        @Test
        void shouldKeepTheStrictBreakingTokensApartFromOtherFooters() {
            assertEquals(ParserOptions.SPEC_BREAKING_TOKENS,
                    ParserOptions.strict().breakingFooterTokens());
            CommitParser parser = CommitParser.create(ParserOptions.strict()
                    .withBreakingFooterTokens(Set.of("BREAKING CHANGE")));
            ConventionalCommit c = parser.parse("feat: x\n\nBREAKING-CHANGE: y");
            assertFalse(c.isBreaking());
            assertEquals(Optional.of("y"), c.footer("BREAKING-CHANGE"));
        }
    }

    @Nested
    class SquashBodies {

        private final CommitParser splitting = CommitParser.create(ParserOptions.strict()
                .withSplitSquashBodies(true));

        @Test
        void shouldFindEveryConventionalMessageOfAGitHubSquash() {
            List<ConventionalCommit> all = splitting.parseAll("chore!: minimum node v18 (#3644)\r\n"
                    + "\r\n* chore!: minimum node version v18\r\n\r\nBREAKING CHANGE: drop node v14"
                    + "\r\n\r\n* chore: remove unused types\r\n\r\n* docs: prepare node update\r\n"
                    + "\r\nnot a commit\r\n\r\n* feat(api): add x\r\n\r\nCo-authored-by: A <a@b>");
            assertEquals(5, all.size(), all.toString());
            assertEquals("minimum node v18 (#3644)", all.get(0).description());
            assertTrue(all.get(0).isBreaking());
            assertTrue(all.get(1).breakingFooter());
            assertEquals("remove unused types", all.get(2).description());
            assertEquals("prepare node update\n\nnot a commit", all.get(3).description() + "\n\n"
                    + all.get(3).body());
            assertEquals("feat", all.get(4).type());
            assertEquals(Optional.of("A <a@b>"), all.get(4).footer("Co-authored-by"));
        }

        @Test
        void shouldReadReleasePleaseStyleIndentedFooters() {
            List<ConventionalCommit> all = splitting.parseAll("feat: adds v4 UUID\n\nThis adds v4."
                    + "\n\nfix(utils): unicode no longer throws\n  PiperOrigin-RevId: 345559154\n"
                    + "  BREAKING-CHANGE: encode method no longer throws.\n\n"
                    + "feat(utils): update encode\n  Source-Link: googleapis/googleapis@e5eef86");
            assertEquals(3, all.size(), all.toString());
            assertFalse(all.get(0).isBreaking());
            assertEquals("This adds v4.", all.get(0).body());
            assertTrue(all.get(1).isBreaking());
            assertEquals(Optional.of("345559154"), all.get(1).footer("PiperOrigin-RevId"));
            assertEquals("update encode", all.get(2).description());
        }

        @Test
        void shouldSplitANonConventionalSquashHeader() {
            List<ConventionalCommit> all = splitting.parseAll("Chore/prettier 2.x (#2025)\n\n"
                    + "* chore: update prettier\n\n* fix: run prettier fixes");
            assertEquals(3, all.size());
            assertEquals(Kind.NON_CONVENTIONAL, all.get(0).kind());
            assertEquals("fix", all.get(2).type());
        }

        @Test
        void shouldLeaveOneWordDescriptionsAsFooters() {
            List<ConventionalCommit> all = splitting.parseAll("feat(prompt): add x (#148)\n\n"
                    + "* feat(prompt): add build and ci\n\ncloses: #113\n\n* feat(prompt): add revert");
            assertEquals(3, all.size(), all.toString());
            assertEquals(Optional.of("#113"), all.get(1).footer("closes"));
        }

        @Test
        void shouldNeverSplitMergesOrSplitWhenTheOptionIsOff() {
            String merge = "Merge pull request #254 from x/y\n\nfix(cli): set options";
            assertEquals(1, splitting.parseAll(merge).size());
            String squash = "feat: x\n\n* fix: y z";
            assertEquals(1, CommitParser.defaults().parseAll(squash).size());
            assertEquals(CommitParser.defaults().parse(squash).toString(),
                    CommitParser.defaults().parseAll(squash).get(0).toString());
            assertEquals(1, splitting.parseAll("feat: x\n\nplain body").size());
            assertEquals(2, splitting.parseAll(squash).size());
        }
    }

    /** Each preset reads bodies as the tool it imitates; code and quotations never count. */
    @Nested
    class BodiesAsEachToolReadsThem {

        private List<ConventionalCommit> parts(Preset preset, String message) {
            return VersioningPolicy.builder(preset).build().parser().parseAll(message);
        }

        private Bump bump(Preset preset, String message) {
            VersioningPolicy policy = VersioningPolicy.builder(preset).build();
            Bump bump = Bump.NONE;
            for (ConventionalCommit part : policy.parser().parseAll(message)) {
                bump = bump.max(policy.bumpOf(part, io.github.releaseprocess.semver.Version.of(1, 0, 0)));
            }
            return bump;
        }

        /** Seen in a release-please history: the tool released a patch, we computed a minor. */
        @Test
        void shouldNotCountAGitHubSquashBulletUnderReleasePlease() {
            String message = "fix: keep the order of entries (#412)\n\n"
                    + "* feat: add a constructor that takes the clock\n\n"
                    + "* fix: keep the order\n\n"
                    + "Co-authored-by: A <a@example.invalid>";
            for (Preset preset : List.of(Preset.RELEASE_PLEASE, Preset.RELEASE_PLEASE_JAVA)) {
                assertEquals(1, parts(preset, message).size(), preset.id());
                assertEquals(Bump.PATCH, bump(preset, message), preset.id());
            }
            // python-semantic-release strips the bullets and counts the feature, as it does.
            assertEquals(Bump.MINOR, bump(Preset.PYTHON_SEMANTIC_RELEASE, message));
        }

        /** Seen in a commitizen history: the tool released a patch, we computed a major. */
        @Test
        void shouldNotCountAnIndentedCodeBlockUnderCommitizen() {
            String message = "fix(deps): update the lock file\n\n"
                    + "The upstream changelog says:\n\n"
                    + "    chore(deps)!: drop support for Python 3.7\n"
                    + "    BREAKING CHANGE: needs Python 3.8\n";
            for (Preset preset : Preset.values()) {
                assertEquals(Bump.PATCH, bump(preset, message), preset.id());
            }
        }

        @Test
        void shouldNeverReadFencedOrQuotedLinesAsMessagesOrBreakingNotes() {
            String fenced = "fix: parse the example\n\n```\nfeat!: not a commit\n\n"
                    + "BREAKING CHANGE: not a note\n```\n\n~~~text\nfeat(x)!: neither\n~~~";
            String quoted = "fix: answer the review\n\n> feat!: quoted from the issue\n"
                    + "> BREAKING CHANGE: quoted too";
            for (Preset preset : Preset.values()) {
                assertEquals(Bump.PATCH, bump(preset, fenced), preset.id() + " fenced");
                assertEquals(Bump.PATCH, bump(preset, quoted), preset.id() + " quoted");
            }
        }

        @Test
        void shouldSplitTrailingFootersThatReadAsHeadersUnderReleasePlease() {
            List<ConventionalCommit> all = parts(Preset.RELEASE_PLEASE, "feat: adds v4 UUID\n\n"
                    + "This adds v4.\n\nfix(utils): unicode no longer throws\n"
                    + "  PiperOrigin-RevId: 345559154\n"
                    + "  BREAKING-CHANGE: encode method no longer throws.\n\n"
                    + "feat(utils): update encode\n  Source-Link: googleapis/googleapis@e5eef86\n"
                    + "Release-As: 2.0.0");
            assertEquals(3, all.size(), all.toString());
            assertEquals("This adds v4.", all.get(0).body());
            assertEquals(Optional.of("2.0.0"), all.get(0).releaseAs());
            assertTrue(all.get(1).isBreaking());
            assertEquals("update encode", all.get(2).description());
            // A paragraph in the middle of the body is text, not a footer.
            assertEquals(1, parts(Preset.RELEASE_PLEASE, "chore: x\n\nfeat: in the middle\n\n"
                    + "some more text").size());
            // Without a blank line too, as the parser reads footers.
            assertEquals(2, parts(Preset.RELEASE_PLEASE, "chore: x\nfix: y").size());
        }

        @Test
        void shouldCountEveryHeaderLineAtTheFirstColumnUnderCommitizen() {
            List<ConventionalCommit> all = parts(Preset.COMMITIZEN, "chore: update\n"
                    + "fix: the bug\n\n* feat: a bullet is not a match\n  feat: nor an indent");
            assertEquals(2, all.size(), all.toString());
            assertEquals("fix", all.get(1).type());
            assertEquals(Bump.PATCH, bump(Preset.COMMITIZEN, "chore: update\nfix: the bug"));
        }

        @Test
        void shouldReadGitMergeSquashOutputUnderPythonSemanticRelease() {
            String message = "Squashed commit of the following:\n\n"
                    + "commit 63ec09b9e844e616dcaa7bae35a0b66671b59fbb\n"
                    + "Author: A <a@example.invalid>\nDate:   Sun Oct 13 12:05:23 2024 -0600\n\n"
                    + "    feat(release-config): some commit subject\n";
            assertEquals(Bump.MINOR, bump(Preset.PYTHON_SEMANTIC_RELEASE, message));
            assertEquals(Bump.NONE, bump(Preset.CONVENTIONALCOMMITS, message));
        }
    }

    /**
     * The parser skips its regular expressions when a line's first characters rule a match out
     * (a speed-up on long histories); on random lines it must still say what the expressions say.
     */
    @Nested
    class ChecksBeforeRegularExpressions {

        private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile(
                "([A-Za-z]+)(?:\\(([^()\\n]+)\\))?(!)?: (.*)");
        private static final java.util.regex.Pattern CAMEL =
                java.util.regex.Pattern.compile("[a-z][A-Z]");
        private static final java.util.regex.Pattern FOOTER =
                java.util.regex.Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]*)(: | #)(.*)");
        private static final java.util.regex.Pattern FENCE =
                java.util.regex.Pattern.compile(" {0,3}(`{3,}|~{3,})");
        private static final java.util.regex.Pattern QUOTE =
                java.util.regex.Pattern.compile(" {0,3}>");

        private String randomLine(java.util.Random random, String alphabet) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return line.toString();
        }

        @Test
        void shouldReadHeadersAsTheHeaderExpressionDoes() {
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < 20_000; i++) {
                String subject = randomLine(random, "fxAZé1(): !-");
                java.util.regex.Matcher m = HEADER.matcher(subject.stripTrailing());
                boolean expected = m.matches() && !m.group(4).isBlank()
                        && !CAMEL.matcher(m.group(1)).find();
                assertEquals(expected, parse(subject).isConventional(), "'" + subject + "'");
            }
        }

        @Test
        void shouldReadFootersAsTheFooterExpressionDoes() {
            java.util.Random random = new java.util.Random(11);
            for (int i = 0; i < 20_000; i++) {
                String line = randomLine(random, "aZ09-: #\u2028.");
                boolean expected = FOOTER.matcher(line.stripTrailing()).matches();
                assertEquals(expected, !parse("fix: x\n\n" + line).footers().isEmpty(),
                        "'" + line + "'");
            }
        }

        @Test
        void shouldFindFencesAndQuotesAsTheirExpressionsDo() {
            java.util.Random random = new java.util.Random(13);
            for (int i = 0; i < 20_000; i++) {
                String line = randomLine(random, "  `~>a\t");
                boolean fence = FENCE.matcher(line).lookingAt();
                boolean quote = QUOTE.matcher(line).lookingAt();
                boolean[] verbatim = CommitParser.verbatimLines(List.of("fix: x", line));
                // A line after the header, not after a blank line: no indented code block.
                assertEquals(fence || quote, verbatim[1], "'" + line + "'");
            }
        }
    }
}
