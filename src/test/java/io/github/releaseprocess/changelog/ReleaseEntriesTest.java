package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.releaseprocess.semver.Version;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entries added to a released section, under each dialect's own headings. */
class ReleaseEntriesTest {

    static final Map<SectionType, List<String>> API = Map.of(
            SectionType.REMOVED, List.of("- API: `a.B#c()` method removed"),
            SectionType.ADDED, List.of("- API: `a.D` class added"));

    static String add(String changelog, Dialect dialect) {
        return new String(ReleaseEntries.add(changelog.getBytes(StandardCharsets.UTF_8),
                Version.parse("1.3.0"), dialect, API), StandardCharsets.UTF_8);
    }

    @Test
    void shouldAddUnderKeepAChangelogSections() {
        String before = "# Changelog\n\n## [Unreleased]\n\n## [1.3.0] - 2026-11-26\n\n"
                + "### Added\n\n- Pagination.\n\n### Fixed\n\n- A null check.\n\n"
                + "## [1.2.0] - 2026-01-10\n\n### Added\n\n- Orders.\n";
        assertEquals("# Changelog\n\n## [Unreleased]\n\n## [1.3.0] - 2026-11-26\n\n"
                + "### Added\n\n- Pagination.\n- API: `a.D` class added\n\n"
                + "### Removed\n\n- API: `a.B#c()` method removed\n\n"
                + "### Fixed\n\n- A null check.\n\n"
                + "## [1.2.0] - 2026-01-10\n\n### Added\n\n- Orders.\n",
                add(before, Dialect.KEEPACHANGELOG));
    }

    @Test
    void shouldAddUnderConventionalChangelogHeadings() {
        String before = "# Changelog\n\n## [1.3.0](https://x.invalid/compare/v1.2.0...v1.3.0)"
                + " (2026-11-26)\n\n### Features\n\n* paginate ([abc1234](https://x.invalid/c/abc1234))\n\n"
                + "## [1.2.0](https://x.invalid/compare/v1.1.0...v1.2.0) (2026-01-10)\n\n"
                + "### Bug Fixes\n\n* orders\n";
        String after = add(before, Dialect.CONVENTIONAL_CHANGELOG);
        assertEquals("# Changelog\n\n## [1.3.0](https://x.invalid/compare/v1.2.0...v1.3.0)"
                + " (2026-11-26)\n\n### ⚠ BREAKING CHANGES\n\n- API: `a.B#c()` method removed\n\n"
                + "### Features\n\n* paginate ([abc1234](https://x.invalid/c/abc1234))\n"
                + "- API: `a.D` class added\n\n"
                + "## [1.2.0](https://x.invalid/compare/v1.1.0...v1.2.0) (2026-01-10)\n\n"
                + "### Bug Fixes\n\n* orders\n", after);
    }

    @Test
    void shouldAddUnderCommitizenHeadings() {
        String before = "## v1.3.0 (2026-11-26)\n\n### Fix\n\n- null check\n\n"
                + "## v1.2.0 (2026-01-10)\n\n### Feat\n\n- orders\n";
        String after = add(before, Dialect.COMMITIZEN);
        assertEquals("## v1.3.0 (2026-11-26)\n\n### BREAKING CHANGE\n\n"
                + "- API: `a.B#c()` method removed\n\n### Feat\n\n- API: `a.D` class added\n\n"
                + "### Fix\n\n- null check\n\n"
                + "## v1.2.0 (2026-01-10)\n\n### Feat\n\n- orders\n", after);
    }

    @Test
    void shouldLeaveAChangelogWithoutTheReleaseAlone() {
        byte[] before = "# Changelog\n\n## [Unreleased]\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(before, ReleaseEntries.add(before, Version.parse("1.3.0"),
                Dialect.KEEPACHANGELOG, API));
    }
}
