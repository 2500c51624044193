package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import io.github.releaseprocess.versionfiles.VersionFile;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python application shaped like python-semantic-release before its 10.6.0: the version in
 * {@code pyproject.toml} (kept at the released version between releases), a {@code CHANGELOG.rst}
 * the plugin does not read, and a small {@code pom.xml} of packaging {@code pom} added to release
 * it.
 *
 * <pre>
 * * fix(hvcs): mask the credential URL       (HEAD, main)
 * * feat(cmd-version): file replacement variant
 * * ci(deps): bump actions/checkout
 * * chore: release v10.5.3                   (v10.5.3)
 * </pre>
 */
class PythonApplicationReleaseTest {

    private static final String PYPROJECT = "[build-system]\r\nrequires = [\"setuptools ~= 75.3\"]\r\n"
            + "\r\n[project]\r\nname = \"python-semantic-release\"\r\nversion = \"10.5.3\"\r\n"
            + "dependencies = [\"click ~= 8.1.0\"]\r\n\r\n[tool.semantic_release]\r\n"
            + "version_toml = [\"pyproject.toml:project.version\"]\r\n";

    private static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>io.github.python-semantic-release</groupId>
              <artifactId>python-semantic-release</artifactId>
              <version>10.5.3</version>
              <packaging>pom</packaging>
            </project>
            """;

    private static final String CHANGELOG_RST = """
            =========
            CHANGELOG
            =========

            v10.5.3 (2025-12-14)
            ====================

