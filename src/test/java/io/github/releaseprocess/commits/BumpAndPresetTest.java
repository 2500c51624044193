package io.github.releaseprocess.commits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BumpAndPresetTest {

    @Nested
    class Bumps {

        @Test
        void shouldParseTheFourNamesInAnyCase() {
            assertSame(Bump.MAJOR, Bump.parse("major"));
            assertSame(Bump.MINOR, Bump.parse(" Minor "));
            assertSame(Bump.PATCH, Bump.parse("PATCH"));
            assertSame(Bump.NONE, Bump.parse("none"));
        }

        @Test
        void shouldRefuseOtherNamesSayingWhatIsAccepted() {
            RefusalException e = assertThrows(RefusalException.class, () -> Bump.parse("minr"));
            assertEquals("'minr' is not a bump: use major, minor, patch or none", e.getMessage());
            assertThrows(RefusalException.class, () -> Bump.parse(null));
            assertThrows(RefusalException.class, () -> Bump.parse("prerelease"));
        }

        @Test
        void shouldMapToVersionLevels() {
            assertEquals(Optional.of(Version.Level.MAJOR), Bump.MAJOR.level());
            assertEquals(Optional.of(Version.Level.PATCH), Bump.PATCH.level());
            assertEquals(Optional.empty(), Bump.NONE.level());
            assertFalse(Bump.NONE.isReleasable());
            assertTrue(Bump.PATCH.isReleasable());
            assertEquals("minor", Bump.MINOR.id());
        }

        @Test
        void shouldTakeTheLarger() {
            assertSame(Bump.MINOR, Bump.PATCH.max(Bump.MINOR));
            assertSame(Bump.MAJOR, Bump.MAJOR.max(Bump.NONE));
            assertSame(Bump.PATCH, Bump.PATCH.max(null));
        }
    }

    @Nested
    class Presets {

        @Test
        void shouldFindEveryPresetByItsId() {
            for (Preset preset : Preset.values()) {
                assertSame(preset, Preset.byId(preset.id()));
                assertSame(preset, Preset.byId(" " + preset.id().toUpperCase() + " "));
            }
            assertEquals("release-please-java", Preset.RELEASE_PLEASE_JAVA.id());
            assertEquals("python-semantic-release", Preset.PYTHON_SEMANTIC_RELEASE.toString());
        }

        @Test
        void shouldListTheValidIdsWhenTheIdIsUnknown() {
            RefusalException e = assertThrows(RefusalException.class,
                    () -> Preset.byId("angular"));
            assertEquals("Unknown preset 'angular' in <preset> (-Drelease-process.preset): use one"
                    + " of conventionalcommits, semantic-release, release-please,"
                    + " release-please-java, python-semantic-release, commitizen.", e.getMessage());
            assertThrows(RefusalException.class, () -> Preset.byId(null));
        }
    }
}
