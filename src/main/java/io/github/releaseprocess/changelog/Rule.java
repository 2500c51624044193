package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;

/**
 * The rules of {@code validate-changelog}, each with a stable id (used in {@code <rules>} and in
 * every finding) and a default severity. What each rule asks, an example and the fix are written
 * once, in docs/changelog-rules.md; {@code ChangelogRulesDocTest} keeps its table of ids and
 * severities equal to this one.
 */
public enum Rule {
    NOT_KEEP_A_CHANGELOG(Severity.ERROR),
    TITLE_MISSING(Severity.ERROR),
    TITLE_DUPLICATE(Severity.ERROR),
    HEADING_FORM(Severity.ERROR),
    VERSION_INVALID(Severity.ERROR),
    DATE_MISSING(Severity.ERROR),
    DATE_INVALID(Severity.ERROR),
    DATE_FUTURE(Severity.ERROR),
    RELEASE_ORDER(Severity.ERROR),
    DATE_ORDER(Severity.ERROR),
    VERSION_DUPLICATE(Severity.ERROR),
    UNRELEASED_DUPLICATE(Severity.ERROR),
    UNRELEASED_NOT_FIRST(Severity.ERROR),
    SECTION_UNKNOWN(Severity.ERROR),
    SECTION_DUPLICATE(Severity.ERROR),
    SECTION_EMPTY(Severity.WARNING),
    ENTRY_NOT_LIST_ITEM(Severity.ERROR),
    ENTRY_WITHOUT_SECTION(Severity.ERROR),
    BREAKING_MARKER_MISPLACED(Severity.WARNING),
    LINK_REFERENCE_MISSING(Severity.WARNING),
    LINK_REFERENCE_UNUSED(Severity.WARNING),
    COMPARE_LINK_CHAIN(Severity.WARNING),
    RELEASE_TAG_MISSING(Severity.WARNING),
    RELEASE_ENTRY_MISSING(Severity.WARNING);

    private final Severity defaultSeverity;

    Rule(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    /** The id in {@code <rules>} and in findings, e.g. {@code date-missing}. */
    public String id() {
        return EnumIds.id(this);
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The rule with this id; refuses an unknown id and lists the known ones. */
    public static Rule ofId(String id) {
        return EnumIds.find(Rule.class, id).orElseThrow(() -> new RefusalException(
                "<rules> names an unknown rule '" + id + "': use one of "
                        + EnumIds.ids(Rule.class) + "."));
    }
}