            * **cmd-version**: Resolve unauthenticated git repo issues
            """;

    @TempDir
    Path dir;

    private final BuildRunner passingBuild = (invocation, output) -> BuildResult.succeeded();

    private void project() throws IOException {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.writeString(dir.resolve("pyproject.toml"), PYPROJECT);
            Files.writeString(dir.resolve("CHANGELOG.rst"), CHANGELOG_RST);
            Files.writeString(dir.resolve("pom.xml"), POM);
            git.commitAll("chore: release v10.5.3").annotatedTag("v10.5.3");
            git.commitFile(".github/workflows/ci.yml", "ci(deps): bump actions/checkout");
            git.commitFile("src/semantic_release/cli/version.py",
                    "feat(cmd-version): add file replacement variant for `version_variables`");
            git.commitFile("src/semantic_release/hvcs/remote.py",
                    "fix(hvcs): mask git credential URL in very verbose debug logs");
        }
    }

    private PrepareRequest request() {
        NextVersionRequest versioning = new NextVersionRequest(
                VersioningPolicy.builder(Preset.PYTHON_SEMANTIC_RELEASE).build(),
                TagFormat.of(TagFormat.DEFAULT, "python-semantic-release"), Version.of(0, 1, 0),
                Optional.empty(), Optional.empty(), false, false);
        return PrepareRequest.builder(dir, "10.5.3", versioning)
                .changelogDialect(Dialect.NONE)
                .versionFiles(List.of(VersionFile.of("pyproject.toml")))
                .developmentVersion(PrepareRequest.DevelopmentVersion.NONE)
                .releaseNotesDir(Optional.of(dir.resolve("target/release-process")))
                .today(LocalDate.of(2026, 11, 28)).build();
    }

    private static final Pattern NOTES = Pattern.compile("### Added\n\n"
            + "- \\*\\*cmd-version:\\*\\* Add file replacement variant for `version_variables`"
            + " \\([0-9a-f]{7}\\)\n\n### Fixed\n\n"
            + "- \\*\\*hvcs:\\*\\* Mask git credential URL in very verbose debug logs \\([0-9a-f]{7}\\)");

    @Test
    void shouldWriteTheReleaseNotesFromTheCommitsWhenTheChangelogIsAFormItDoesNotRead()
            throws Exception {
        project();

        PrepareResult result = new Releaser(Reporter.SILENT, passingBuild).prepare(request(), false);

        assertEquals("10.6.0", result.version().toString());
        String notes = Files.readString(dir.resolve("target/release-process/release-notes-10.6.0.md"));
        assertTrue(NOTES.matcher(notes).lookingAt(), notes);
        try (Git git = Git.open(dir.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            String tag = walk.parseTag(git.getRepository().exactRef("refs/tags/v10.6.0")
                    .getObjectId()).getFullMessage();
            assertTrue(tag.startsWith("Release 10.6.0\n\n"), tag);
            assertTrue(NOTES.matcher(tag.substring("Release 10.6.0\n\n".length())).lookingAt(), tag);
        }
        assertEquals(PYPROJECT.replace("version = \"10.5.3\"", "version = \"10.6.0\""),
                Files.readString(dir.resolve("pyproject.toml")), "only the version's bytes move");
        assertEquals(CHANGELOG_RST, Files.readString(dir.resolve("CHANGELOG.rst")));
    }

    /**
     * encode/httpx before 0.28.0: {@code httpx/__version__.py} says 0.28.0 already (the release
     * pull request moved it), the tag 0.27.2 is the last release, no changelog is read. The
     * release changes no file; it still gets its release commit and tag.
     *
     * <pre>
     * * Version 0.28.0                (HEAD, main)
     * * Fix extensions type annotation
     * * Version 0.27.2                (0.27.2)
     * </pre>
     */
    @Test
    void shouldReleaseAVersionTheFilesHoldAlready() throws Exception {
        String version = "__title__ = \"httpx\"\n__version__ = \"0.27.2\"\n";
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.createDirectories(dir.resolve("httpx"));
            Files.writeString(dir.resolve("httpx/__version__.py"), version);
            Files.writeString(dir.resolve("pom.xml"), POM.replace("10.5.3", "0.27.2"));
            git.commitAll("Version 0.27.2").annotatedTag("0.27.2");
            git.commitFile("httpx/_types.py", "Fix `extensions` type annotation. (#3380)");
            Files.writeString(dir.resolve("httpx/__version__.py"), version.replace("0.27.2", "0.28.0"));
            Files.writeString(dir.resolve("pom.xml"), POM.replace("10.5.3", "0.28.0"));
            Files.writeString(dir.resolve("staged.txt"), "not part of the release\n");
            git.commitAll("Version 0.28.0");
            // Staged by hand, with the clean-tree gate off: never swept into the release commit.
            Files.writeString(dir.resolve("staged.txt"), "staged, not part of the release\n");
            git.git().add().addFilepattern("staged.txt").call();
        }
        NextVersionRequest versioning = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of("@{version}", "httpx"), Version.of(0, 1, 0), Optional.empty(),
                Optional.of(Version.parse("0.28.0")), false, false);
        PrepareRequest request = PrepareRequest.builder(dir, "0.28.0", versioning)
                .changelogDialect(Dialect.NONE)
                .gates(new GateSettings(false, false, GateSettings.DEFAULT_BRANCHES,
                        GateSettings.Review.NONE, false, true))
                .versionFiles(List.of(VersionFile.of("httpx/__version__.py")))
                .developmentVersion(PrepareRequest.DevelopmentVersion.NONE)
                .today(LocalDate.of(2026, 11, 28)).build();

        PrepareResult result = new Releaser(Reporter.SILENT, passingBuild).prepare(request, false);

        assertEquals("0.28.0", result.version().toString());
        try (Git git = Git.open(dir.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            var head = walk.parseCommit(git.getRepository().resolve("HEAD"));
            var parent = walk.parseCommit(head.getParent(0));
            assertEquals("chore(release): 0.28.0", head.getShortMessage());
            assertEquals("Version 0.28.0", parent.getShortMessage());
            assertEquals(parent.getTree(), head.getTree(), "the release commit changes no file");
            assertEquals(head, walk.parseTag(git.getRepository().exactRef("refs/tags/0.28.0")
                    .getObjectId()).getObject());
            assertTrue(git.status().call().getChanged().contains("staged.txt"),
                    "what was staged stays staged, out of the release commit");
        }
    }

    @Test
    void shouldShowTheSameNotesInTheDryRun() throws Exception {
        project();

        PrepareResult plan = new Releaser(Reporter.SILENT, passingBuild).prepare(request(), true);

        assertTrue(NOTES.matcher(plan.notes().orElseThrow().markdown()).lookingAt(),
                plan.notes().toString());
    }
}
