package io.github.releaseprocess.api;

import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * What the API check found between the last release and the release build.
 *
 * @param baseline what was compared against, e.g. {@code com.acme:lib:1.2.3}
 * @param candidate what was compared, e.g. {@code target/lib-1.3.0.jar}
 * @param level the level the API requires: {@link Version.Level#MAJOR} for any binary- or
 *     source-incompatible change, {@link Version.Level#MINOR} for new public API, else
 *     {@link Version.Level#PATCH}
 * @param changes every incompatible change and every addition, incompatible ones first
 * @param classesCompared how many classes japicmp compared
 */
public record ApiReport(String baseline, String candidate, Version.Level level,
        List<ApiChange> changes, int classesCompared) {

    /** The most changes listed in the release notes per kind; the JSON has them all. */
    public static final int NOTES_LIMIT = 20;

    public ApiReport {
        Required.nonNull("baseline candidate level", baseline, candidate, level);
        changes = List.copyOf(changes);
    }

    /** The changes that break code built or written against the baseline. */
    public List<ApiChange> incompatible() {
        return changes.stream().filter(ApiChange::isIncompatible).toList();
    }

    /** The new public API: classes, methods, constructors and fields that were not there. */
    public List<ApiChange> additions() {
        return changes.stream().filter(c -> !c.isIncompatible()).toList();
    }

    /** The reports of several modules as one: the highest level, all changes. */
    public static ApiReport merge(List<ApiReport> reports) {
        if (reports.size() == 1) {
            return reports.get(0);
        }
        Version.Level level = Version.Level.PATCH;
        List<ApiChange> incompatible = new ArrayList<>();
        List<ApiChange> added = new ArrayList<>();
        int classes = 0;
        for (ApiReport report : reports) {
            level = level.max(report.level);
            incompatible.addAll(report.incompatible());
            added.addAll(report.additions());
            classes += report.classesCompared;
        }
        incompatible.addAll(added);
        return new ApiReport(String.join(", ", reports.stream().map(ApiReport::baseline)
                .toList()), String.join(", ", reports.stream().map(ApiReport::candidate).toList()),
                level, incompatible, classes);
    }

    /**
     * One line: {@code API against com.acme:lib:1.2.3: 1 incompatible change, 2 additions; the
     * API requires a major release}.
     */
    public String headline() {
        int broken = incompatible().size();
        int added = additions().size();
        return "API against " + baseline + ": " + count(broken, "incompatible change") + ", "
                + count(added, "addition") + "; the API requires a "
                + level.name().toLowerCase(java.util.Locale.ROOT) + " release";
    }

    /**
     * The summary for release notes (the tag message, the forge's release): the headline, then
     * one Markdown list item per incompatible change and per addition, at most
     * {@link #NOTES_LIMIT} of each.
     */
    public String summary() {
        StringBuilder out = new StringBuilder(headline()).append('\n');
        appendItems(out, incompatible());
        appendItems(out, additions());
        return out.toString().strip();
    }

    private static void appendItems(StringBuilder out, List<ApiChange> items) {
        int shown = Math.min(items.size(), NOTES_LIMIT);
        for (int i = 0; i < shown; i++) {
            out.append("\n- ").append(items.get(i).describe());
        }
        if (items.size() > shown) {
            out.append("\n- … and ").append(items.size() - shown).append(" more");
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
