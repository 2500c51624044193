package io.github.releaseprocess.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryInspectorTest {

    @TempDir
    Path dir;

    private Adoption.Finding changelogFinding(Adoption adoption) {
        return adoption.findings().stream().filter(f -> f.topic().equals("changelog"))
                .findFirst().orElseThrow();
    }

    private void write(String file, String text) throws Exception {
        Files.write(dir.resolve(file), text.getBytes(StandardCharsets.UTF_8));
    }

    /** jhy/jsoup keeps a hand-written CHANGES.md with '## 1.22.1 (2026-Jan-01)' headings. */
    @Test
    void shouldNameAChangelogThatIsNotCalledChangelogMd() throws Exception {
        write("CHANGES.md", "# jsoup Changelog\n\n## 1.22.2 (PENDING)\n\n### Bug Fixes\n"
                + "* A fix.\n\n## 1.22.1 (2026-Jan-01)\n\n### Improvements\n* A thing.\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("Initial").tag("jsoup-1.22.1").commit("Fix a thing");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "jsoup",
                "1.22.2-SNAPSHOT");
        Adoption.Finding finding = changelogFinding(adoption);
        assertTrue(finding.value().contains("CHANGES.md"), finding.toString());
        assertFalse(finding.why().contains("there is no"), finding.toString());
        assertTrue(finding.why().contains("line 3"), finding.toString());
        assertEquals("false", adoption.gates().get("changelogHasEntries"));
        assertFalse(adoption.configuration().containsKey("changelog"), adoption.toString());
    }

    /**
     * release-please writes '### ⚠ BREAKING CHANGES' (googleapis/google-http-java-client 2.0.0,
     * google-auth-library-java): init read the file as ISO-8859-1, found the section
     * 'â  BREAKING CHANGES' unknown and suggested changelogDialect=none, so the release
     * would no longer write the changelog. It is UTF-8 Markdown.
     */
    @Test
    void shouldReadTheChangelogAsUtf8() throws Exception {
        write("CHANGELOG.md", "# Changelog\n\n"
                + "## [2.0.0](https://github.com/o/r/compare/v1.0.0...v2.0.0) (2025-08-01)\n\n\n"
                + "### ⚠ BREAKING CHANGES\n\n* update guava\n\n### Dependencies\n\n"
                + "* update guava ([941038c](https://github.com/o/r/commit/941038c))\n\n"
                + "## [1.0.0](https://github.com/o/r/compare/v0.9.0...v1.0.0) (2025-01-01)\n\n\n"
                + "### Features\n\n* a thing ([1234567](https://github.com/o/r/commit/1234567))\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("feat: a thing").tag("v1.0.0").commit("deps!: update guava")
                    .tag("v2.0.0").commit("fix: a bug");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "demo",
                "2.0.1-SNAPSHOT");
        Adoption.Finding finding = changelogFinding(adoption);
        assertEquals("CHANGELOG.md as conventional-changelog", finding.value(),
                finding.toString());
        assertEquals("conventional-changelog", adoption.configuration().get("changelogDialect"));
    }

    @Test
    void shouldPointTheChangelogParameterAtAKnownFormUnderAnotherName() throws Exception {
        write("CHANGES.md", "# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- A fix.\n\n"
                + "## [1.0.0] - 2024-01-01\n\n### Added\n\n- A thing.\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("feat: initial").tag("v1.0.0").commit("fix: a thing");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "demo",
                "1.0.1-SNAPSHOT");
        Adoption.Finding finding = changelogFinding(adoption);
        assertEquals("CHANGES.md as keepachangelog", finding.value(), finding.toString());
        assertEquals("CHANGES.md", adoption.configuration().get("changelog"));
        assertFalse(adoption.gates().containsKey("changelogHasEntries"), adoption.toString());
    }

    /**
     * apache/commons-io at 2.22.0-SNAPSHOT after rel/commons-io-2.21.0, free-form commits: init
     * names the release next-version makes, 2.22.0, not the 2.21.1 the commits alone ask for.
     */
    @Test
    void shouldNameTheReleaseOfThePomsSnapshot() throws Exception {
        try (GitScenario git = GitScenario.init(dir)) {
            git.commit("Initial").tag("rel/commons-io-2.21.0").commit("Use final")
                    .commit("Sort members");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "commons-io",
                "2.22.0-SNAPSHOT");
        Adoption.Finding finding = adoption.findings().stream()
                .filter(f -> f.topic().equals("next release")).findFirst().orElseThrow();
        assertEquals("2.22.0", finding.value(), finding.toString());
    }

    /**
     * apache/logging-log4j2 keeps the coming version without -SNAPSHOT ('<revision>2.25.4' after
     * rel/2.25.3) and moves it by hand after a release: the release must not commit a SNAPSHOT.
     */
    @Test
    void shouldKeepTheDevelopmentVersionOfAProjectThatHasNoSnapshots() throws Exception {
        try (GitScenario git = GitScenario.init(dir)) {
            git.commit("Initial").tag("rel/2.25.3").commit("Prepare for new release cycle");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "log4j",
                "2.25.4");
        assertEquals("none", adoption.configuration().get("developmentVersion"),
                adoption.toString());
        Adoption.Finding finding = adoption.findings().stream()
                .filter(f -> f.topic().equals("development version")).findFirst().orElseThrow();
        assertTrue(finding.why().contains("rel/2.25.3"), finding.toString());

        Adoption usual = new RepositoryInspector(Reporter.SILENT).inspect(dir, "log4j",
                "2.25.4-SNAPSHOT");
        assertFalse(usual.configuration().containsKey("developmentVersion"), usual.toString());
    }
}
