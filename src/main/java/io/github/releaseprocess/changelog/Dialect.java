package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.EnumIds;
import java.util.List;

/** The form of a changelog ({@code changelogDialect}): its release headings and sections. */
public enum Dialect {
    /** Keep a Changelog 1.1.0 / 2.0.0: {@code ## [1.2.3] - 2024-05-01}, {@code ## [Unreleased]}. */
    KEEPACHANGELOG,
    /** The house form: {@code ## Version 1.2.3 - 2024-05-01}, {@code ## Unreleased}. */
    SEED,
    /**
     * What release-please, semantic-release and standard-version write:
     * {@code ## [1.7.0](compare-url) (2023-06-01)} (also {@code #} for majors and minors, and
     * {@code ## 1.7.0 (2023-06-01)} without a link), {@code ### Features}, {@code ### Bug Fixes},
     * {@code ### ⚠ BREAKING CHANGES}; no Unreleased section: the entries are written at release.
     */
    CONVENTIONAL_CHANGELOG,
    /**
     * What commitizen ({@code cz bump --changelog}) writes: {@code ## v1.2.0 (2023-01-01)},
     * {@code ### Feat}, {@code ### Fix}, {@code ### BREAKING CHANGE}; an {@code ## Unreleased}
     * section is allowed at the top.
     */
    COMMITIZEN,
    /** The plugin neither reads nor writes the changelog; every changelog gate is off. */
    NONE,
    /** Decided from the headings of the file. */
    AUTO;

    /** The section titles conventional-changelog presets and release-please write. */
    static final List<String> CONVENTIONAL_SECTIONS = List.of("⚠ BREAKING CHANGES",
            "BREAKING CHANGES", "⚠️ BREAKING CHANGES", "Features", "Bug Fixes",
            "Performance Improvements", "Reverts", "Dependencies", "Documentation", "Styles",
            "Miscellaneous Chores", "Miscellaneous", "Code Refactoring", "Tests", "Build System",
            "Continuous Integration", "Dependency Updates", "Chores");
    /** The section titles commitizen's conventional-commits rules write (its change_type_map). */
    static final List<String> COMMITIZEN_SECTIONS = List.of("BREAKING CHANGE", "Feat", "Fix",
            "Refactor", "Perf");

    /** The value of {@code changelogDialect}, e.g. {@code conventional-changelog}. */
    public String id() {
        return EnumIds.id(this);
    }

    /** Parses a {@code changelogDialect} value; refuses anything else with the allowed values. */
    public static Dialect of(String value) {
        return EnumIds.setting(Dialect.class, value, AUTO, () -> "changelogDialect '" + value
                + "' is not one of " + EnumIds.ids(Dialect.class) + ": set <changelogDialect> or"
                + " -Drelease-process.changelogDialect to one of them.");
    }

    /**
     * The dialect a changelog's text is written in, decided from its headings as
     * {@code changelogDialect=auto} decides it: the form most release headings have; between
     * {@code conventional-changelog} and {@code commitizen}, which share the heading form
     * {@code ## 1.2.0 (2023-01-01)}, the section titles and the compare links decide. A text with
     * no release heading at all (a new or empty file) is {@link #KEEPACHANGELOG}, the form the
     * plugin starts a file in. A text whose level-2 headings name versions in no known form
     * gives {@link #NONE}: the plugin cannot maintain such a file and should leave it alone;
     * {@link #explain(String)} says why.
     *
     * @param text the changelog's content
     * @return the dialect, never {@link #AUTO}
     */
    public static Dialect detect(String text) {
        Changelog c = Changelog.parse(text, AUTO);
        return c.recognised() ? c.dialect() : NONE;
    }

    /**
     * One sentence on what {@link #detect(String)} decided and from which headings, e.g.
     * {@code "conventional-changelog: 12 of 12 release headings have the form ## [1.2.0](url)
     * (2023-01-01)"}, or why no dialect fits.
     */
    public static String explain(String text) {
        Changelog c = Changelog.parse(text, AUTO);
        if (!c.recognised()) {
            return unrecognised(c.releaseLikeHeadings(), c.firstReleaseLine());
        }
        if (c.releases().isEmpty()) {
            return c.dialect() + ": the file has no release heading yet";
        }
        return c.dialect() + ": " + c.dialectHeadings() + " of " + c.releaseLikeHeadings()
                + " release headings have the form " + c.dialect().example();
    }

    /** What {@link #explain} says of a file in no known form. */
    static String unrecognised(int releaseLikeHeadings, int firstReleaseLine) {
        return "none of its " + releaseLikeHeadings + " release-like headings (the first"
                + " at line " + firstReleaseLine + ") has the form of keepachangelog ('## ["
                + "1.2.3] - 2024-05-01'), seed ('## Version 1.2.3 - 2024-05-01'),"
                + " conventional-changelog ('## [1.2.3](url) (2024-05-01)') or commitizen"
                + " ('## v1.2.3 (2024-05-01)'); use changelogDialect none so that the plugin"
                + " leaves the file alone";
    }

    /** Whether unreleased changes gather in an Unreleased section before the release. */
    public boolean hasUnreleased() {
        return this == KEEPACHANGELOG || this == SEED;
    }

    /** Whether sections are the six of Keep a Changelog. */
    boolean keepsSixSections() {
        return this == KEEPACHANGELOG || this == SEED;
    }

    /** The section titles this form knows; empty for the six of Keep a Changelog. */
    List<String> sectionTitles() {
        return this == CONVENTIONAL_CHANGELOG ? CONVENTIONAL_SECTIONS
                : this == COMMITIZEN ? COMMITIZEN_SECTIONS : List.of();
    }

    /** An example release heading, quoted. */
    String example() {
        switch (this) {
            case SEED:
                return "'## Version 1.2.3 - 2024-05-01'";
            case CONVENTIONAL_CHANGELOG:
                return "'## [1.2.3](https://…/compare/v1.2.2...v1.2.3) (2024-05-01)'";
            case COMMITIZEN:
                return "'## v1.2.3 (2024-05-01)'";
            default:
                return "'## [1.2.3] - 2024-05-01'";
        }
    }

    /** The heading of a release in this dialect, e.g. {@code ## [1.2.3] - 2024-05-01}. */
    String releaseHeading(String version, String date) {
        switch (this) {
            case SEED:
                return "## Version " + version + " - " + date;
            case CONVENTIONAL_CHANGELOG:
            case COMMITIZEN:
                return "## " + version + " (" + date + ")";
            default:
                return "## [" + version + "] - " + date;
        }
    }

    /** The heading of the unreleased changes in this dialect. */
    String unreleasedHeading() {
        return this == SEED || this == COMMITIZEN ? "## Unreleased" : "## [Unreleased]";
    }

    @Override
    public String toString() {
        return id();
    }
}
