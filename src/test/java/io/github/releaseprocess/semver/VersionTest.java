package io.github.releaseprocess.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Nested
    class Parsing {

        @Test
        void shouldParseEveryLineOfTheOfficialValidList() throws IOException {
            List<String> valid = Corpus.lines("semver/valid.txt");
            assertTrue(valid.size() > 25, "corpus list is missing");
            for (String line : valid) {
                Version v = Version.parse(line);
                assertEquals(line, v.toString(), "round trip of " + line);
            }
        }

        @Test
        void shouldRefuseAHugeVersionWithAShortSentence() {
            String huge = "1.0." + "9".repeat(10_000);
            VersionParseException e = assertThrows(VersionParseException.class,
                    () -> Version.parse(huge));
            assertTrue(e.getMessage().length() < 200, e.getMessage());
            assertTrue(e.getMessage().contains("(10004 characters) is not a Semantic Version: it is"
                    + " longer than 256 characters"), e.getMessage());
            assertFalse(Version.isValid(huge));
            assertTrue(Version.isValid("1.0." + "9".repeat(Version.MAX_LENGTH - 4)));
            Version longest = Version.parse("1.0." + "9".repeat(Version.MAX_LENGTH - 4));
            assertEquals(Version.MAX_LENGTH + 9, longest.withPrerelease("SNAPSHOT").toString()
                    .length(), "a derived version may be longer");
        }

        @Test
        void shouldRejectEveryLineOfTheOfficialInvalidList() throws IOException {
            List<String> invalid = Corpus.lines("semver/invalid.txt");
            assertTrue(invalid.size() > 30, "corpus list is missing");
            for (String line : invalid) {
                assertThrows(VersionParseException.class, () -> Version.parse(line), line);
                assertFalse(Version.isValid(line), line);
            }
        }

        @Test
        void shouldAgreeWithNodeSemverOnStrictRows() throws IOException {
            // Rows marked strict_semver2=no are node-semver's loose forms (v1.2.3, =1.2.3):
            // not SemVer 2.0.0, so a strict parser must refuse them; the rest must match.
            for (Map<String, String> row : Corpus.tsv("semver/node-semver_valid-versions.tsv")) {
                String text = row.get("version");
                if (row.get("strict_semver2").equals("yes")) {
                    Version v = Version.parse(text);
                    assertEquals(row.get("major"), v.major().toString(), text);
                    assertEquals(row.get("minor"), v.minor().toString(), text);
                    assertEquals(row.get("patch"), v.patch().toString(), text);
                    assertEquals(row.get("prerelease"), jsonList(v.prerelease(), true), text);
                    assertEquals(row.get("build"), jsonList(v.build(), false), text);
                } else {
                    assertFalse(Version.isValid(text), text);
                }
            }
        }

        @Test
        void shouldNameThePositionOfTheFirstBadCharacter() {
            VersionParseException e = assertThrows(VersionParseException.class,
                    () -> Version.parse("1.2.x"));
            assertEquals(4, e.position());
            assertEquals("'1.2.x' is not a Semantic Version: unexpected character 'x', expecting"
                    + " a digit (PATCH) at position 5", e.getMessage());

            e = assertThrows(VersionParseException.class, () -> Version.parse("1.02.3"));
            assertEquals(2, e.position());
            assertTrue(e.getMessage().contains("leading zero"), e.getMessage());

            e = assertThrows(VersionParseException.class, () -> Version.parse("1.2"));
            assertEquals(3, e.position());
            assertTrue(e.getMessage().contains("unexpected end"), e.getMessage());

            e = assertThrows(VersionParseException.class, () -> Version.parse("1.2.3-rc..1"));
            assertEquals(9, e.position());
        }

        @Test
        void shouldRefuseThePrefixesThatTagsCarry() {
            assertFalse(Version.isValid("v1.2.3"));
            assertFalse(Version.isValid(" 1.2.3"));
            assertFalse(Version.isValid("1.2.3 "));
            assertFalse(Version.isValid(""));
            assertFalse(Version.isValid(null));
        }
    }

    @Nested
    class Precedence {

        @Test
        void shouldOrderTheSpecExampleChain() {
            String[] chain = {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1"};
            for (int i = 0; i + 1 < chain.length; i++) {
                Version lower = Version.parse(chain[i]);
                Version higher = Version.parse(chain[i + 1]);
                assertTrue(lower.compareTo(higher) < 0, chain[i] + " < " + chain[i + 1]);
                assertTrue(higher.compareTo(lower) > 0, chain[i + 1] + " > " + chain[i]);
            }
        }

        @Test
        void shouldIgnoreBuildMetadataInPrecedenceButNotInEquality() {
            Version a = Version.parse("1.0.0+build.1");
            Version b = Version.parse("1.0.0+build.2");
            assertEquals(0, a.compareTo(b));
            assertNotEquals(a, b);
        }

        @Test
        void shouldCompareHugeNumbers() {
            assertTrue(Version.parse("99999999999999999999999.0.0")
                    .compareTo(Version.parse("9999999999999999999999.0.0")) > 0);
        }

        @Test
        void shouldAgreeWithNodeSemverComparisons() throws IOException {
            int checked = 0;
            for (Map<String, String> row : Corpus.tsv("semver/node-semver_comparisons.tsv")) {
                if (!row.get("both_strict_semver2").equals("yes")) {
                    continue; // loose node-semver input, not SemVer 2.0.0
                }
                Version a = Version.parse(row.get("version_a"));
                Version b = Version.parse(row.get("version_b"));
                assertEquals(row.get("expected"), a.compareTo(b) > 0 ? "gt" : a.compareTo(b) < 0
                        ? "lt" : "eq", row.toString());
                assertTrue(b.compareTo(a) < 0 == row.get("expected").equals("gt"), row.toString());
                checked++;
            }
            assertTrue(checked >= 15, "only " + checked + " rows checked");
        }

        @Test
        void shouldAgreeWithNodeSemverEqualities() throws IOException {
            int checked = 0;
            for (Map<String, String> row : Corpus.tsv("semver/node-semver_equality.tsv")) {
                if (!row.get("both_strict_semver2").equals("yes")) {
                    continue;
                }
                assertEquals(0, Version.parse(row.get("version_a"))
                        .compareTo(Version.parse(row.get("version_b"))), row.toString());
                checked++;
            }
            assertTrue(checked > 0, "no strict equality rows");
        }
    }

    @Nested
    class Increments {

        @Test
        void shouldAgreeWithNodeSemverOnMajorMinorPatch() throws IOException {
            // node-semver's "major/minor/patch" on a pre-release completes it when it is already
            // on the way to that level; Version.bump has the same rule. Other release types
            // (premajor, prerelease with identifier bases, ...) are node-semver behaviour, not
            // SemVer, and our pre-release lines are covered by nextPrerelease below.
            int checked = 0;
            for (Map<String, String> row : Corpus.tsv("semver/node-semver_increments.tsv")) {
                String type = row.get("release_type");
                if (!row.get("input_strict_semver2").equals("yes")
                        || !List.of("major", "minor", "patch").contains(type)
                        || !row.get("options").isEmpty() || !row.get("identifier").isEmpty()) {
                    continue;
                }
                Version in = Version.parse(row.get("version"));
                Version.Level level = Version.Level.valueOf(type.toUpperCase(java.util.Locale.ROOT));
                assertEquals(row.get("expected"), in.bump(level).toString(), row.toString());
                checked++;
            }
            assertTrue(checked >= 10, "only " + checked + " rows checked");
        }

        @Test
        void shouldCountPrereleasesAndRestartOnANewLabel() {
            Version rc1 = Version.parse("1.3.0").nextMinor().nextPrerelease("rc");
            assertEquals("1.4.0-rc.1", rc1.toString());
            assertEquals("1.4.0-rc.2", rc1.nextPrerelease("rc").toString());
            assertEquals("1.4.0-beta.1", rc1.nextPrerelease("beta").toString());
            assertEquals("1.4.0", rc1.toRelease().toString());
        }

        @Test
        void shouldTellTheLevelOfAChange() {
            Version base = Version.parse("1.2.3");
            assertEquals(Version.Level.MAJOR, base.levelOfChangeTo(Version.parse("2.0.0")));
            assertEquals(Version.Level.MINOR, base.levelOfChangeTo(Version.parse("1.3.0")));
            assertEquals(Version.Level.PATCH, base.levelOfChangeTo(Version.parse("1.2.4")));
        }
    }

    @Nested
    class Pep440 {

        @Test
        void shouldSpellPrereleasesAsPythonDoes() {
            assertEquals("1.4.0", Version.parse("1.4.0").toPep440());
            assertEquals("1.4.0rc1", Version.parse("1.4.0-rc.1").toPep440());
            assertEquals("1.4.0a2", Version.parse("1.4.0-alpha.2").toPep440());
            assertEquals("1.4.0b3", Version.parse("1.4.0-beta.3").toPep440());
            assertEquals("1.4.0.dev4", Version.parse("1.4.0-dev.4").toPep440());
            assertEquals("1.4.0rc0", Version.parse("1.4.0-rc").toPep440());
            assertEquals("1.4.0+build.7", Version.parse("1.4.0+build.7").toPep440());
        }

        @Test
        void shouldRefuseWhatPythonCannotSpell() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Version.parse("1.4.0-SNAPSHOT-1").toPep440());
            assertTrue(e.getMessage().contains("no PEP 440 spelling"), e.getMessage());
        }
    }

    /** node-semver's JSON: numeric pre-release identifiers are numbers, the rest strings. */
    private static String jsonList(List<String> ids, boolean numbersUnquoted) {
        List<String> items = new ArrayList<>();
        for (String id : ids) {
            items.add(numbersUnquoted && id.matches("\\d+") ? id : '"' + id + '"');
        }
        return "[" + String.join(",", items) + "]";
    }
}
