package io.github.releaseprocess.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangelogFormTest {

    @Test
    void shouldTellTheFormsApart() {
        assertEquals("keepachangelog", ChangelogForm.of("# Changelog\n\n## [Unreleased]\n\n"
                + "## [1.0.0] - 2024-01-01\n").dialect());
        ChangelogForm seed = ChangelogForm.of("# Changelog\n\n## Unreleased\n\n"
                + "## Version 1.2.0 - 2024-01-01\n\n### Added\n\n- A thing.\n");
        assertEquals("seed", seed.dialect(), seed.why());
        // googleapis/java-iam CHANGELOG.md, as release-please writes it.
        assertEquals("conventional-changelog", ChangelogForm.of("# Changelog\n\n## [1.6.23]"
                + "(https://github.com/googleapis/java-iam/compare/v1.6.22...v1.6.23) (2023-01-12)"
                + "\n\n\n### Dependencies\n\n* update dependency x to v2.3.1 (#567)\n").dialect());
        assertEquals("commitizen", ChangelogForm.of("## v1.2.0 (2023-01-01)\n\n### Feat\n\n"
                + "- a thing\n").dialect());
        // googleapis/java-storage: an alert written by hand into an older release.
        ChangelogForm storage = ChangelogForm.of("# Changelog\n\n## [2.53.0](https://github.com/"
                + "o/r/compare/v2.52.0...v2.53.0) (2025-06-01)\n\n### Bug Fixes\n\n* b (def5678)"
                + "\n\n## [2.52.0](https://github.com/o/r/compare/v2.51.0...v2.52.0) (2025-05-01)"
                + "\n\n> [!IMPORTANT]  \n> Read this first.\n\n### Features\n\n* a (abc1234)\n");
        assertEquals("conventional-changelog", storage.dialect(), storage.why());
        assertTrue(storage.why().endsWith("; 1 error(s) in releases older than the newest (sections"
                + " edited by hand) do not stop a release, validate-changelog lists them"),
                storage.why());
        // google/gson CHANGELOG.md: '## Version 2.10' without a date or a patch number.
        ChangelogForm gson = ChangelogForm.of("Change Log\n==========\n\n## Version 2.10\n\n"
                + "* Support for records\n");
        assertEquals("none", gson.dialect());
        assertTrue(gson.why().contains("error(s)"), gson.why());
    }
}
