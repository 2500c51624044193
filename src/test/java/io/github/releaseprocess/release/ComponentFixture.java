package io.github.releaseprocess.release;

import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A monorepo for the release tests: an aggregator with a library, a service that depends on the
 * library and on a tool, and the tool in a nested folder; each released once, with its own
 * changelog. A fix in the library follows.
 *
 * <pre>
 * * fix(library): null check        (HEAD, main)
 * * chore: start development
 * * chore: monorepo                  (library-v1.2.0, service-v2.0.0, tool-v0.3.0)
 * </pre>
 *
 * The planner releases the library (the fix) and the service (its dependent), not the tool.
 */
final class ComponentFixture {

    static final String ROOT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>root</artifactId>
              <version>1.0.0</version>
              <packaging>pom</packaging>
              <modules>
                <module>library</module>
                <module>service</module>
                <module>tools/tool</module>
              </modules>
            </project>
            """;

    static final String LIBRARY = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>library</artifactId>
              <version>1.2.1-SNAPSHOT</version>
            </project>
            """;

    static final String SERVICE = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>service</artifactId>
              <version>2.0.1-SNAPSHOT</version>
              <dependencies>
                <dependency><groupId>g</groupId><artifactId>library</artifactId><version>1.2.1-SNAPSHOT</version></dependency>
                <dependency><groupId>g</groupId><artifactId>tool</artifactId><version>0.4.0-SNAPSHOT</version></dependency>
              </dependencies>
            </project>
            """;

    static final String TOOL = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>tool</artifactId>
              <version>0.4.0-SNAPSHOT</version>
            </project>
            """;

    static String changelog(String released) {
        return "# Changelog\n\n## [Unreleased]\n\n## [" + released + "] - 2026-01-10\n\n"
                + "### Added\n\n- The first release.\n";
    }

    private ComponentFixture() {
    }

    static void create(Path dir) throws IOException {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.writeString(dir.resolve("pom.xml"), ROOT);
            write(dir, "library/pom.xml", LIBRARY.replace("1.2.1-SNAPSHOT", "1.2.0"));
            write(dir, "library/CHANGELOG.md", changelog("1.2.0"));
            write(dir, "service/pom.xml", SERVICE.replace("1.2.1-SNAPSHOT", "1.2.0")
                    .replace("2.0.1-SNAPSHOT", "2.0.0").replace("0.4.0-SNAPSHOT", "0.3.0"));
            write(dir, "service/CHANGELOG.md", changelog("2.0.0"));
            write(dir, "tools/tool/pom.xml", TOOL.replace("0.4.0-SNAPSHOT", "0.3.0"));
            write(dir, "tools/tool/CHANGELOG.md", changelog("0.3.0"));
            git.commitAll("chore: monorepo").annotatedTag("library-v1.2.0")
                    .annotatedTag("service-v2.0.0").annotatedTag("tool-v0.3.0");
            write(dir, "library/pom.xml", LIBRARY);
            write(dir, "service/pom.xml", SERVICE);
            write(dir, "tools/tool/pom.xml", TOOL);
            git.commitAll("chore: start development\n\nReviewed-by: R <r@example.invalid>");
            write(dir, "library/CHANGELOG.md", changelog("1.2.0").replace("## [Unreleased]\n",
                    "## [Unreleased]\n\n### Fixed\n\n- A null check.\n"));
            write(dir, "service/CHANGELOG.md", changelog("2.0.0").replace("## [Unreleased]\n",
                    "## [Unreleased]\n\n### Changed\n\n- Uses library 1.2.1.\n"));
            git.commitAll("fix(library): null check\n\nReviewed-by: R <r@example.invalid>");
        }
    }

    private static void write(Path dir, String path, String content) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), content);
    }

    static ComponentRelease component(Path dir, String id, String module, String path,
            String current, String last, String next) {
        return new ComponentRelease(id, List.of("g:" + module), TagFormat.of(
                "@{component}-v@{version}".replace("@{component}", id), null),
                Optional.of(dir.resolve(path).resolve("CHANGELOG.md")), current,
                Optional.of(Version.parse(last)), Optional.ofNullable(next).map(Version::parse),
                Optional.empty(), null, List.of(), List.of(), List.of());
    }

    /** library 1.2.1 and service 2.0.1 released, tool not. */
    static ComponentPlanner planner(Path dir) {
        return (repository, reporter) -> List.of(
                component(dir, "library", "library", "library", "1.2.1-SNAPSHOT", "1.2.0",
                        "1.2.1"),
                component(dir, "service", "service", "service", "2.0.1-SNAPSHOT", "2.0.0",
                        "2.0.1"),
                component(dir, "tool", "tool", "tools/tool", "0.4.0-SNAPSHOT", "0.3.0", null));
    }

    static PrepareRequest request(Path dir) {
        return request(dir, planner(dir));
    }

    static PrepareRequest request(Path dir, ComponentPlanner planner) {
        NextVersionRequest versioning = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of(TagFormat.DEFAULT, "root"), Version.of(1, 0, 0), Optional.empty(),
                Optional.empty(), false, false);
        return PrepareRequest.builder(dir, "1.0.0", versioning)
                .changelog(Optional.of(dir.resolve("CHANGELOG.md")))
                .today(LocalDate.of(2026, 11, 26)).components(Optional.of(planner)).build();
    }
}
