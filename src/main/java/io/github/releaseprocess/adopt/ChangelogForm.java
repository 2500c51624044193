package io.github.releaseprocess.adopt;

import java.util.regex.Pattern;

/**
 * The form of an existing changelog, read from its headings: the {@code changelogDialect} that
 * fits it. A stand-in until the changelog package detects the new dialects itself; {@link #of}
 * is the one place to point at that detection.
 *
 * @param dialect the {@code changelogDialect} value, or {@code none} for a form the plugin does
 *     not know
 * @param why the evidence, one sentence
 */
record ChangelogForm(String dialect, String why) {

    private static final Pattern KEEP_A_CHANGELOG = Pattern.compile(
            "(?m)^##\\s+\\[(Unreleased|v?\\d+\\.\\d+\\.\\d+[^\\]]*)\\]\\s*(-\\s*\\d{4}-\\d{2}-\\d{2})?\\s*$");
    private static final Pattern SEED = Pattern.compile(
            "(?m)^##\\s+(Unreleased|Version\\s+\\d+\\.\\d+\\.\\d+\\S*\\s+-\\s+\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern CONVENTIONAL_CHANGELOG = Pattern.compile(
            "(?m)^#{1,3}\\s+\\[?v?\\d+\\.\\d+\\.\\d+[^\\s\\]]*\\]?(\\([^)]*\\))?\\s+\\(\\d{4}-\\d{2}-\\d{2}\\)\\s*$");
    private static final Pattern CONVENTIONAL_SECTIONS = Pattern.compile(
            "(?m)^###\\s+(Features|Bug Fixes|Dependencies|Documentation|⚠ BREAKING CHANGES)\\s*$");
    private static final Pattern COMMITIZEN = Pattern.compile(
            "(?m)^##\\s+v?\\d+\\.\\d+\\.\\d+\\S*\\s+\\(\\d{4}-\\d{2}-\\d{2}\\)\\s*$");
    private static final Pattern COMMITIZEN_SECTIONS = Pattern.compile(
            "(?m)^###\\s+(Feat|Fix|Refactor|Perf|BREAKING CHANGE)\\s*$");

    /** The form of {@code text}. */
    static ChangelogForm of(String text) {
        if (KEEP_A_CHANGELOG.matcher(text).find()) {
            return new ChangelogForm("keepachangelog", "its headings read '## [1.2.3] - date'"
                    + " (Keep a Changelog)");
        }
        if (SEED.matcher(text).find()) {
            return new ChangelogForm("seed", "its headings read '## Version 1.2.3 - date'");
        }
        if (COMMITIZEN.matcher(text).find() && COMMITIZEN_SECTIONS.matcher(text).find()) {
            return new ChangelogForm("commitizen", "its headings read '## v1.2.3 (date)' with"
                    + " '### Feat' and '### Fix' (commitizen)");
        }
        if (CONVENTIONAL_CHANGELOG.matcher(text).find()
                || CONVENTIONAL_SECTIONS.matcher(text).find()) {
            return new ChangelogForm("conventional-changelog", "its headings read"
                    + " '## [1.2.3](compare-link) (date)' with '### Features' and '### Bug Fixes'"
                    + " (release-please, semantic-release, standard-version)");
        }
        return new ChangelogForm("none", "no release heading in a form the plugin knows (Keep a"
                + " Changelog, seed, conventional-changelog, commitizen); with 'none' the plugin"
                + " leaves it alone");
    }
}
