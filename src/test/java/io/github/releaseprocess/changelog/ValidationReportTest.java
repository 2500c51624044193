package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    static ValidationReport report(String text) {
        return ChangelogValidator.validate(Changelog.parse(text, Dialect.AUTO),
                ValidationOptions.defaults().withToday(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void shouldPrintTheLocationTheLineAndACaret() {
        ValidationReport r = report("# Changelog\n\n## [1.0.0] - 2024-19-39\n\n### Added\n\n- X.\n");
        assertEquals(List.of(
                "CHANGELOG.md:3:14: error: Date '2024-19-39' is not a real calendar date; write the"
                        + " release day as YYYY-MM-DD. [date-invalid]",
                "  ## [1.0.0] - 2024-19-39",
                "               ^"), r.formatted("CHANGELOG.md"));
        assertEquals("CHANGELOG.md: 1 error, 0 warnings (keepachangelog, 1 releases)",
                r.summary("CHANGELOG.md"));
    }

    /**
     * googleapis/java-storage's CHANGELOG.md (release-please): an alert written by hand before the
     * sections of 2.52.0, a section of prose in 2.14.0.
     */
    @Test
    void shouldWeighErrorsInOlderReleasesAsWarningsForTheReleaseGate() {
        String older = "## [2.52.0](https://github.com/o/r/compare/v2.51.0...v2.52.0) (2025-05-01)"
                + "\n\n> [!IMPORTANT]  \n> Read this first.\n\n### Features\n\n* a (abc1234)\n\n"
                + "## [2.14.0](https://github.com/o/r/compare/v2.13.0...v2.14.0) (2022-10-01)\n\n"
                + "### Google Cloud Storage gRPC API Preview\n\nThe first release with gRPC.\n";
        String newest = "## [2.53.0](https://github.com/o/r/compare/v2.52.0...v2.53.0) (2025-06-01)"
                + "\n\n### Bug Fixes\n\n* b (def5678)\n\n";
        ValidationReport validated = report("# Changelog\n\n" + newest + older);
        assertEquals(3, validated.errors(), String.join("\n", validated.formatted("f")));

        ValidationReport gate = validated.asReleaseGate();
        assertEquals(0, gate.errors());
        assertEquals(validated.warnings() + 3, gate.warnings());
        assertEquals(validated.findings().stream().map(Finding::line).toList(),
                gate.findings().stream().map(Finding::line).toList());
        Finding alert = gate.findings().stream()
                .filter(f -> f.rule() == Rule.ENTRY_WITHOUT_SECTION).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, alert.severity());
        assertEquals("Entries of release 2.52.0 are not under a section; put them under"
                + " '### Features', '### Bug Fixes' or another section conventional-changelog"
                + " writes. (in release 2.52.0, older than 2.53.0: it does not stop a release)",
                alert.message());
        assertEquals(List.of(), validated.olderReleaseErrors());
        assertEquals(gate.findings().stream().filter(f -> f.message().endsWith("stop a release)"))
                .toList(), gate.olderReleaseErrors());
        assertEquals(3, gate.olderReleaseErrors().size());

        // The same alert in the newest release stops it.
        ValidationReport newestBroken = report("# Changelog\n\n" + older).asReleaseGate();
        assertEquals(List.of(Rule.ENTRY_WITHOUT_SECTION), newestBroken.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Finding::rule).toList());
        // And so does an error across releases: their order.
        ValidationReport unordered = report("# Changelog\n\n" + older.substring(
                older.indexOf("## [2.14.0]")) + "\n" + newest);
        assertTrue(unordered.asReleaseGate().findings().stream().anyMatch(f ->
                f.rule() == Rule.RELEASE_ORDER && f.severity() == Severity.ERROR),
                String.join("\n", unordered.formatted("f")));
    }

    /**
     * Textualize/rich's CHANGELOG.md before 14.3.0: '## Changed' typed for '###' in old releases,
     * two old releases out of date order, and the newest release dated a year early (2025-01-24
     * above 14.2.0 of 2025-10-09).
     */
    @Test
    void shouldKeepTheOrderOfTheNewestReleaseAnErrorForTheReleaseGate() {
        ValidationReport gate = report("# Changelog\n\n## [14.3.0] - 2025-01-24\n\n### Fixed\n\n"
                + "- A.\n\n## [14.2.0] - 2025-10-09\n\n### Fixed\n\n- B.\n\n"
                + "## [10.16.2] - 2021-01-02\n\n### Fixed\n\n- C.\n\n"
                + "## [10.16.1] - 2021-12-15\n\n## Changed\n\n- D.\n").asReleaseGate();
        assertEquals(List.of("14.2.0 date-order error", "10.16.1 date-order warning",
                "10.16.1 heading-form warning"), gate.findings().stream()
                .filter(f -> f.rule() == Rule.DATE_ORDER || f.rule() == Rule.HEADING_FORM)
                .map(f -> gate.changelog().releases().stream().filter(r -> r.line() <= f.line())
                        .reduce((a, b) -> b).orElseThrow().versionText() + " " + f.rule().id()
                        + " " + f.severity().word()).toList());
    }

    @Test
    void shouldKeepTabsSoTheCaretAligns() {
        ValidationReport r = report("# Changelog\n\n## [1.0.0] - 2024-01-01\n\n###\tfixed\n\n- X.\n");
        List<String> lines = r.formatted("f");
        assertEquals("  ###\tfixed", lines.get(1));
        assertEquals("     \t^", lines.get(2));
    }

    @Test
    void shouldShowAWindowOfALongLine() {
        String pad = "x".repeat(300);
        ValidationReport r = report("# Changelog\n\n## [1.0.0] - 2024-01-01\n\n### Added\n\n" + pad
                + " text\n");
        List<String> lines = r.formatted("f");
        assertTrue(lines.get(1).length() <= 100, lines.get(1));
        assertTrue(lines.get(2).endsWith("^"));
    }

    @Test
    void shouldEscapeGitHubAnnotations() {
        ValidationReport r = report("# Changelog\n\n## [1.0.0] - 2024-19-39\n");
        assertEquals("::error file=docs/a%2Cb.md,line=3,col=14,title=date-invalid::Date '2024-19-39'"
                + " is not a real calendar date; write the release day as YYYY-MM-DD.",
                r.githubAnnotations("docs/a,b.md").get(0));
    }

    @Test
    void shouldWriteJson() {
        String json = report("# Changelog\n\n## [1.0.0] - 2024-19-39\n").toJson("CHANGELOG.md");
        assertTrue(json.contains("\"rule\": \"date-invalid\""), json);
        assertTrue(json.contains("\"line\": 3"), json);
        assertTrue(json.contains("\"errors\": 1"), json);
    }
}
