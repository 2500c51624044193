package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.CollectingReporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** versions.txt, release-please's markers and project.build.outputTimestamp. */
class ReleasePleaseFilesTest {

    @TempDir
    Path root;

    private final List<Path> tracked = new ArrayList<>();

    private Path write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        tracked.add(file);
        return file;
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    private static String pom(String version, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n"
                + "  <groupId>g</groupId>\n  <artifactId>app</artifactId>\n"
                + "  <version>" + version + "</version><!-- {x-version-update:app:current} -->\n"
                + extra + "</project>\n";
    }

    private VersionChangePlan plan(String newVersion, Optional<Instant> timestamp)
            throws IOException {
        return plan(newVersion, timestamp, Reporter.SILENT);
    }

    private VersionChangePlan plan(String newVersion, Optional<Instant> timestamp,
            Reporter reporter) throws IOException {
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        return VersionSetter.plan(new VersionChangeRequest(root, modules.get(0).version(),
                newVersion, modules, List.of(), tracked, timestamp), reporter);
    }

    @Nested
    class VersionsTxtRows {

        @Test
        void shouldMoveEachRowByTheReleaseLevelFromItsOwnValue() throws IOException {
            write("pom.xml", pom("1.4.1-SNAPSHOT", ""));
            write("versions.txt", "# module:released-version:current-version\n\n"
                    + "app:1.4.0:1.4.1-SNAPSHOT\nlegacy-client:0.9.3:0.9.4-SNAPSHOT\n");

            plan("1.5.0", Optional.empty()).apply();

            assertEquals("# module:released-version:current-version\n\n"
                    + "app:1.5.0:1.5.0\nlegacy-client:0.10.0:0.10.0\n", read("versions.txt"));
            assertTrue(read("pom.xml").contains("<version>1.5.0</version><!-- {x-version"));
        }

        @Test
        void shouldSetOnlyTheCurrentColumnForTheNextDevelopmentVersion() throws IOException {
            write("pom.xml", pom("1.5.0", ""));
            write("versions.txt", "app:1.5.0:1.5.0\r\nlegacy-client:0.10.0:0.10.0\r\n");

            plan("1.5.1-SNAPSHOT", Optional.empty()).apply();

            assertEquals("app:1.5.0:1.5.1-SNAPSHOT\r\nlegacy-client:0.10.0:0.10.1-SNAPSHOT\r\n",
                    read("versions.txt"));
        }

        @Test
        void shouldMoveTheRealJavaIamFileAsReleasePleaseDid() throws IOException {
            write("pom.xml", pom("1.6.23-SNAPSHOT", ""));
            String before;
            try (InputStream in = getClass().getResourceAsStream(
                    "/adoption/java-iam/versions.txt")) {
                before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            write("versions.txt", before);

            plan("1.6.23", Optional.empty()).apply();

            // What release-please committed in a06b163 "chore(main): release 1.6.23".
            assertEquals(before.replace("1.6.22:1.6.23-SNAPSHOT", "1.6.23:1.6.23"),
                    read("versions.txt"));
        }

        @Test
        void shouldRefuseARowThatIsNotThreeFields() throws IOException {
            write("pom.xml", pom("1.0.0-SNAPSHOT", ""));
            write("versions.txt", "app:1.0.0\n");

            RefusalException e = assertThrows(RefusalException.class,
                    () -> plan("1.0.0", Optional.empty()));
            assertEquals("versions.txt:1: 'app:1.0.0' is not artifactId:released-version:"
                    + "current-version; fix the row.", e.getMessage());
        }
    }

    @Nested
    class Markers {

        /**
         * sdk-platform-java's generator keeps a Jinja template named pom.xml whose block starts
         * with {@code {x-version-update-start:{{ artifact_id }}:current}}: release-please moves
         * nothing there; the plugin refused the release ("{x-version-update-end} without an
         * {x-version-update-start:…}"). The block is left as it is.
         */
        @Test
        void shouldLeaveABlockWhoseStartMarkerIsATemplate() throws IOException {
            write("pom.xml", pom("2.0.1-SNAPSHOT", ""));
            write("versions.txt", "app:2.0.0:2.0.1-SNAPSHOT\n");
            String template = """
                    <dependencies>
                      <!-- {x-version-update-start:{{ artifact_id }}:current} -->
                      <dependency>
                        <artifactId>{{ artifact_id }}</artifactId>
                        <version>1.0.0</version>
                      </dependency>
                      <!-- {x-version-update-end} -->
                      <version>2.0.0</version><!-- {x-version-update:app:current} -->
                    </dependencies>
                    """;
            write("templates/samples/snapshot/pom.xml", template);

            plan("2.0.1", Optional.empty()).apply();

            assertEquals(template.replace("<version>2.0.0</version>", "<version>2.0.1</version>"),
                    read("templates/samples/snapshot/pom.xml"));
        }

