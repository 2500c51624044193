package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogPromoterTest {

    static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    static final Version V = Version.parse("1.2.0");

    static String promote(String text, PromotionOptions options) {
        return new String(ChangelogPromoter.promote(text.getBytes(StandardCharsets.UTF_8), V, DAY,
                options), StandardCharsets.UTF_8);
    }

    @Nested
    class KeepAChangelog {
        static final String BEFORE = "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- New.\n\n"
                + "## [1.1.0] - 2025-01-01\n\n### Fixed\n\n- Bug.\n\n"
                + "[Unreleased]: https://example.org/r/compare/v1.1.0...HEAD\n"
                + "[1.1.0]: https://example.org/r/compare/v1.0.0...v1.1.0\n";

        @Test
        void shouldPromoteAndExtendTheCompareChain() {
            assertEquals("# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2025-07-01\n\n### Added\n\n"
                    + "- New.\n\n## [1.1.0] - 2025-01-01\n\n### Fixed\n\n- Bug.\n\n"
                    + "[Unreleased]: https://example.org/r/compare/v1.2.0...HEAD\n"
                    + "[1.2.0]: https://example.org/r/compare/v1.1.0...v1.2.0\n"
                    + "[1.1.0]: https://example.org/r/compare/v1.0.0...v1.1.0\n",
                    promote(BEFORE, PromotionOptions.defaults()));
        }

        @Test
        void shouldYieldAValidChangelog() {
            String after = promote(BEFORE, PromotionOptions.defaults());
            assertEquals(List.of(), ChangelogValidator.validate(Changelog.parse(after, Dialect.AUTO),
                    ValidationOptions.defaults().withToday(DAY)).findings());
        }

        @Test
        void shouldKeepCrlfBomAndAMissingFinalNewline() {
            String crlf = BEFORE.replace("\n", "\r\n");
            crlf = crlf.substring(0, crlf.length() - 2);
            byte[] in = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    crlf.getBytes(StandardCharsets.UTF_8));
            byte[] out = ChangelogPromoter.promote(in, V, DAY, PromotionOptions.defaults());
            String expected = promote(BEFORE, PromotionOptions.defaults()).replace("\n", "\r\n");
            expected = expected.substring(0, expected.length() - 2);
            assertArrayEquals(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    expected.getBytes(StandardCharsets.UTF_8)), out);
        }

        @Test
        void shouldUseTheTagFormat() {
            String after = promote(BEFORE.replace("v1.1.0", "app-1.1.0"),
                    PromotionOptions.defaults().withTagFormat("app-@{version}"));
            assertTrue(after.contains("[1.2.0]: https://example.org/r/compare/app-1.1.0...app-1.2.0\n"), after);
            assertTrue(after.contains("[Unreleased]: https://example.org/r/compare/app-1.2.0...HEAD\n"), after);
        }

        @Test
        void shouldAddLinksFromATemplateWhenThereAreNone() {
            String noLinks = BEFORE.substring(0, BEFORE.indexOf("[Unreleased]:") - 1);
            String after = promote(noLinks, PromotionOptions.defaults()
                    .withCompareUrlTemplate("https://example.org/r/compare/{previous}...{current}"));
            assertTrue(after.endsWith("- Bug.\n\n[Unreleased]: https://example.org/r/compare/v1.2.0...HEAD\n"
                    + "[1.2.0]: https://example.org/r/compare/v1.1.0...v1.2.0\n"), after);
        }
    }

    @Test
    void shouldPromoteTheSeedDialect() {
        String seed = "# Changelog\n\n## Unreleased\n\n### Fixed\n\n- Bug.\n\n## Version 1.1.0 - 2025-01-01\n";
        assertEquals("# Changelog\n\n## Unreleased\n\n## Version 1.2.0 - 2025-07-01\n\n### Fixed\n\n- Bug.\n\n"
                + "## Version 1.1.0 - 2025-01-01\n", promote(seed, PromotionOptions.defaults()));
    }

    /** A release that only follows others (a monorepo component pulled along) gets its entry. */
    @Nested
    class PulledAlong {

        @Test
        void shouldStartAChangelogWithoutReleasesWithTheEntry() {
            String after = promote("# Changelog\n", PromotionOptions.defaults().withPulledAlong(
                    new PromotionOptions.PulledAlong("Updated dependencies: lib 1.0.1.", true)));

            assertEquals("# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2025-07-01\n\n"
                    + "### Changed\n\n- Updated dependencies: lib 1.0.1.\n", after);
            assertEquals(List.of(), ChangelogValidator.validate(Changelog.parse(after,
                    Dialect.AUTO), ValidationOptions.defaults().withToday(DAY)).findings());
        }

        @Test
        void shouldListAReleaseWithItsGroupUnderTheChoresOfConventionalChangelog() {
            String before = "# Changelog\n\n## 1.1.0 (2025-01-01)\n\n\n### Features\n\n"
                    + "* a (abc1234)\n";

            String after = promote(before, PromotionOptions.defaults()
                    .withDialect(Dialect.CONVENTIONAL_CHANGELOG).withPulledAlong(
                            new PromotionOptions.PulledAlong("Released with gax 2.41.0.", false)));

            assertEquals("# Changelog\n\n## 1.2.0 (2025-07-01)\n\n\n### Miscellaneous Chores"
                    + "\n\n* Released with gax 2.41.0.\n\n## 1.1.0 (2025-01-01)\n\n\n"
                    + "### Features\n\n* a (abc1234)\n", after);
            assertEquals(List.of(), ChangelogValidator.validate(Changelog.parse(after,
                    Dialect.AUTO), ValidationOptions.defaults().withToday(DAY)).findings());

            // googleapis/sdk-platform-java released from a clone of a local path: no web URL and
            // no <scm><url>, but the heading before shows where the project's links point.
            String linked = promote(before.replace("## 1.1.0", "## [1.1.0](https://github.com/o/r"
                    + "/compare/v1.0.0...v1.1.0)"), PromotionOptions.defaults()
                            .withDialect(Dialect.CONVENTIONAL_CHANGELOG).withPulledAlong(
                                    new PromotionOptions.PulledAlong("Released with gax 2.41.0.",
                                            false)));
            assertTrue(linked.startsWith("# Changelog\n\n## [1.2.0](https://github.com/o/r/compare/"
                    + "v1.1.0...v1.2.0) (2025-07-01)\n"), linked);
        }
    }

    @Nested
    class Refusals {
        @Test
        void shouldRefuseAnEmptyUnreleased() {
            RefusalException e = assertThrows(RefusalException.class, () -> promote(
                    "# Changelog\n\n## [Unreleased]\n\n### Added\n\n## [1.1.0] - 2025-01-01\n",
                    PromotionOptions.defaults()));
            assertTrue(e.getMessage().startsWith("CHANGELOG.md:3: the Unreleased section has no entries"),
                    e.getMessage());
        }

        @Test
        void shouldRefuseAMissingUnreleased() {
            assertThrows(RefusalException.class, () -> promote(
                    "# Changelog\n\n## [1.1.0] - 2025-01-01\n\n### Added\n\n- X.\n", PromotionOptions.defaults()));
        }

        @Test
        void shouldRefuseAVersionThatIsNotAboveTheLastRelease() {
            String text = "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- X.\n\n## [1.3.0] - 2025-01-01\n";
            assertThrows(RefusalException.class, () -> promote(text, PromotionOptions.defaults()));
            assertThrows(RefusalException.class, () -> promote(text.replace("1.3.0", "1.2.0"),
                    PromotionOptions.defaults()));
        }
    }

    @Test
    void shouldWriteTheFileAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("CHANGELOG.md");
        Files.writeString(file, KeepAChangelog.BEFORE);
        ChangelogPromoter.promote(file, V, DAY, PromotionOptions.defaults());
        assertTrue(Files.readString(file).contains("## [1.2.0] - 2025-07-01"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    /** Every corpus file with a non-empty Unreleased: only the expected lines change. */
    @Test
    void shouldChangeNothingButThePromotedLinesInTheCorpus() throws IOException {
        int promoted = 0;
        for (Path file : Corpus.files("changelogs/keepachangelog")) {
            byte[] in = Files.readAllBytes(file);
            Changelog c = Changelog.parse(in);
            if (c.unreleased().isEmpty() || !c.unreleased().get().hasEntries()) {
                continue;
            }
            Version next = Version.parse("999.0.0");
            byte[] out = ChangelogPromoter.promote(in, next, DAY, PromotionOptions.defaults());
            List<String> before = rawLines(in);
            List<String> after = rawLines(out);
            int h = c.unreleased().get().line() - 1;
            assertEquals(before.subList(0, h), after.subList(0, h), file.toString());
            assertTrue(after.get(h).startsWith("## [Unreleased]"), file + ": " + after.get(h));
            assertTrue(after.get(h + 2).startsWith("## [999.0.0] - 2025-07-01"), file.toString());
            boolean linked = c.linkReference("Unreleased")
                    .filter(r -> r.destination().contains("/compare/")).isPresent();
            if (!linked) {
                assertEquals(before.subList(h + 1, before.size()), after.subList(h + 3, after.size()),
                        file.toString());
            } else {
                int r = c.linkReference("Unreleased").get().line() - 1;
                assertTrue(r > h, file.toString());
                assertEquals(before.subList(h + 1, r), after.subList(h + 3, r + 2), file.toString());
                assertTrue(after.get(r + 2).contains("...HEAD") || after.get(r + 2).contains("999.0.0"),
                        after.get(r + 2));
                assertTrue(after.get(r + 3).startsWith("[999.0.0]: "), after.get(r + 3));
                assertEquals(before.subList(r + 1, before.size()), after.subList(r + 4, after.size()),
                        file.toString());
            }
            Release top = Changelog.parse(out).releases().get(1);
            assertEquals(next, top.version().orElseThrow(), file.toString());
            promoted++;
        }
        assertTrue(promoted >= 5, "corpus files promoted: " + promoted);
    }

    /** Lines with their endings, so CRLF and a missing final newline count as differences. */
    static List<String> rawLines(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
