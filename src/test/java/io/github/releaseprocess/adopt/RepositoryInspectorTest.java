package io.github.releaseprocess.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private static String pom(String artifactId, String version, String parent, String modules) {
        return "<project>\n  <modelVersion>4.0.0</modelVersion>\n" + parent
                + "  <groupId>com.example</groupId>\n  <artifactId>" + artifactId
                + "</artifactId>\n  <version>" + version + "</version>\n"
                + (modules.isEmpty() ? "" : "  <packaging>pom</packaging>\n  <modules>\n"
                        + modules + "  </modules>\n") + "</project>\n";
    }

    /**
     * googleapis/sdk-platform-java: one release commit tags the generator (v2.67.0), gax
     * (gax/v2.75.0) and api-common (api-common/v2.58.0); the root aggregator stays at
     * 0.1.0-SNAPSHOT; the component folders keep the changelogs of the repositories merged in
     * 2022. init suggested one version (tagFormat v@{version}), which the release refused: the
     * modules of gax and api-common keep SNAPSHOT versions of their own.
     *
     * <pre>
     * * fix: a bug
     * * chore(main): release 2.67.0      (v2.67.0, gax/v2.75.0, api-common/v2.58.0)
     * * feat: a thing
     * * chore(main): release 2.66.0      (v2.66.0, gax/v2.74.0, api-common/v2.57.0)
     * * chore(main): release 2.65.0      (v2.65.0, before gax and api-common moved in)
     * </pre>
     */
    @Test
    void shouldSuggestTheComponentsOfAMonorepoWhoseTagsAreReleasedTogether() throws Exception {
        for (String folder : List.of("gapic-generator-java", "gax-java/gax", "api-common-java")) {
            Files.createDirectories(dir.resolve(folder));
        }
        write("pom.xml", pom("gapic-generator-java-root", "0.1.0-SNAPSHOT", "",
                "    <module>gapic-generator-java</module>\n    <module>gax-java</module>\n"
                        + "    <module>api-common-java</module>\n"));
        write("gapic-generator-java/pom.xml", pom("gapic-generator-java", "2.67.1-SNAPSHOT", "",
                ""));
        write("gax-java/pom.xml", pom("gax-parent", "2.75.1-SNAPSHOT", "",
                "    <module>gax</module>\n"));
        write("gax-java/gax/pom.xml", pom("gax", "2.75.1-SNAPSHOT", "", ""));
        write("api-common-java/pom.xml", pom("api-common", "2.58.1-SNAPSHOT", "", ""));
        write("versions.txt", "# Format:\n# module:released-version:current-version\n\n"
                + "gapic-generator-java:2.67.0:2.67.1-SNAPSHOT\napi-common:2.58.0:2.58.1-SNAPSHOT"
                + "\ngax:2.75.0:2.75.1-SNAPSHOT\n");
        write("CHANGELOG.md", "# Changelog\n\n## [2.67.0](https://github.com/o/r/compare/"
                + "v2.66.0...v2.67.0) (2026-02-18)\n\n\n### Features\n\n* a thing (1234567)\n");
        write("gax-java/CHANGELOG.md", "# Changelog\n\n## [2.20.1](https://github.com/o/gax/"
                + "compare/v2.20.0...v2.20.1) (2022-12-02)\n\n\n### Bug Fixes\n\n* x (7654321)\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("chore(main): release 2.65.0").tag("v2.65.0")
                    .commit("chore(main): release 2.66.0").tag("v2.66.0").tag("gax/v2.74.0")
                    .tag("api-common/v2.57.0").commit("feat: a thing")
                    .commit("chore(main): release 2.67.0").tag("v2.67.0").tag("gax/v2.75.0")
                    .tag("api-common/v2.58.0").commit("fix: a bug");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir,
                "gapic-generator-java-root", "0.1.0-SNAPSHOT");

        assertEquals(List.of(
                new Adoption.Component("gapic-generator-java", ".", "v@{version}",
                        List.of("pom.xml"), Optional.empty()),
                new Adoption.Component("api-common", "api-common-java",
                        "api-common/v@{version}", List.of(), Optional.empty()),
                new Adoption.Component("gax", "gax-java", "gax/v@{version}", List.of(),
                        Optional.of("none"))),
                adoption.components());
        assertEquals(Optional.of("released-together"), adoption.group());
        assertFalse(adoption.configuration().containsKey("tagFormat"), adoption.toString());
        // The block's nesting is pluginLines' own (AdoptionTest); here, what it holds.
        String block = adoption.pluginLines("g", "a", "1").stream().map(String::strip)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(block.contains("""
                <components>
                <component>
                <id>gapic-generator-java</id>
                <path>.</path>
                <tagFormat>v@{version}</tagFormat>
                <excludePaths>
                <excludePath>pom.xml</excludePath>
                </excludePaths>
                </component>
                <component>
                <id>api-common</id>
                <path>api-common-java</path>
                <tagFormat>api-common/v@{version}</tagFormat>
                </component>
                <component>
                <id>gax</id>
                <path>gax-java</path>
                <tagFormat>gax/v@{version}</tagFormat>
                <changelog>none</changelog>
                </component>
                </components>
                <groups>
                <group>
                <id>released-together</id>
                <members>
                <member>gapic-generator-java</member>
                <member>api-common</member>
                <member>gax</member>
                </members>
                </group>
                </groups>
                </configuration>"""), block);
    }

    /** log4j changed its tags ('log4j-2.20.0' up to 2.20, 'rel/2.25.3' since): no components. */
    @Test
    void shouldNotTakeAnOldTagShapeForAComponent() throws Exception {
        Files.createDirectories(dir.resolve("log4j-api"));
        write("pom.xml", pom("log4j", "2.25.4-SNAPSHOT", "", "    <module>log4j-api</module>\n"));
        write("log4j-api/pom.xml", pom("log4j-api", "2.25.4-SNAPSHOT", "", ""));
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("Initial").tag("log4j-2.19.0").commit("A").tag("log4j-2.20.0")
                    .commit("B").tag("rel/2.25.2").commit("C").tag("rel/2.25.3").commit("D");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "log4j",
                "2.25.4-SNAPSHOT");
        assertEquals(List.of(), adoption.components());
        assertEquals("rel/@{version}", adoption.configuration().get("tagFormat"));
    }

    /**
     * apache/commons-text tags each release twice on one commit: the voted candidate
     * ('commons-text-1.14.0-RC1') and the release ('rel/commons-text-1.14.0'). init took the
     * candidates' shape, named after the project itself, for a second component with the id of
     * the first ('commons-text' twice), which prepare then refused. One project, one version line.
     */
    @Test
    void shouldNotTakeTheProjectsOwnOtherTagShapeForAComponent() throws Exception {
        write("pom.xml", pom("commons-text", "1.15.0-SNAPSHOT", "", ""));
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("Initial").tag("commons-text-1.8").commit("A")
                    .tag("commons-text-1.13.0-RC1").tag("rel/commons-text-1.13.0").commit("B")
                    .tag("commons-text-1.13.1-RC1").tag("rel/commons-text-1.13.1").commit("C")
                    .tag("commons-text-1.14.0-RC1").tag("rel/commons-text-1.14.0").commit("D");
        }
        Adoption adoption = new RepositoryInspector(Reporter.SILENT).inspect(dir, "commons-text",
                "1.15.0-SNAPSHOT");
        assertEquals(List.of(), adoption.components(), adoption.toString());
        assertEquals("rel/commons-text-@{version}", adoption.configuration().get("tagFormat"));
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