        /**
         * google-http-java-client's samples/snapshot/pom.xml (v2.1.1) starts its block with
         * {@code {x-version-update-start::current}}, an empty artifact: release-please moves
         * nothing there, and the plugin refused the first release. The block is left, with a
         * warning naming the line.
         */
        @Test
        void shouldLeaveABlockWhoseStartMarkerNamesNoArtifactWithAWarning() throws IOException {
            write("pom.xml", pom("2.0.1-SNAPSHOT", ""));
            write("versions.txt", "app:2.0.0:2.0.1-SNAPSHOT\n");
            String sample = """
                    <project>
                      <!-- {x-version-update-start::current} -->
                      <dependencies>
                        <version>4.13.2</version>
                      </dependencies>
                      <!-- {x-version-update-end} -->
                    </project>
                    """;
            write("samples/snapshot/pom.xml", sample);
            CollectingReporter collecting = new CollectingReporter();
            List<String> warnings = collecting.warnings;
            plan("2.0.1", Optional.empty(), collecting).apply();

            assertEquals(sample, read("samples/snapshot/pom.xml"));
            assertEquals(List.of("samples/snapshot/pom.xml:2: {x-version-update-start::current}"
                    + " names no artifact; the lines up to its {x-version-update-end} are left as"
                    + " they are, as release-please leaves them"), warnings);
        }

        /**
         * sdk-platform-java keeps golden POMs of other repositories as test data, marked for
         * artifacts its versions.txt does not list (ad-manager, google-cloud-java, …): those
         * lines stay, and one warning sums them up instead of a warning per line.
         */
        @Test
        void shouldSumUpMarkersOfArtifactsThatVersionsTxtDoesNotListInOneWarning()
                throws IOException {
            write("pom.xml", pom("2.0.1-SNAPSHOT", ""));
            write("versions.txt", "app:2.0.0:2.0.1-SNAPSHOT\n");
            String golden = "<version>0.2.0-SNAPSHOT</version><!-- {x-version-update:ad-manager:current} -->\n"
                    + "<version>1.37.0-SNAPSHOT</version><!-- {x-version-update:google-cloud-java:current} -->\n"
                    + "<version>0.2.0-SNAPSHOT</version><!-- {x-version-update:ad-manager:current} -->\n";
            write("tests/resources/a/pom-golden.xml", golden);
            write("tests/resources/b/pom.xml", golden);
            CollectingReporter collecting = new CollectingReporter();
            List<String> warnings = collecting.warnings;
            List<String> debug = collecting.debug;
            plan("2.0.1", Optional.empty(), collecting).apply();

            assertEquals(List.of("6 x-version-update markers in 2 files name artifacts that"
                    + " versions.txt does not list (ad-manager ×4, google-cloud-java ×2): those"
                    + " lines are left as they are (-X lists them)"), warnings);
            assertTrue(debug.contains("tests/resources/b/pom.xml:2: the marker names"
                    + " google-cloud-java, which versions.txt does not list; the line is left as"
                    + " it is"), debug.toString());
            assertEquals(golden, read("tests/resources/b/pom.xml"));
            assertTrue(read("pom.xml").contains("<version>2.0.1</version>"));
        }

        @Test
        void shouldMoveEveryMarkerKind() throws IOException {
            write("pom.xml", pom("2.0.1-SNAPSHOT", ""));
            write("versions.txt", "app:2.0.0:2.0.1-SNAPSHOT\n");
            write("README.md", """
                    Install 2.0.0 <!-- x-release-please-version -->
                    <!-- x-release-please-start-version -->
                    implementation 'g:app:2.0.0'
                    implementation 'g:app-extra:2.0.0' // every version in a block moves, as release-please does: 1.0.0
                    <!-- x-release-please-end -->
                    <!-- {x-version-update-start:app:released} -->
                    <version>2.0.0</version>
                    <!-- {x-version-update-end} -->
                    Snapshot: 2.0.1-SNAPSHOT <!-- {x-version-update:app:current} -->
                    Untouched: 2.0.0
                    """);
            write("docs/notes.txt", "no markers 2.0.0\n");

            VersionChangePlan release = plan("2.1.0", Optional.empty());
            release.apply();

            assertEquals("""
                    Install 2.1.0 <!-- x-release-please-version -->
                    <!-- x-release-please-start-version -->
                    implementation 'g:app:2.1.0'
                    implementation 'g:app-extra:2.1.0' // every version in a block moves, as release-please does: 2.1.0
                    <!-- x-release-please-end -->
                    <!-- {x-version-update-start:app:released} -->
                    <version>2.1.0</version>
                    <!-- {x-version-update-end} -->
                    Snapshot: 2.1.0 <!-- {x-version-update:app:current} -->
                    Untouched: 2.0.0
                    """, read("README.md"));
            assertEquals("no markers 2.0.0\n", read("docs/notes.txt"));
            assertTrue(release.describe().contains(
                    "README.md:1: x-release-please-version: 2.0.0 -> 2.1.0"), release.describe()
                    .toString());

            plan("2.1.1-SNAPSHOT", Optional.empty()).apply();
            String readme = read("README.md");
            assertTrue(readme.startsWith("Install 2.1.0 <!--"), readme);
            assertTrue(readme.contains("<version>2.1.0</version>"), readme);
            assertTrue(readme.contains("Snapshot: 2.1.1-SNAPSHOT <!--"), readme);
        }

