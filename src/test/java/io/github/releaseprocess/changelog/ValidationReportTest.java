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
