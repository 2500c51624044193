package io.github.releaseprocess.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * release-please's BEGIN_COMMIT_OVERRIDE and BEGIN_NESTED_COMMIT markers, as googleapis'
 * generated pull requests carry them into the squashed commit (sdk-platform-java 9960262: a
 * {@code chore:} whose nested {@code docs:} made release-please release 2.66.1).
 */
class ReleasePleaseOverrideTest {

    private static final String GENERATED = "chore: update googleapis commit at Sat Jan 24 (#4091)\n\n"
            + "This pull request is generated with proto changes.\n\n"
            + "BEGIN_COMMIT_OVERRIDE\nBEGIN_NESTED_COMMIT\n"
            + "docs: [common-protos] update reference documentation for\n"
            + "`SelectionInput.DROPDOWN` to include dynamic data sources\n"
            + "docs: [common-protos] update copyright to 2026\n\n"
            + "PiperOrigin-RevId: 864941572\nEND_NESTED_COMMIT\nEND_COMMIT_OVERRIDE\n";

    private static List<ConventionalCommit> parts(Preset preset, String message) {
        return VersioningPolicy.builder(preset).build().parser().parseAll(message);
    }

    @Test
    void shouldReadNestedCommitsOfAnOverrideUnderTheReleasePleasePresets() {
        List<ConventionalCommit> all = parts(Preset.RELEASE_PLEASE_JAVA, GENERATED);
        assertEquals("docs", all.get(0).type());
        assertEquals("[common-protos] update reference documentation for", all.get(0).description());
        VersioningPolicy policy = VersioningPolicy.builder(Preset.RELEASE_PLEASE_JAVA).build();
        assertEquals(Bump.PATCH, policy.bumpOf(all.get(0),
                io.github.releaseprocess.semver.Version.of(2, 66, 0)));
    }

    @Test
    void shouldLetAnOverrideReplaceTheMessage() {
        List<ConventionalCommit> all = parts(Preset.RELEASE_PLEASE,
                "feat: something big\n\nBEGIN_COMMIT_OVERRIDE\nfix: something small\n"
                        + "END_COMMIT_OVERRIDE");
        assertEquals(1, all.size());
        assertEquals("fix", all.get(0).type());
    }

    @Test
    void shouldKeepTheMessageWhenTheOverrideHoldsNothingConventional() {
        List<ConventionalCommit> all = parts(Preset.RELEASE_PLEASE,
                "fix: a\n\nBEGIN_COMMIT_OVERRIDE\njust words\nEND_COMMIT_OVERRIDE");
        assertEquals("fix", all.get(0).type());
    }

    @Test
    void shouldIgnoreTheMarkersUnderOtherPresets() {
        List<ConventionalCommit> all = parts(Preset.CONVENTIONALCOMMITS, GENERATED);
        assertEquals(1, all.size());
        assertEquals("chore", all.get(0).type());
    }

    @Test
    void shouldReadTheVersionAtTheStartOfAReleaseAsFooterThatRunsOn() {
        // sdk-platform-java 70472aa: a squash whose body goes on after the footer (CRLF lines)
        String message = "feat: promote to 2.0.0 (#1444)\n\n* feat: promote to 2.0.0\r\n\r\n"
                + "Release-As: 2.0.0\r\n\r\n* chore: enable release-please for releases\r\n";
        VersioningPolicy policy = VersioningPolicy.builder(Preset.RELEASE_PLEASE_JAVA).build();
        java.util.Optional<io.github.releaseprocess.semver.Version> asked = java.util.Optional.empty();
        for (ConventionalCommit part : policy.parser().parseAll(message)) {
            if (asked.isEmpty()) {
                asked = policy.releaseAsOf(part, "70472aa");
            }
        }
        assertEquals("2.0.0", asked.orElseThrow().toString());
    }
}
