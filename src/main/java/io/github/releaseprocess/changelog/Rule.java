package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.RefusalException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The rules of {@code validate-changelog}, each with a stable id (used in {@code <rules>} and in
 * every finding) and a default severity. docs/changelog-rules.md shows an example and the fix of
 * each one.
 */
public enum Rule {
    NOT_KEEP_A_CHANGELOG("not-keep-a-changelog", Severity.ERROR,
            "the file has no release heading in the dialect's form"),
    TITLE_MISSING("title-missing", Severity.ERROR, "the file starts with a level-1 title"),
    TITLE_DUPLICATE("title-duplicate", Severity.ERROR, "only one level-1 heading"),
    HEADING_FORM("heading-form", Severity.ERROR, "release headings have the dialect's form"),
    VERSION_INVALID("version-invalid", Severity.ERROR, "versions are valid SemVer 2.0.0"),
    DATE_MISSING("date-missing", Severity.ERROR, "every release has a date"),
    DATE_INVALID("date-invalid", Severity.ERROR, "dates are real YYYY-MM-DD calendar dates"),
    DATE_FUTURE("date-future", Severity.ERROR, "no date lies in the future"),
    RELEASE_ORDER("release-order", Severity.ERROR, "releases descend in SemVer precedence"),
    DATE_ORDER("date-order", Severity.ERROR, "dates do not increase down the file"),
    VERSION_DUPLICATE("version-duplicate", Severity.ERROR, "each version has one release"),
    UNRELEASED_DUPLICATE("unreleased-duplicate", Severity.ERROR, "at most one Unreleased"),
    UNRELEASED_NOT_FIRST("unreleased-not-first", Severity.ERROR, "Unreleased is the top release"),
    SECTION_UNKNOWN("section-unknown", Severity.ERROR,
            "sections are Added, Changed, Deprecated, Removed, Fixed, Security"),
    SECTION_DUPLICATE("section-duplicate", Severity.ERROR, "a section appears once per release"),
    SECTION_EMPTY("section-empty", Severity.WARNING, "a section has at least one entry"),
    ENTRY_NOT_LIST_ITEM("entry-not-list-item", Severity.ERROR, "entries in a section are list items"),
    ENTRY_WITHOUT_SECTION("entry-without-section", Severity.ERROR,
            "list entries sit under a section heading"),
    BREAKING_MARKER_MISPLACED("breaking-marker-misplaced", Severity.WARNING,
            "**Breaking:** marks entries of Changed or Removed"),
    LINK_REFERENCE_MISSING("link-reference-missing", Severity.WARNING,
            "a [linked] release heading has its link reference"),
    LINK_REFERENCE_UNUSED("link-reference-unused", Severity.WARNING,
            "every link reference is used"),
    COMPARE_LINK_CHAIN("compare-link-chain", Severity.WARNING,
            "compare links run from the previous release to this one"),
    RELEASE_TAG_MISSING("release-tag-missing", Severity.WARNING,
            "every released version has its release tag"),
    RELEASE_ENTRY_MISSING("release-entry-missing", Severity.WARNING,
            "every release tag has its changelog entry");

    private final String id;
    private final Severity defaultSeverity;
    private final String summary;

    Rule(String id, Severity defaultSeverity, String summary) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What the rule asks for, in a few words. */
    public String summary() {
        return summary;
    }

    /** The rule with this id; refuses an unknown id and lists the known ones. */
    public static Rule ofId(String id) {
        for (Rule r : values()) {
            if (r.id.equalsIgnoreCase(id.trim())) {
                return r;
            }
        }
        throw new RefusalException("<rules> names an unknown rule '" + id + "': use one of "
                + Arrays.stream(values()).map(Rule::id).collect(Collectors.joining(", ")) + ".");
    }
}