        @Test
        void shouldFollowTheProjectVersionWithoutVersionsTxt() throws IOException {
            write("pom.xml", pom("3.0.0-SNAPSHOT", ""));
            write("src/Version.java", "String V = \"3.0.0-SNAPSHOT\"; // {x-version-update:app:current}\n");

            plan("3.0.0", Optional.empty()).apply();

            assertEquals("String V = \"3.0.0\"; // {x-version-update:app:current}\n",
                    read("src/Version.java"));
        }

        @Test
        void shouldLeaveUntrackedFilesAlone() throws IOException {
            write("pom.xml", pom("3.0.0-SNAPSHOT", ""));
            Path untracked = write("notes.md", "3.0.0-SNAPSHOT <!-- {x-version-update:app:current} -->\n");
            tracked.remove(untracked);

            plan("3.0.0", Optional.empty()).apply();

            assertEquals("3.0.0-SNAPSHOT <!-- {x-version-update:app:current} -->\n", read("notes.md"));
        }

        @Test
        void shouldRefuseABlockThatIsNeverClosed() throws IOException {
            write("pom.xml", pom("3.0.0-SNAPSHOT", ""));
            write("README.md", "a\n<!-- x-release-please-start-version -->\n3.0.0\n");

            RefusalException e = assertThrows(RefusalException.class,
                    () -> plan("3.0.0", Optional.empty()));
            assertEquals("README.md:2: the marker block is never closed (x-release-please-end);"
                    + " fix the markers.", e.getMessage());
        }
    }

    @Nested
    class OutputTimestamp {

        private final Instant instant = Instant.parse("2026-11-28T05:06:07.891Z");

        @Test
        void shouldSetTheReleaseInstantInTheFormItHas() throws IOException {
            write("pom.xml", pom("1.0.0-SNAPSHOT", "  <properties>\n"
                    + "    <project.build.outputTimestamp>2024-01-01T00:00:00Z"
                    + "</project.build.outputTimestamp>\n  </properties>\n"));
            write("mod/pom.xml", "<project>\n  <parent><groupId>g</groupId><artifactId>app"
                    + "</artifactId><version>1.0.0-SNAPSHOT</version></parent>\n"
                    + "  <artifactId>mod</artifactId>\n  <properties><project.build.outputTimestamp>"
                    + "1700000000</project.build.outputTimestamp></properties>\n</project>\n");
            String root = read("pom.xml");
            Files.writeString(this.rootPom(), root.replace("</project>",
                    "  <modules><module>mod</module></modules>\n</project>"));

            plan("1.0.0", Optional.of(instant)).apply();

            assertTrue(read("pom.xml").contains("<project.build.outputTimestamp>"
                    + "2026-11-28T05:06:07Z</project.build.outputTimestamp>"), read("pom.xml"));
            assertTrue(read("mod/pom.xml").contains("<project.build.outputTimestamp>1795842367"
                    + "</project.build.outputTimestamp>"), read("mod/pom.xml"));
        }

        private Path rootPom() {
            return root.resolve("pom.xml");
        }

        @Test
        void shouldLeaveItAloneWhereAbsentOrAnExpressionOrForDevelopment() throws IOException {
            write("pom.xml", pom("1.0.0", "  <properties>\n"
                    + "    <project.build.outputTimestamp>${git.commit.time}"
                    + "</project.build.outputTimestamp>\n  </properties>\n"));
            String before = read("pom.xml");

            plan("1.0.1", Optional.of(instant)).apply();

            assertEquals(before.replace("<version>1.0.0</version>", "<version>1.0.1</version>"),
                    read("pom.xml"));
        }
    }
}
