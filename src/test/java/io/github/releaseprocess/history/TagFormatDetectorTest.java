package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagFormatDetectorTest {

    private static String pattern(List<String> tags, String artifactId, boolean prefer) {
        return TagFormatDetector.suggest(tags, artifactId, prefer).orElseThrow().pattern();
    }

    @Test
    void shouldReadTheFormatsRealProjectsUse() {
        assertEquals("gson-parent-@{version}", pattern(List.of("gson-parent-2.13.0",
                "gson-parent-2.13.2-rc1", "gson-parent-2.14.0", "gson-2.2.4"), "gson-parent", false));
        assertEquals("v@{version}", pattern(List.of("v1.6.20", "v1.7.0", "v1.6.9"), null, false));
        assertEquals("rel/commons-text-@{version}", pattern(List.of("rel/commons-text-1.15.0",
                "rel/commons-text-1.9", "commons-text-1.0-beta-1", "rel/commons-text-1.14.0"),
                "commons-text", true));
        assertEquals("@{version}", pattern(List.of("1.0.0", "1.1.0", "nightly"), null, false));
    }

    @Test
    void shouldWriteTheArtifactIdOnlyWhenAsked() {
        List<String> tags = List.of("demo-1.0.0", "demo-1.1.0");
        assertEquals("@{project.artifactId}-@{version}", pattern(tags, "demo", true));
        assertEquals("demo-@{version}", pattern(tags, "demo", false));
    }

    @Test
    void shouldPreferTheMostCommonShapeAndNameItsNewestTag() {
        TagFormatDetector.Suggestion s = TagFormatDetector.suggest(List.of("v1.0.0", "v1.1.0",
                "release-9.0.0"), null, false).orElseThrow();
        assertEquals("v@{version}", s.pattern());
        assertEquals(2, s.matching());
        assertEquals(3, s.withVersion());
        assertEquals("v1.1.0", s.newestTag());
    }

    /**
     * apache/logging-log4j2 before rel/2.25.4: 49 'log4j-2.x.y[-rcN]' tags of the release
     * candidates up to 2.20.0, 37 'rel/2.x.y' tags of the releases up to 2.25.3. The format in
     * use is the one of the newest release, not the most common one.
     */
    @Test
    void shouldPreferTheShapeOfTheNewestReleaseWhenTheProjectChangedItsTags() {
        List<String> tags = new java.util.ArrayList<>();
        for (int minor = 3; minor <= 20; minor++) {
            tags.add("log4j-2." + minor + ".0-rc1");
            tags.add("log4j-2." + minor + ".0-rc2");
            tags.add("rel/2." + minor + ".0");
        }
        tags.addAll(List.of("rel/2.21.0", "rel/2.24.3", "rel/2.25.0", "rel/2.25.3"));
        // The commit times: the tag of a later version was made later.
        java.util.function.ToLongFunction<String> time = tag -> TagFormatDetector.split(tag)
                .map(f -> f.version().minor().longValue()).orElse(0L);
        TagFormatDetector.Suggestion s = TagFormatDetector.suggest(tags, "log4j", false, time)
                .orElseThrow();
        assertEquals("rel/@{version}", s.pattern());
        assertEquals("rel/2.25.3", s.newestTag());
        assertEquals(22, s.matching());
    }

    /**
     * apache/commons-io before rel/commons-io-2.22.0: release candidates 'commons-io-2.N.0-RC1',
     * '-RC2' (51 tags), releases 'rel/commons-io-2.N.0' (18) on the last candidate's commit; the
     * newest tag is the candidate 'commons-io-2.22.0-RC1'. The releases are the format.
     */
    @Test
    void shouldPreferTheShapeOfTheNewestFinalReleaseOverNewerCandidates() {
        List<String> tags = new java.util.ArrayList<>(List.of("commons-io-1.3.2",
                "commons-io-2.0.1"));
        for (int minor = 4; minor <= 21; minor++) {
            tags.add("commons-io-2." + minor + ".0-RC1");
            tags.add("commons-io-2." + minor + ".0-RC2");
            tags.add("rel/commons-io-2." + minor + ".0");
        }
        tags.add("commons-io-2.22.0-RC1");
        java.util.function.ToLongFunction<String> time = tag -> TagFormatDetector.split(tag)
                .map(f -> f.version().minor().longValue() * 10
                        + (f.version().isPrerelease() && f.tag().endsWith("RC1") ? 0 : 1))
                .orElse(0L);
        TagFormatDetector.Suggestion s = TagFormatDetector.suggest(tags, "commons-io", true, time)
                .orElseThrow();
        assertEquals("rel/commons-io-@{version}", s.pattern());
        assertEquals("rel/commons-io-2.21.0", s.newestTag());
    }

    /**
     * googleapis/sdk-platform-java before v2.67.0: release-please tags every component on one
     * commit ('v2.66.1', 'google-cloud-shared-dependencies/v3.56.1', 'gax/v2.72.1'); the most
     * common shape, not the one with the highest version, is the project's.
     */
    @Test
    void shouldPreferTheMostCommonShapeAmongThoseReleasedTogether() {
        List<String> tags = new java.util.ArrayList<>();
        for (int patch = 0; patch < 10; patch++) {
            tags.add("v2.66." + patch);
            tags.add("v2.65." + patch);
            tags.add("google-cloud-shared-dependencies/v3.56." + patch);
        }
        java.util.function.ToLongFunction<String> time = tag -> TagFormatDetector.split(tag)
                .map(f -> f.version().patch().longValue()).orElse(0L);
        assertEquals("v@{version}", TagFormatDetector.suggest(tags, null, false, time)
                .orElseThrow().pattern());
        // A stray tag of another shape does not decide.
        assertEquals("v@{version}", pattern(List.of("v1.0.0", "v1.1.0", "v1.2.0", "v1.3.0",
                "release-9.0.0"), null, false));
    }

    @Test
    void shouldFindNothingWithoutSemanticVersions() {
        assertTrue(TagFormatDetector.suggest(List.of("1.0", "latest", "v2"), null, false)
                .isEmpty());
    }
}
