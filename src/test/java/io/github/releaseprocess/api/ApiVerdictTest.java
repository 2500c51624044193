package io.github.releaseprocess.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The API's level against the release's: the 0.x rules, the raised version, the modes. */
class ApiVerdictTest {

    static final ApiChange REMOVED = new ApiChange("com.acme.Foo", "bar()", "METHOD_REMOVED",
            false, false, Version.Level.MAJOR);
    static final ApiChange ADDED = new ApiChange("com.acme.Foo", "baz()", "METHOD_ADDED", true,
            true, Version.Level.MINOR);

    static ApiVerdict verdict(Version.Level level, List<ApiChange> changes, String last,
            String release, boolean breakingMinor, boolean featPatch) {
        return ApiVerdict.of(new ApiReport("com.acme:foo:" + last, "foo.jar", level, changes, 1),
                Version.parse(last), Version.parse(release), breakingMinor, featPatch);
    }

    @Test
    void shouldFindAPatchBelowAnIncompatibleChange() {
        ApiVerdict verdict = verdict(Version.Level.MAJOR, List.of(REMOVED), "1.2.3", "1.2.4",
                true, false);
        assertTrue(verdict.isShort());
        assertEquals(Version.parse("2.0.0"), verdict.raised());
        assertTrue(verdict.refusal().contains("'BREAKING CHANGE:' footer"), verdict.refusal());
    }

    @Test
    void shouldLetBreakingChangesRequireOnlyAMinorWhileZeroX() {
        ApiVerdict minor = verdict(Version.Level.MAJOR, List.of(REMOVED), "0.3.1", "0.4.0",
                true, false);
        assertEquals(Version.Level.MINOR, minor.required());
        assertFalse(minor.isShort());
        ApiVerdict strict = verdict(Version.Level.MAJOR, List.of(REMOVED), "0.3.1", "0.4.0",
                false, false);
        assertTrue(strict.isShort());
        assertEquals(Version.parse("1.0.0"), strict.raised());
    }

    @Test
    void shouldLetNewApiRequireOnlyAPatchWhileZeroXWithFeatBumpsPatch() {
        assertFalse(verdict(Version.Level.MINOR, List.of(ADDED), "0.3.1", "0.3.2", true, true)
                .isShort());
        assertTrue(verdict(Version.Level.MINOR, List.of(ADDED), "0.3.1", "0.3.2", true, false)
                .isShort());
    }

    @Test
    void shouldAcceptAReleaseAboveTheApiLevel() {
        assertFalse(verdict(Version.Level.PATCH, List.of(), "1.2.3", "2.0.0", true, false)
                .isShort());
    }

    @Test
    void shouldRaiseAPreReleaseToAPreReleaseOfTheRequiredLevel() {
        ApiVerdict verdict = verdict(Version.Level.MAJOR, List.of(REMOVED), "1.2.3",
                "1.3.0-rc.1", true, false);
        assertEquals(Version.parse("2.0.0-rc.1"), verdict.raised());
    }

    @Test
    void shouldParseTheModesAndRefuseAnythingElse() {
        assertEquals(ApiCheckMode.OFF, ApiCheckMode.parse(null));
        assertEquals(ApiCheckMode.RAISE, ApiCheckMode.parse(" Raise "));
        Executable bad = () -> ApiCheckMode.parse("strict");
        RefusalException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                RefusalException.class, bad);
        assertEquals("-Drelease-process.apiCheck=strict is not a mode; use off, warn, enforce or"
                + " raise", refusal.getMessage());
    }
}
