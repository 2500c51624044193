package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What prepare hands to the CI job after a release: its GitHub step outputs. */
class PrepareReportTest {

    private static final Path NOTES = Path.of("target", "release-process");

    private static PrepareResult result(boolean dryRun, List<ComponentRelease> components) {
        Version version = Version.parse("1.4.0");
        return new PrepareResult(null, version, "v1.4.0",
                Optional.of(Version.parse("1.4.1-SNAPSHOT")), List.of(), List.of(), List.of(),
                dryRun, List.of(), Optional.of(new ReleaseNotes(version, "v1.4.0", Optional.empty(),
                        Optional.empty(), Optional.empty())), Optional.empty(), components);
    }

    private static ComponentRelease component(String id, String version) {
        return new ComponentRelease(id, List.of(), TagFormat.of("@{component}-v@{version}", null,
                id), Optional.empty(), "1.0.0-SNAPSHOT", Optional.empty(),
                Optional.ofNullable(version).map(Version::parse), Optional.empty(), null,
                List.of(), List.of(), List.of());
    }

    @Test
    void shouldGiveTheVersionsTheTagAndTheNotesOfARelease() {
        assertEquals(Map.of("releaseVersion", "1.4.0", "tag", "v1.4.0", "developmentVersion",
                "1.4.1-SNAPSHOT", "dryRun", "false", "releaseNotes",
                NOTES.resolve("release-notes-1.4.0.md").toString()),
                PrepareReport.outputs(result(false, List.of()), NOTES));
    }

    @Test
    void shouldNameNoNotesFileInADryRun() {
        assertEquals(Map.of("releaseVersion", "1.4.0", "tag", "v1.4.0", "developmentVersion",
                "1.4.1-SNAPSHOT", "dryRun", "true"),
                PrepareReport.outputs(result(true, List.of()), NOTES));
    }

    @Test
    void shouldListTheReleasedComponentsWithTheirVersionsAndTags() {
        Map<String, String> outputs = PrepareReport.outputs(result(true, List.of(
                component("lib", "1.1.0"), component("tool", null), component("app", "2.0.1"))),
                NOTES);
        assertEquals("lib,app", outputs.get("releasedComponents"));
        assertEquals("1.1.0", outputs.get("lib_releaseVersion"));
        assertEquals("lib-v1.1.0", outputs.get("lib_tag"));
        assertEquals("app-v2.0.1", outputs.get("app_tag"));
        assertEquals(null, outputs.get("tool_tag"));
    }
}
