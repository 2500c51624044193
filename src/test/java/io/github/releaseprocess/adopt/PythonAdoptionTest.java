package io.github.releaseprocess.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.GitScenario;
import io.github.releaseprocess.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init in Python repositories without a POM, shaped like the real projects named per test. */
class PythonAdoptionTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        TestFiles.write(dir, file, text);
    }

    private Adoption inspect() throws Exception {
        return new RepositoryInspector(Reporter.SILENT).inspect(dir, null, null);
    }

    private static Adoption.Finding finding(Adoption adoption, String topic) {
        return adoption.findings().stream().filter(f -> f.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + topic + " in " + adoption));
    }

    /**
     * pallets/click before 8.5.0: {@code version = "8.5.0.dev"} after the tag 8.4.2, free-form
     * commits, a CHANGES.rst. The next release is the one the .dev version names, as click
     * released it.
     *
     * <pre>
     * * Fix a thing
     * * start version 8.5.0
     * * Release version 8.4.2   (8.4.2)
     * </pre>
     */
    @Test
    void shouldReleaseTheVersionOfADevPyprojectAndWriteThePomThatStandsForIt() throws Exception {
        String pyproject = "[project]\nname = \"click\"\nversion = \"8.4.2\"\n";
        write("pyproject.toml", pyproject);
        write("CHANGES.rst", "Version 8.4.2\n-------------\n\nReleased 2025-01-01\n");
        String lock = "version = 1\n\n[[package]]\nname = \"click\"\nversion = \"8.4.2\"\n"
                + "source = { editable = \".\" }\n\n[[package]]\nname = \"colorama\"\n"
                + "version = \"0.4.6\"\n";
        write("uv.lock", lock);
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("Release version 8.4.2").tag("8.4.2");
            write("pyproject.toml", pyproject.replace("8.4.2", "8.5.0.dev"));
            write("uv.lock", lock.replace("8.4.2", "8.5.0.dev0"));
            git.commitAll("start version 8.5.0").commit("Fix a thing");
        }

        Adoption adoption = inspect();

        assertEquals("8.5.0-SNAPSHOT", finding(adoption, "project version").value());
        assertEquals("8.5.0", finding(adoption, "next release").value());
        assertEquals(List.of("pyproject.toml", "uv.lock"), adoption.versionFiles());
        Adoption.Finding changelog = finding(adoption, "changelog");
        assertEquals("CHANGES.rst, not Markdown", changelog.value());
        assertTrue(changelog.why().contains("release notes from the commits"), changelog.why());
        assertEquals("false", adoption.gates().get("changelogHasEntries"));
        List<String> pom = adoption.pomLines(List.of("<plugin/>")).orElseThrow();
        assertTrue(pom.containsAll(List.of("  <artifactId>click</artifactId>",
                "  <version>8.5.0-SNAPSHOT</version>", "  <packaging>pom</packaging>",
                "      <plugin/>")), String.join("\n", pom));
    }

    /**
     * python-semantic-release before 10.6.0: pyproject.toml keeps the released 10.5.3 between
     * releases, so the release leaves the version there (developmentVersion none).
     */
    @Test
    void shouldKeepTheReleasedVersionWhereTheProjectKeepsIt() throws Exception {
        write("pyproject.toml", "[project]\nname = \"python-semantic-release\"\n"
                + "keywords = [\n  \"semver\",\n]\nversion = \"10.5.3\"\n\n[tool.semantic_release]\n"
                + "version = \"0.0.0\"\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("chore: release v10.5.3").tag("v10.5.3")
                    .commit("feat(cmd-version): add file replacement variant");
        }

        Adoption adoption = inspect();

        assertEquals("10.6.0", finding(adoption, "next release").value());
        assertEquals("none", adoption.configuration().get("developmentVersion"));
        assertEquals("python-semantic-release", adoption.configuration().get("preset"));
        assertEquals(List.of("pyproject.toml"), adoption.versionFiles());
    }

    /**
     * httpie/cli: setup.cfg reads the version from {@code httpie.__version__}; the version file
     * is {@code httpie/__init__.py}, not the {@code __version__} of a test fixture.
     */
    @Test
    void shouldFindTheVersionOfAPackageWhoseSetupCfgReadsIt() throws Exception {
        write("setup.cfg", "[metadata]\nname = httpie\nversion = attr: httpie.__version__\n");
        write("httpie/__init__.py", "\"\"\"HTTPie.\"\"\"\n\n__version__ = '3.2.4'\n");
        write("tests/fixtures/pkg/__init__.py", "__version__ = '0.0.1'\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("Release 3.2.3").tag("3.2.3").commit("Fix the --raw flag");
        }

        Adoption adoption = inspect();

        Adoption.Finding version = finding(adoption, "project version");
        assertEquals("3.2.4", version.value());
        assertTrue(version.why().startsWith("httpie/__init__.py holds 3.2.4"), version.why());
        assertEquals(List.of("httpie/__init__.py"), adoption.versionFiles());
        assertEquals("none", adoption.configuration().get("developmentVersion"));
        assertEquals(Optional.of("httpie"), adoption.python().map(PythonVersion::name));
    }

    @Test
    void shouldWriteNoPomForAVersionWithoutSemanticVersion() throws Exception {
        write("pyproject.toml", "[project]\nname = \"app\"\nversion = \"1.2.0.post1\"\n");
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitAll("Initial");
        }

        Adoption adoption = inspect();

        assertTrue(finding(adoption, "project version").why().contains("no Semantic Version"));
        assertEquals(Optional.empty(), adoption.pomLines(List.of("<plugin/>")));
    }
}
