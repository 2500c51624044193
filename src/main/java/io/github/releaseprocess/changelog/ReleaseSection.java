package io.github.releaseprocess.changelog;

import io.github.releaseprocess.commits.Preset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The section a release adds to a changelog in a form without an Unreleased section
 * ({@code conventional-changelog}, {@code commitizen}): its heading and entries, written under
 * that form's own headings with the commit types that form's tool releases, e.g. release-please's
 * Java strategy lists {@code deps:} commits under {@code ### Dependencies}.
 *
 * <p>Its lists are unmodifiable: the two places that make one, {@link #build} and the promoter's
 * pulled-along section, pass copies.
 *
 * @param lines the lines of the section, heading first
 * @param added the commits it lists
 * @param unmapped the commits of a type the form does not list
 */
public record ReleaseSection(List<String> lines, List<ChangelogCommit> added,
        List<ChangelogCommit> unmapped) {

    /** Whether the section has at least one entry. */
    public boolean hasEntries() {
        return !added.isEmpty();
    }

    /** Commit type → section title, in the order the tool writes them. */
    static Map<String, String> sections(Dialect dialect, Preset preset) {
        Map<String, String> m = new LinkedHashMap<>();
        if (dialect == Dialect.COMMITIZEN) {
            // commitizen's cz_conventional_commits change_type_map.
            m.put("feat", "Feat");
            m.put("fix", "Fix");
            m.put("refactor", "Refactor");
            m.put("perf", "Perf");
            return m;
        }
        m.put("feat", "Features");
        m.put("fix", "Bug Fixes");
        m.put("perf", "Performance Improvements");
        if (preset == Preset.RELEASE_PLEASE_JAVA) {
            // release-please's java strategies: deps and docs are visible sections.
            m.put("deps", "Dependencies");
            m.put("revert", "Reverts");
            m.put("docs", "Documentation");
        } else {
            m.put("revert", "Reverts");
        }
        return m;
    }

    /** The heading of the breaking changes, listed first. */
    static String breakingTitle(Dialect dialect, Preset preset) {
        if (dialect == Dialect.COMMITIZEN) {
            return "BREAKING CHANGE";
        }
        return preset == Preset.SEMANTIC_RELEASE ? "BREAKING CHANGES" : "⚠ BREAKING CHANGES";
    }

    /**
     * Builds the section.
     *
     * @param heading the release heading line
     * @param commits the commits since the last release
     * @param repositoryUrl the project's web URL, for commit links (release-please form)
     */
    static ReleaseSection build(String heading, List<ChangelogCommit> commits, Dialect dialect,
            Preset preset, Optional<String> repositoryUrl) {
        Map<String, String> sections = sections(dialect, preset);
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        String breaking = breakingTitle(dialect, preset);
        bySection.put(breaking, new ArrayList<>());
        sections.values().forEach(title -> bySection.put(title, new ArrayList<>()));
        Map<String, ChangelogCommit> unique = new LinkedHashMap<>();
        for (ChangelogCommit commit : commits) {
            unique.putIfAbsent(commit.shortId() + "\0" + commit.description(), commit);
        }
        List<ChangelogCommit> added = new ArrayList<>();
        List<ChangelogCommit> unmapped = new ArrayList<>();
        for (ChangelogCommit commit : unique.values()) {
            String type = commit.type().toLowerCase(java.util.Locale.ROOT);
            String title = sections.get(type);
            boolean listed = false;
            if (commit.breaking()) {
                bySection.get(breaking).add(entry(commit, dialect, repositoryUrl));
                listed = true;
            }
            // release-please lists a breaking commit under its type too; commitizen does not.
            if (title != null && !(commit.breaking() && dialect == Dialect.COMMITIZEN)) {
                bySection.get(title).add(entry(commit, dialect, repositoryUrl));
                listed = true;
            }
            (listed ? added : unmapped).add(commit);
        }
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        boolean conventional = dialect == Dialect.CONVENTIONAL_CHANGELOG;
        for (Map.Entry<String, List<String>> e : bySection.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            lines.add("");
            if (conventional) {
                lines.add(""); // release-please and conventional-changelog leave two blank lines
            }
            lines.add("### " + e.getKey());
            lines.add("");
            lines.addAll(e.getValue());
        }
        lines.add("");
        return new ReleaseSection(List.copyOf(lines), List.copyOf(added), List.copyOf(unmapped));
    }

    private static String entry(ChangelogCommit commit, Dialect dialect,
            Optional<String> repositoryUrl) {
        String scope = commit.scope() == null ? "" : ChangelogText.clean(commit.scope()).strip();
        String description = ChangelogText.clean(commit.description()).strip();
        if (dialect == Dialect.COMMITIZEN) {
            return "- " + (scope.isEmpty() ? "" : "**" + scope + "**: ") + description;
        }
        String id = commit.shortId().substring(0, 7);
        String link = repositoryUrl.map(url -> "[" + id + "](" + url + "/commit/" + id + ")")
                .orElse(id);
        return "* " + (scope.isEmpty() ? "" : "**" + scope + ":** ") + description + " (" + link
                + ")";
    }
}
