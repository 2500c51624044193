package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.api.ApiCheckMode;
import io.github.releaseprocess.api.ApiCheckRequest;
import io.github.releaseprocess.api.ApiModule;
import io.github.releaseprocess.api.BaselineResolver;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.CollectingReporter;
import io.github.releaseprocess.testing.GitScenario;
import io.github.releaseprocess.testing.JarCompiler;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API check inside {@code prepare}, on a real repository whose "test build" compiles the
 * sources of the work tree into {@code target/greeter-VERSION.jar} (javax.tools), each mode and
 * each level.
 *
 * <pre>
 * * fix: …  or  feat: …   (HEAD, main)   changes src/com/acme/Greeter.java
 * * chore: start 1.2.4-SNAPSHOT
 * * chore: greeter        (v1.2.3)
 * </pre>
 */
class ApiCheckReleaseTest {

    static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.acme</groupId>
              <artifactId>greeter</artifactId>
              <version>@VERSION@</version>
            </project>
            """;
    static final String CHANGELOG = """
            # Changelog

            ## [Unreleased]

            ### Fixed

            - Something.

            ## [@LAST@] - 2026-01-10

            ### Added

            - The greeter.
            """;
    static final String GREETER = """
            package com.acme;
            public class Greeter {
              public String greet(String name) { return "Hello " + name; }
              public String shout(String name) { return greet(name).toUpperCase(); }
            }
            """;
    static final String WITHOUT_SHOUT = GREETER.replaceFirst("  public String shout.*\n", "");
    static final String WITH_WHISPER = GREETER.replace("  public String shout",
            "  public String whisper(String n) { return n; }\n  public String shout");
    static final Pattern VERSION = Pattern.compile("<artifactId>greeter</artifactId>\\s*"
            + "<version>([^<]+)</version>");

    @TempDir
    Path dir;
    @TempDir
    Path work;

    final CollectingReporter reporter = new CollectingReporter();
    final List<String> warnings = reporter.warnings;
    final List<String> infos = reporter.info;
    final List<String> buildPoms = new ArrayList<>();
    Path baselineJar;

    /** Compiles the work tree's sources into target/ of the POM's folder, as package would. */
    final BuildRunner compilingBuild = (invocation, output) -> {
        Path project = invocation.pomFile().getParent();
        buildPoms.add(dir.relativize(invocation.pomFile()).toString());
        Matcher version = VERSION.matcher(Files.readString(invocation.pomFile()));
        if (!version.find()) {
            throw new IllegalStateException("no version");
        }
        Path jar = JarCompiler.jar(work.resolve("build-" + buildPoms.size()), "greeter",
                Map.of("com/acme/Greeter.java", Files.readString(project.resolve(
                        "src/com/acme/Greeter.java"))));
        Files.createDirectories(project.resolve("target"));
        Files.copy(jar, project.resolve("target/greeter-" + version.group(1) + ".jar"));
        return BuildResult.succeeded();
    };

    /**
     * The project at {@code last} released, then one commit that changes the greeter as given.
     */
    void project(String last, String message, String greeter) throws IOException {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            Files.writeString(dir.resolve("pom.xml"), POM.replace("@VERSION@", last));
            Files.writeString(dir.resolve("CHANGELOG.md"), CHANGELOG.replace("@LAST@", last)
                    .replace("### Fixed\n\n- Something.\n\n", ""));
            Files.createDirectories(dir.resolve("src/com/acme"));
            Files.writeString(dir.resolve("src/com/acme/Greeter.java"), GREETER);
            git.commitAll("chore: greeter").annotatedTag("v" + last);
            Files.writeString(dir.resolve("pom.xml"), POM.replace("@VERSION@", snapshot(last)));
            git.commitAll("chore: start " + snapshot(last)
                    + "\n\nReviewed-by: A Reviewer <r@example.invalid>");
            Files.writeString(dir.resolve("CHANGELOG.md"), CHANGELOG.replace("@LAST@", last));
            Files.writeString(dir.resolve("src/com/acme/Greeter.java"), greeter);
            git.commitAll(message + "\n\nReviewed-by: A Reviewer <r@example.invalid>");
        }
        baselineJar = JarCompiler.jar(work.resolve("baseline"), "greeter-" + last,
                Map.of("com/acme/Greeter.java", GREETER));
    }

    static String snapshot(String last) {
        return Version.parse(last).nextPatch() + "-SNAPSHOT";
    }

    PrepareRequest request(String last, ApiCheckMode mode, BaselineResolver resolver) {
        NextVersionRequest versioning = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of(TagFormat.DEFAULT, "greeter"), Version.of(0, 1, 0), Optional.empty(),
                Optional.empty(), false, false);
        ApiModule module = new ApiModule("com.acme", "greeter", dir.resolve("target"),
                "greeter-" + snapshot(last), snapshot(last));
        return PrepareRequest.builder(dir, snapshot(last), versioning)
                .changelog(Optional.of(dir.resolve("CHANGELOG.md")))
                .today(LocalDate.of(2026, 11, 26))
                .apiCheck(new ApiCheckRequest(mode, List.of(), List.of(module), resolver))
                .build();
    }

    BaselineResolver deployed(String last) {
        return (g, a, v) -> "com.acme".equals(g) && "greeter".equals(a) && last.equals(v)
                ? Optional.of(baselineJar) : Optional.empty();
    }

    PrepareResult prepare(String last, ApiCheckMode mode) throws IOException {
        return new Releaser(reporter, compilingBuild).prepare(request(last, mode,
                deployed(last)), false);
    }

    String tagMessage(String tag) throws IOException {
        try (var git = org.eclipse.jgit.api.Git.open(dir.toFile());
                var walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
            return walk.parseTag(git.getRepository().exactRef("refs/tags/" + tag).getObjectId())
                    .getFullMessage();
        }
    }

    @Nested
    class Warn {
        @Test
        void shouldReleaseTheFixAndLogTheRemovedMethodWithBothLevels() throws Exception {
            project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);

            PrepareResult result = prepare("1.2.3", ApiCheckMode.WARN);

            assertEquals("1.2.4", result.version().toString());
            assertTrue(warnings.contains("  com.acme.Greeter#shout(java.lang.String): method"
                    + " removed (binary and source incompatible)"), warnings.toString());
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith("API check: the API"
                    + " requires a major release (1 incompatible change, 0 additions against"
                    + " 1.2.3); the commits ask for a patch release (1.2.4)")), warnings.toString());
            String changelog = Files.readString(dir.resolve("CHANGELOG.md"));
            assertTrue(changelog.contains("## [1.2.4] - 2026-11-26\n\n### Removed\n\n- API:"
                    + " `com.acme.Greeter#shout(java.lang.String)` method removed (binary and"
                    + " source incompatible)\n\n### Fixed\n\n- Something.\n") || changelog.contains(
                            "### Fixed\n\n- Something.\n\n### Removed\n\n- API:"), changelog);
            assertTrue(tagMessage("v1.2.4").contains("API against com.acme:greeter:1.2.3: 1"
                    + " incompatible change, 0 additions; the API requires a major release"),
                    tagMessage("v1.2.4"));
            assertEquals("checked", result.api().orElseThrow().status());
            try (var git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
                assertTrue(git.status().call().isClean(), "the API entries are committed");
            }
            Path json = work.resolve("release.json");
            PrepareReport.write(result, json);
            String text = Files.readString(json);
            assertTrue(text.contains("\"level\": \"major\""), text);
            assertTrue(text.contains("\"releaseLevel\": \"patch\""), text);
            assertTrue(text.contains("\"class\": \"com.acme.Greeter\",\n        \"member\":"
                    + " \"shout(java.lang.String)\",\n        \"change\": \"METHOD_REMOVED\""),
                    text);
        }
    }

    @Nested
    class Enforce {
        @Test
        void shouldRefuseAFixThatRemovesAPublicMethodAndPutEverythingBack() throws IOException {
            project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);
            String before = ReleaseFixture.snapshot(dir, true);

            RefusalException refusal = assertThrows(RefusalException.class,
                    () -> prepare("1.2.3", ApiCheckMode.ENFORCE));

            String message = refusal.getMessage();
            assertTrue(message.contains("The release of 1.2.4 failed at step 'api-check':"
                    + " apiCheck=enforce refuses it: the API requires a major release"), message);
            assertTrue(message.contains("com.acme.Greeter#shout(java.lang.String): method removed"),
                    message);
            assertTrue(message.contains("'BREAKING CHANGE:' footer"), message);
            assertTrue(message.contains("-DreleaseVersion=2.0.0"), message);
            assertTrue(message.contains("Nothing is left behind"), message);
            assertEquals(before, ReleaseFixture.snapshot(dir, true));
        }

        @Test
        void shouldReleaseAFeatureThatOnlyAdds() throws IOException {
            project("1.2.3", "feat: whisper", WITH_WHISPER);

            PrepareResult result = prepare("1.2.3", ApiCheckMode.ENFORCE);

            assertEquals("1.3.0", result.version().toString());
            assertTrue(infos.contains("API check: the API requires a minor release (0"
                    + " incompatible changes, 1 addition against 1.2.3); the commits ask for a"
                    + " minor release (1.3.0)"), infos.toString());
            assertTrue(Files.readString(dir.resolve("CHANGELOG.md")).contains("### Added\n\n"
                    + "- API: `com.acme.Greeter#whisper(java.lang.String)` method added"));
            assertTrue(warnings.isEmpty(), warnings.toString());
        }

        @Test
        void shouldRefuseAFixThatAddsAPublicMethodNamingAFeature() throws IOException {
            project("1.2.3", "fix: whisper too", WITH_WHISPER);

            RefusalException refusal = assertThrows(RefusalException.class,
                    () -> prepare("1.2.3", ApiCheckMode.ENFORCE));

            assertTrue(refusal.getMessage().contains("the API requires a minor release"),
                    refusal.getMessage());
            assertTrue(refusal.getMessage().contains("in a 'feat:' commit, or release 1.3.0 with"
                    + " -DreleaseVersion=1.3.0"), refusal.getMessage());
        }

        @Test
        void shouldRefuseWhenNoBaselineCanBeFound() throws IOException {
            project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);
            BuildRunner failingBaseline = (invocation, output) -> invocation.pomFile().toString()
                    .contains("api-baseline") ? new BuildResult(1, false, Optional.empty())
                            : compilingBuild.run(invocation, output);

            RefusalException refusal = assertThrows(RefusalException.class,
                    () -> new Releaser(reporter, failingBaseline).prepare(request("1.2.3",
                            ApiCheckMode.ENFORCE, BaselineResolver.NONE), false));

            assertTrue(refusal.getMessage().contains("no jar of 1.2.3 to compare with:"
                    + " com.acme:greeter is not in the build's repositories and building tag"
                    + " v1.2.3 gave none"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("-Drelease-process.apiCheck=warn"),
                    refusal.getMessage());
        }
    }

    @Nested
    class Raise {
        @Test
        void shouldReleaseTheMajorTheApiRequiresAndSayWhy() throws IOException {
            project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);

            PrepareResult result = prepare("1.2.3", ApiCheckMode.RAISE);

            assertEquals("2.0.0", result.version().toString());
            assertEquals("v2.0.0", result.tag());
            assertEquals(Optional.of("1.2.4"), result.api().orElseThrow().raisedFrom());
            assertEquals(List.of("pom.xml", "pom.xml"), buildPoms, "the test build runs again");
            assertTrue(warnings.stream().anyMatch(w -> w.contains("releasing 2.0.0 instead of"
                    + " 1.2.4")), warnings.toString());
            String changelog = Files.readString(dir.resolve("CHANGELOG.md"));
            assertTrue(changelog.contains("## [2.0.0] - 2026-11-26"), changelog);
            assertFalse(changelog.contains("1.2.4"), changelog);
            assertTrue(tagMessage("v2.0.0").contains("released as 2.0.0 instead of 1.2.4"
                    + " (apiCheck=raise)"), tagMessage("v2.0.0"));
            assertTrue(Files.readString(dir.resolve("pom.xml")).contains("2.0.1-SNAPSHOT"));
        }

        @Test
        void shouldRaiseOnlyToMinorWhileZeroX() throws IOException {
            project("0.3.1", "fix: drop shouting", WITHOUT_SHOUT);

            PrepareResult result = prepare("0.3.1", ApiCheckMode.RAISE);

            assertEquals("0.4.0", result.version().toString());
        }

        @Test
        void shouldBuildTheBaselineFromTheTagWhenItIsNotDeployed() throws IOException {
            project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);

            PrepareResult result = new Releaser(reporter, compilingBuild).prepare(request("1.2.3",
                    ApiCheckMode.RAISE, BaselineResolver.NONE), false);

            assertEquals("2.0.0", result.version().toString());
            assertTrue(buildPoms.contains("target/release-process/api-baseline/v1.2.3/pom.xml"),
                    buildPoms.toString());
            assertTrue(result.api().orElseThrow().baseline().contains("built from tag v1.2.3"),
                    result.api().orElseThrow().baseline());
        }
    }

    @Test
    void shouldWarnAndReleaseWhenTheBaselineIsMissingUnderWarn() throws IOException {
        project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);
        BuildRunner failingBaseline = (invocation, output) -> invocation.pomFile().toString()
                .contains("api-baseline") ? new BuildResult(1, false, Optional.empty())
                        : compilingBuild.run(invocation, output);

        PrepareResult result = new Releaser(reporter, failingBaseline).prepare(request("1.2.3",
                ApiCheckMode.WARN, BaselineResolver.NONE), false);

        assertEquals("1.2.4", result.version().toString());
        assertEquals("no-baseline", result.api().orElseThrow().status());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("the API was not checked")),
                warnings.toString());
    }

    @Test
    void shouldPlanTheCheckInADryRunAndWriteItToTheJson() throws IOException {
        project("1.2.3", "fix: drop shouting", WITHOUT_SHOUT);

        PrepareResult result = new Releaser(reporter, compilingBuild).prepare(request("1.2.3",
                ApiCheckMode.RAISE, deployed("1.2.3")), true);

        assertTrue(result.steps().contains("api-check: compare the API of greeter with 1.2.3"
                + " from the build's repositories (apiCheck=raise); below the API's level, the"
                + " release starts again at it, test build included"), result.steps().toString());
        assertTrue(buildPoms.isEmpty());
        Path json = work.resolve("plan.json");
        PrepareReport.write(result, json);
        String text = Files.readString(json);
        assertTrue(text.contains("\"api\": {\n    \"mode\": \"raise\",\n    \"status\": \"planned\""),
                text);
    }

    @Test
    void shouldSayThereIsNothingToCompareBeforeTheFirstRelease() throws IOException {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve(".gitignore"), "target/\n");
            // A POM below the initial version, 0.1.0 (a POM ahead of it would be refused by the
            // version order gate).
            Files.writeString(dir.resolve("pom.xml"), POM.replace("@VERSION@", "0.0.10-SNAPSHOT"));
            Files.createDirectories(dir.resolve("src/com/acme"));
            Files.writeString(dir.resolve("src/com/acme/Greeter.java"), GREETER);
            Files.writeString(dir.resolve("CHANGELOG.md"), "# Changelog\n\n## [Unreleased]\n\n"
                    + "### Added\n\n- The greeter.\n");
            git.commitAll("feat: greeter\n\nReviewed-by: A Reviewer <r@example.invalid>");
        }
        PrepareResult result = new Releaser(reporter, compilingBuild).prepare(
                request("0.0.9", ApiCheckMode.ENFORCE, BaselineResolver.NONE), false);

        assertEquals("first-release", result.api().orElseThrow().status());
        assertTrue(infos.stream().anyMatch(i -> i.contains("is the first release; there is no"
                + " earlier API")), infos.toString());
    }
}
