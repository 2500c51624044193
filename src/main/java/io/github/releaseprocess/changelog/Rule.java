package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;

/**
 * The rules of {@code validate-changelog}, each with a stable id (used in {@code <rules>} and in
 * every finding) and a default severity. docs/changelog-rules.md shows an example and the fix of
 * each one.
 */
public enum Rule {
    NOT_KEEP_A_CHANGELOG(Severity.ERROR, "the file has no release heading in the dialect's form"),
    TITLE_MISSING(Severity.ERROR, "the file starts with a level-1 title"),
    TITLE_DUPLICATE(Severity.ERROR, "only one level-1 heading"),
    HEADING_FORM(Severity.ERROR, "release headings have the dialect's form"),
    VERSION_INVALID(Severity.ERROR, "versions are valid SemVer 2.0.0"),
    DATE_MISSING(Severity.ERROR, "every release has a date"),
    DATE_INVALID(Severity.ERROR, "dates are real YYYY-MM-DD calendar dates"),
    DATE_FUTURE(Severity.ERROR, "no date lies in the future"),
    RELEASE_ORDER(Severity.ERROR, "releases descend in SemVer precedence"),
    DATE_ORDER(Severity.ERROR, "dates do not increase down the file"),
    VERSION_DUPLICATE(Severity.ERROR, "each version has one release"),
    UNRELEASED_DUPLICATE(Severity.ERROR, "at most one Unreleased"),
    UNRELEASED_NOT_FIRST(Severity.ERROR, "Unreleased is the top release"),
    SECTION_UNKNOWN(Severity.ERROR,
            "sections are Added, Changed, Deprecated, Removed, Fixed, Security"),
    SECTION_DUPLICATE(Severity.ERROR, "a section appears once per release"),
    SECTION_EMPTY(Severity.WARNING, "a section has at least one entry"),
    ENTRY_NOT_LIST_ITEM(Severity.ERROR, "entries in a section are list items"),
    ENTRY_WITHOUT_SECTION(Severity.ERROR, "list entries sit under a section heading"),
    BREAKING_MARKER_MISPLACED(Severity.WARNING,
            "**Breaking:** marks entries of Changed or Removed"),
    LINK_REFERENCE_MISSING(Severity.WARNING, "a [linked] release heading has its link reference"),
    LINK_REFERENCE_UNUSED(Severity.WARNING, "every link reference is used"),
    COMPARE_LINK_CHAIN(Severity.WARNING, "compare links run from the previous release to this one"),
    RELEASE_TAG_MISSING(Severity.WARNING, "every released version has its release tag"),
    RELEASE_ENTRY_MISSING(Severity.WARNING, "every release tag has its changelog entry");

    private final Severity defaultSeverity;
    private final String summary;

    Rule(Severity defaultSeverity, String summary) {
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    /** The id in {@code <rules>} and in findings, e.g. {@code date-missing}. */
    public String id() {
        return EnumIds.id(this);
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
        return EnumIds.find(Rule.class, id).orElseThrow(() -> new RefusalException(
                "<rules> names an unknown rule '" + id + "': use one of "
                        + EnumIds.ids(Rule.class) + "."));
    }
}
