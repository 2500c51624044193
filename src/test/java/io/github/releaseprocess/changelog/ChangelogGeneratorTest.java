package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChangelogGeneratorTest {

    static ChangelogCommit commit(String id, String type, String scope, String description,
            boolean breaking, ChangelogCommit.Footer... footers) {
        return new ChangelogCommit(id, type, scope, description, breaking, List.of(footers));
    }

    static final List<ChangelogCommit> COMMITS = List.of(
            commit("a1b2c3d", "feat", "cli", "add a --dry-run switch", false),
            commit("b2c3d4e", "fix", null, "start-up on Windows", false),
            commit("c3d4e5f", "feat", "api", "drop the v1 endpoints", true),
            commit("d4e5f6a", "docs", null, "typos", false),
            commit("e5f6a7b", "fix", "deps", "bump jackson", false,
                    new ChangelogCommit.Footer("Security", "CVE-2025-0001")));

    static String generate(String text, List<ChangelogCommit> commits) {
        return new String(ChangelogGenerator.generate(text.getBytes(StandardCharsets.UTF_8),
                commits, Dialect.AUTO, SectionMapping.defaults()).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldCreateUnreleasedAboveTheFirstRelease() {
        String before = "# Changelog\n\nIntro.\n\n## [1.0.0] - 2025-01-01\n\n### Added\n\n- First.\n";
        assertEquals("# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n"
                + "- **cli:** Add a --dry-run switch (a1b2c3d)\n\n### Changed\n\n"
                + "- **Breaking:** **api:** Drop the v1 endpoints (c3d4e5f)\n\n### Fixed\n\n"
                + "- Start-up on Windows (b2c3d4e)\n\n### Security\n\n"
                + "- **deps:** Bump jackson (e5f6a7b)\n\n"
                + "## [1.0.0] - 2025-01-01\n\n### Added\n\n- First.\n", generate(before, COMMITS));
    }

    @Test
    void shouldFillAnExistingUnreleasedInSectionOrder() {
        String before = "# Changelog\n\n## [Unreleased]\n\n### Changed\n\n- Old change.\n\n"
                + "## [1.0.0] - 2025-01-01\n\n### Added\n\n- First.\n";
        assertEquals("# Changelog\n\n## [Unreleased]\n\n### Added\n\n"
                + "- **cli:** Add a --dry-run switch (a1b2c3d)\n\n### Changed\n\n- Old change.\n"
                + "- **Breaking:** **api:** Drop the v1 endpoints (c3d4e5f)\n\n### Fixed\n\n"
                + "- Start-up on Windows (b2c3d4e)\n\n### Security\n\n"
                + "- **deps:** Bump jackson (e5f6a7b)\n\n"
                + "## [1.0.0] - 2025-01-01\n\n### Added\n\n- First.\n", generate(before, COMMITS));
    }

    @Test
    void shouldLinkANewUnreleasedFromTheNewestReleaseLink() {
        String before = "# Changelog\n\n## [1.1.0] - 2025-01-01\n\n### Added\n\n- X.\n\n"
                + "[1.1.0]: https://example.org/r/compare/v1.0.0...v1.1.0\n";
        String after = generate(before, List.of(COMMITS.get(1)));
        assertTrue(after.endsWith("\n[Unreleased]: https://example.org/r/compare/v1.1.0...HEAD\n"
                + "[1.1.0]: https://example.org/r/compare/v1.0.0...v1.1.0\n"), after);
        assertEquals(List.of(), ChangelogValidator.validate(Changelog.parse(after, Dialect.AUTO),
                ValidationOptions.defaults().withToday(LocalDate.of(2025, 2, 1))).findings());
    }

    @Test
    void shouldFillAnEmptySectionAndKeepItsPlace() {
        String before = "# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n## [1.0.0] - 2025-01-01\n";
        String after = generate(before, List.of(COMMITS.get(1)));
        assertEquals("# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- Start-up on Windows (b2c3d4e)\n\n"
                + "## [1.0.0] - 2025-01-01\n", after);
    }

    @Test
    void shouldAddNothingTheSecondTime() {
        String before = "# Changelog\n\n## [1.0.0] - 2025-01-01\n\n### Added\n\n- First.\n";
        String once = generate(before, COMMITS);
        ChangelogGenerator.Generation twice = ChangelogGenerator.generate(
                once.getBytes(StandardCharsets.UTF_8), COMMITS, Dialect.AUTO, SectionMapping.defaults());
        assertFalse(twice.changed());
        assertEquals(4, twice.alreadyPresent().size());
        assertEquals(once, new String(twice.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldRecogniseLongerAndShorterIds() {
        String before = "# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- Done (b2c3d4e5f6a7).\n";
        assertEquals(before, generate(before, List.of(COMMITS.get(1))));
    }

    @Test
    void shouldValidateAfterGeneration() {
        String before = "# Changelog\n\n## [1.0.0] - 2025-01-01\n\n### Added\n\n- First.\n";
        String after = generate(before, COMMITS);
        assertEquals(List.of(), ChangelogValidator.validate(Changelog.parse(after, Dialect.AUTO),
                ValidationOptions.defaults().withToday(LocalDate.of(2025, 2, 1))).findings());
    }

    @Test
    void shouldKeepCrlfAndAFileWithoutFinalNewline() {
        String before = "# Changelog\r\n\r\n## [Unreleased]\r\n\r\n### Fixed\r\n\r\n- Old (1111111)";
        assertEquals(before + "\r\n- Start-up on Windows (b2c3d4e)", generate(before, List.of(COMMITS.get(1))));
    }

    @Test
    void shouldStartANewFile() {
        String created = generate("", List.of(COMMITS.get(1)));
        assertEquals("# Changelog\n\nAll notable changes to this project will be documented in this"
                + " file.\n\n## [Unreleased]\n\n### Fixed\n\n- Start-up on Windows (b2c3d4e)\n", created);
        assertEquals(List.of(), ChangelogValidator.validate(Changelog.parse(created, Dialect.AUTO))
                .findings());
        assertEquals("# Changelog\n\n## Unreleased\n\n### Fixed\n\n- Start-up on Windows (b2c3d4e)\n",
                new String(ChangelogGenerator.generate("# Changelog\n".getBytes(StandardCharsets.UTF_8),
                        List.of(COMMITS.get(1)), Dialect.SEED, SectionMapping.defaults()).bytes(),
                        StandardCharsets.UTF_8));
    }

    @Nested
    class Mapping {
        @Test
        void shouldMapByTypeScopeFooterAndBreaking() {
            SectionMapping m = SectionMapping.defaults();
            assertEquals(Optional.of(SectionType.ADDED), m.sectionFor(COMMITS.get(0)));
            assertEquals(Optional.of(SectionType.FIXED), m.sectionFor(COMMITS.get(1)));
            assertEquals(Optional.of(SectionType.CHANGED), m.sectionFor(COMMITS.get(2)));
            assertEquals(Optional.empty(), m.sectionFor(COMMITS.get(3)));
            assertEquals(Optional.of(SectionType.SECURITY), m.sectionFor(COMMITS.get(4)));
            assertEquals(Optional.of(SectionType.DEPRECATED), m.sectionFor(commit("1234567", "feat",
                    null, "x", false, new ChangelogCommit.Footer("Deprecated", "old API"))));
            assertEquals(Optional.of(SectionType.REMOVED), m.sectionFor(commit("1234567", "remove",
                    null, "x", true)));
        }

        @Test
        void shouldLetConfiguredRulesComeFirst() {
            SectionMapping m = SectionMapping.of(List.of("type:docs=Changed", "type:feat=none"));
            assertEquals(Optional.of(SectionType.CHANGED), m.sectionFor(COMMITS.get(3)));
            assertEquals(Optional.empty(), m.sectionFor(COMMITS.get(0)));
        }

        @Test
        void shouldRefuseRulesItCannotRead() {
            assertThrows(RefusalException.class, () -> SectionMapping.of(List.of("docs")));
            assertThrows(RefusalException.class, () -> SectionMapping.of(List.of("type:docs=Docs")));
            assertThrows(RefusalException.class, () -> SectionMapping.of(List.of("author:me=Added")));
        }
    }

    /** Over the corpus: the input's lines all survive, in order, and a second run is a no-op. */
    @Test
    void shouldOnlyInsertLinesInTheCorpus() throws IOException {
        for (Path file : Corpus.files("changelogs/keepachangelog")) {
            byte[] in = Files.readAllBytes(file);
            ChangelogGenerator.Generation g = ChangelogGenerator.generate(in, COMMITS, Dialect.AUTO,
                    SectionMapping.defaults());
            List<String> before = ChangelogPromoterTest.rawLines(in);
            List<String> after = ChangelogPromoterTest.rawLines(g.bytes());
            int i = 0;
            for (String line : after) {
                if (i < before.size() && line.equals(before.get(i))) {
                    i++;
                }
            }
            assertEquals(before.size(), i, file + ": every original line survives, in order");
            assertTrue(after.size() - before.size() >= g.added().size(), file.toString());
            ChangelogGenerator.Generation again = ChangelogGenerator.generate(g.bytes(), COMMITS,
                    Dialect.AUTO, SectionMapping.defaults());
            assertFalse(again.changed(), file.toString());
            assertArrayEquals(g.bytes(), again.bytes());
        }
    }
}
