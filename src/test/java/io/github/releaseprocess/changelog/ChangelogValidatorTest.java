package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One failing and one passing example per rule. */
class ChangelogValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    /** A changelog every rule accepts; the tests break one thing at a time. */
    static final String VALID = String.join("\n",
            "# Changelog",
            "",
            "All notable changes to this project will be documented in this file.",
            "",
            "## [Unreleased]",
            "",
            "### Added",
            "",
            "- Something new.",
            "",
            "## [1.1.0] - 2025-06-01",
            "",
            "A summary paragraph (Keep a Changelog 2.0.0).",
            "",
            "### Changed",
            "",
            "- **Breaking:** Renamed a thing.",
            "",
            "### Fixed",
            "",
            "- A bug.",
            "",
            "## [1.0.0] - 2025-01-02 [YANKED]",
            "",
            "### Added",
            "",
            "- First release.",
            "",
            "[Unreleased]: https://example.org/r/compare/v1.1.0...HEAD",
            "[1.1.0]: https://example.org/r/compare/v1.0.0...v1.1.0",
            "[1.0.0]: https://example.org/r/releases/tag/v1.0.0",
            "");

    static List<Finding> findings(String text) {
        return findings(text, ValidationOptions.defaults().withToday(TODAY));
    }

    static List<Finding> findings(String text, ValidationOptions options) {
        return ChangelogValidator.validate(Changelog.parse(text, Dialect.AUTO), options).findings();
    }

    static List<Finding> of(Rule rule, String text) {
        return findings(text).stream().filter(f -> f.rule() == rule).collect(Collectors.toList());
    }

    static Finding single(Rule rule, String text) {
        List<Finding> list = of(rule, text);
        assertEquals(1, list.size(), () -> "expected one " + rule + " in " + findings(text));
        return list.get(0);
    }

    static String replace(String from, String to) {
        assertTrue(VALID.contains(from), from);
        return VALID.replace(from, to);
    }

    @Test
    void shouldAcceptTheValidExample() {
        assertEquals(List.of(), findings(VALID));
    }

    @Nested
    class NotKeepAChangelog {
        @Test
        void shouldReportAFileWithoutAnyReleaseHeadingInForm() {
            Finding f = single(Rule.NOT_KEEP_A_CHANGELOG,
                    "# History\n\n## 1.2.0 / 2024-01-01\n\n* x\n\n## 1.1.0 / 2023-01-01\n");
            assertEquals(3, f.line());
            assertEquals(1, findings("# History\n\n## 1.2.0 / 2024-01-01\n").size(),
                    "nothing else is reported");
        }

        @Test
        void shouldAcceptAFreshChangelogWithOnlyUnreleased() {
            assertEquals(List.of(), findings("# Changelog\n\n## [Unreleased]\n"));
            assertEquals(List.of(), findings("# Changelog\n"));
        }
    }

    @Nested
    class Title {
        @Test
        void shouldRequireTheTitleFirst() {
            Finding f = single(Rule.TITLE_MISSING, replace("# Changelog\n", "Intro.\n\n# Changelog\n"));
            assertEquals(1, f.line());
        }

        @Test
        void shouldAllowAnHtmlCommentBeforeTheTitle() {
            assertEquals(List.of(), of(Rule.TITLE_MISSING, "<!-- lint -->\n" + VALID));
        }

        @Test
        void shouldReportASecondTopLevelHeading() {
            Finding f = single(Rule.TITLE_DUPLICATE, replace("### Fixed\n", "# Fixed\n"));
            assertEquals(19, f.line());
        }
    }

    @Nested
    class HeadingForm {
        @Test
        void shouldReportAHeadingWithoutBrackets() {
            Finding f = single(Rule.HEADING_FORM, replace("## [1.1.0] - 2025-06-01", "## 1.1.0 - 2025-06-01"));
            assertEquals(11, f.line());
            assertTrue(f.message().contains("'## [1.1.0] - 2025-06-01'"), f.message());
        }

        @Test
        void shouldReportParenthesisedDatesAndLowerCaseYanked() {
            assertEquals(1, of(Rule.HEADING_FORM, replace("- 2025-06-01", "(2025-06-01)")).size());
            assertEquals(1, of(Rule.HEADING_FORM, replace("[YANKED]", "[yanked]")).size());
        }

        @Test
        void shouldReportALevel2HeadingThatIsNoRelease() {
            Finding f = single(Rule.HEADING_FORM, VALID.replace("[Unreleased]:",
                    "## Earlier releases\n\nSee the wiki.\n\n[Unreleased]:"));
            assertTrue(f.message().contains("is not a release"), f.message());
        }

        @Test
        void shouldAcceptYankedAndUnreleased() {
            assertEquals(List.of(), of(Rule.HEADING_FORM, VALID));
        }
    }

    @Nested
    class VersionInvalid {
        @Test
        void shouldPointAtTheBadCharacter() {
            Finding f = single(Rule.VERSION_INVALID,
                    replace("## [1.0.0] - 2025-01-02", "## [1.0.0.1] - 2025-01-02"));
            assertEquals(23, f.line());
            assertEquals(10, f.column(), f.toString());
        }

        @Test
        void shouldAcceptPrereleasesAndBuildMetadata() {
            assertEquals(List.of(), of(Rule.VERSION_INVALID,
                    replace("## [1.0.0] - 2025-01-02", "## [1.0.0-rc.1+b7] - 2025-01-02")));
        }
    }

    @Nested
    class Dates {
        @Test
        void shouldReportAMissingDate() {
            assertEquals(11, single(Rule.DATE_MISSING, replace("## [1.1.0] - 2025-06-01", "## [1.1.0]")).line());
        }

        @Test
        void shouldReportAnImpossibleDate() {
            Finding f = single(Rule.DATE_INVALID, replace("2025-06-01", "2024-19-39"));
            assertEquals(14, f.column());
            assertTrue(f.message().contains("not a real calendar date"), f.message());
        }

        @Test
        void shouldSuggestTheIsoSpelling() {
            Finding f = single(Rule.DATE_INVALID, replace("2025-06-01", "2025-6-1"));
            assertTrue(f.message().contains("write '2025-06-01'"), f.message());
        }

        @Test
        void shouldReportAFutureDate() {
            // One day of grace: a release dated in a zone ahead is "tomorrow" here.
            single(Rule.DATE_FUTURE, replace("2025-06-01", "2026-01-17"));
            assertEquals(List.of(), of(Rule.DATE_FUTURE, replace("2025-06-01", "2026-01-16")));
        }

        @Test
        void shouldReportDatesIncreasingDownTheFile() {
            Finding f = single(Rule.DATE_ORDER, replace("2025-01-02", "2025-07-01"));
            assertEquals(23, f.line());
            assertEquals(List.of(), of(Rule.DATE_ORDER, replace("2025-01-02", "2025-06-01")));
        }
    }

    @Nested
    class Order {
        @Test
        void shouldReportAscendingReleases() {
            String text = VALID.replace("[1.1.0] - 2025-06-01", "[0.9.0] - 2025-06-01");
            assertEquals(23, single(Rule.RELEASE_ORDER, text).line());
        }

        @Test
        void shouldUsePrecedenceNotText() {
            assertEquals(List.of(), of(Rule.RELEASE_ORDER,
                    replace("[1.1.0] - 2025-06-01", "[1.0.0-rc.10] - 2025-06-01")
                            .replace("[1.0.0] - 2025-01-02", "[1.0.0-rc.9] - 2025-01-02")));
        }

        @Test
        void shouldReportADuplicateVersion() {
            String text = VALID.replace("[1.1.0] - 2025-06-01", "[1.0.0] - 2025-06-01");
            Finding f = single(Rule.VERSION_DUPLICATE, text);
            assertEquals(23, f.line());
        }
    }

    @Nested
    class Unreleased {
        @Test
        void shouldReportASecondUnreleased() {
            String text = VALID.replace("## [1.0.0] -", "## [Unreleased]\n\n## [1.0.0] -");
            assertEquals(1, of(Rule.UNRELEASED_DUPLICATE, text).size());
        }

        @Test
        void shouldReportUnreleasedBelowARelease() {
            String text = VALID.replace("## [Unreleased]\n\n### Added\n\n- Something new.\n\n", "")
                    .replace("## [1.0.0] -", "## [Unreleased]\n\n## [1.0.0] -");
            assertEquals(1, of(Rule.UNRELEASED_NOT_FIRST, text).size());
            assertEquals(List.of(), of(Rule.UNRELEASED_NOT_FIRST, VALID));
        }
    }

    @Nested
    class Sections {
        @Test
        void shouldSuggestTheRightSpelling() {
            Finding f = single(Rule.SECTION_UNKNOWN, replace("### Fixed", "### fixed"));
            assertTrue(f.message().contains("write '### Fixed'"), f.message());
            assertTrue(single(Rule.SECTION_UNKNOWN, replace("### Fixed", "### Bug Fixes")).message()
                    .contains("'### Fixed'"));
            assertTrue(single(Rule.SECTION_UNKNOWN, replace("### Fixed", "### Misc")).message()
                    .contains("move its entries"));
        }

        @Test
        void shouldReportADuplicateSection() {
            assertEquals(19, single(Rule.SECTION_DUPLICATE, replace("### Fixed", "### Changed")).line());
        }

        @Test
        void shouldWarnAboutAnEmptySection() {
            Finding f = single(Rule.SECTION_EMPTY, replace("### Fixed\n\n- A bug.\n", "### Fixed\n"));
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void shouldReportTextThatIsNoListItem() {
            assertEquals(21, single(Rule.ENTRY_NOT_LIST_ITEM, replace("- A bug.", "A bug.")).line());
        }

        @Test
        void shouldReportEntriesWithoutSection() {
            String text = replace("A summary paragraph (Keep a Changelog 2.0.0).", "- Loose entry.");
            assertEquals(13, single(Rule.ENTRY_WITHOUT_SECTION, text).line());
            assertEquals(List.of(), of(Rule.ENTRY_WITHOUT_SECTION, VALID), "a summary is fine");
        }

        @Test
        void shouldWarnAboutBreakingOutsideChangedOrRemoved() {
            Finding f = single(Rule.BREAKING_MARKER_MISPLACED, replace("- A bug.", "- **Breaking:** A bug."));
            assertEquals(21, f.line());
            assertEquals(3, f.column());
        }

        @Test
        void shouldNotTakeAQuotedMarkerForOne() {
            String text = replace("- A bug.", "- Breaking changes are marked `**Breaking:**` now.");
            assertEquals(List.of(), of(Rule.BREAKING_MARKER_MISPLACED, text));
        }
    }

    @Nested
    class Links {
        @Test
        void shouldReportAMissingReference() {
            Finding f = single(Rule.LINK_REFERENCE_MISSING,
                    replace("[1.0.0]: https://example.org/r/releases/tag/v1.0.0\n", ""));
            assertEquals(23, f.line());
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void shouldReportAnUnusedReference() {
            Finding f = single(Rule.LINK_REFERENCE_UNUSED, VALID + "[0.9.0]: https://example.org/x\n");
            assertEquals(32, f.line());
        }

        @Test
        void shouldCheckTheCompareChain() {
            Finding f = single(Rule.COMPARE_LINK_CHAIN, replace("compare/v1.0.0...v1.1.0", "compare/v0.9.0...v1.1.0"));
            assertTrue(f.message().contains("compare v1.0.0...v1.1.0"), f.message());
            assertEquals(1, of(Rule.COMPARE_LINK_CHAIN, replace("compare/v1.1.0...HEAD", "compare/v1.0.0...HEAD")).size());
        }

        @Test
        void shouldMatchLabelsCaseInsensitively() {
            assertEquals(List.of(), findings(replace("[Unreleased]:", "[unreleased]:")));
        }
    }

    @Nested
    class Tags {
        final ReleaseTags both = ReleaseTags.of(Map.of(Version.parse("1.1.0"), "v1.1.0",
                Version.parse("1.0.0"), "v1.0.0"), "v@{version}");

        @Test
        void shouldReportAReleaseWithoutTag() {
            ReleaseTags one = ReleaseTags.of(Map.of(Version.parse("1.0.0"), "v1.0.0"), "v@{version}");
            List<Finding> f = findings(VALID, ValidationOptions.defaults().withToday(TODAY).withReleaseTags(one));
            assertEquals(1, f.size(), f::toString);
            assertEquals(Rule.RELEASE_TAG_MISSING, f.get(0).rule());
            assertTrue(f.get(0).message().contains("git tag -a v1.1.0"), f.get(0).message());
        }

        @Test
        void shouldReportATagWithoutEntry() {
            ReleaseTags three = ReleaseTags.of(Map.of(Version.parse("1.1.0"), "v1.1.0",
                    Version.parse("1.0.5"), "v1.0.5", Version.parse("1.0.0"), "v1.0.0"), "v@{version}");
            List<Finding> f = findings(VALID, ValidationOptions.defaults().withToday(TODAY).withReleaseTags(three));
            assertEquals(1, f.size(), f::toString);
            assertEquals(Rule.RELEASE_ENTRY_MISSING, f.get(0).rule());
            assertEquals(23, f.get(0).line(), "where the entry belongs");
        }

        @Test
        void shouldAcceptMatchingTags() {
            assertEquals(List.of(), findings(VALID, ValidationOptions.defaults().withToday(TODAY).withReleaseTags(both)));
        }
    }

    @Nested
    class Seed {
        static final String SEED = "# Changelog\n\n## Unreleased\n\n### Added\n\n- New.\n\n"
                + "## Version 1.2.0 - 2025-05-01\n\n### Fixed\n\n- Bug.\n";

        @Test
        void shouldDetectAndAcceptTheSeedDialect() {
            Changelog c = Changelog.parse(SEED, Dialect.AUTO);
            assertEquals(Dialect.SEED, c.dialect());
            assertEquals(List.of(), findings(SEED));
        }

        @Test
        void shouldReportAKeepAChangelogHeadingInASeedFile() {
            String text = SEED + "\n## [1.1.0] - 2025-01-01\n\n### Fixed\n\n- Old.\n";
            Finding f = single(Rule.HEADING_FORM, text);
            assertTrue(f.message().contains("'## Version 1.1.0 - 2025-01-01'"), f.message());
        }
    }

    @Nested
    class Severities {
        @Test
        void shouldSwitchARuleOffOrChangeItsSeverity() {
            String text = replace("2025-06-01", "2024-19-39");
            ValidationOptions off = ValidationOptions.defaults().withToday(TODAY)
                    .withSeverities(Map.of("date-invalid", "off"));
            assertEquals(List.of(), findings(text, off).stream().filter(f -> f.rule() == Rule.DATE_INVALID).toList());
            ValidationOptions warn = ValidationOptions.defaults().withToday(TODAY)
                    .withSeverities(Map.of("date-invalid", "warning"));
            ValidationReport r = ChangelogValidator.validate(Changelog.parse(text, Dialect.AUTO), warn);
            assertFalse(r.fails(false));
            assertTrue(r.fails(true));
        }

        @Test
        void shouldRefuseUnknownRulesAndSeverities() {
            ValidationOptions o = ValidationOptions.defaults();
            assertThrows(RefusalException.class, () -> o.withSeverities(Map.of("no-such-rule", "off")));
            assertThrows(RefusalException.class, () -> o.withSeverities(Map.of("date-invalid", "fatal")));
        }
    }
}
