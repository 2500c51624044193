package io.github.releaseprocess.changelog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The six change types of Keep a Changelog, in their canonical order. */
public enum SectionType {
    ADDED("Added"),
    CHANGED("Changed"),
    DEPRECATED("Deprecated"),
    REMOVED("Removed"),
    FIXED("Fixed"),
    SECURITY("Security");

    /** Names seen in real changelogs and the section they mean; used to suggest the fix. */
    private static final Map<String, SectionType> SYNONYMS = Map.ofEntries(
            Map.entry("add", ADDED), Map.entry("adds", ADDED), Map.entry("new", ADDED),
            Map.entry("features", ADDED), Map.entry("feature", ADDED),
            Map.entry("new features", ADDED), Map.entry("enhancements", ADDED),
            Map.entry("change", CHANGED), Map.entry("changes", CHANGED),
            Map.entry("updated", CHANGED), Map.entry("improvements", CHANGED),
            Map.entry("breaking", CHANGED), Map.entry("breaking changes", CHANGED),
            Map.entry("deprecations", DEPRECATED), Map.entry("deprecation", DEPRECATED),
            Map.entry("removals", REMOVED), Map.entry("deleted", REMOVED),
            Map.entry("fix", FIXED), Map.entry("fixes", FIXED), Map.entry("bug fixes", FIXED),
            Map.entry("bugfixes", FIXED), Map.entry("bugs", FIXED));

    private final String title;

    SectionType(String title) {
        this.title = title;
    }

    /** The spelling in a heading, e.g. {@code Added}. */
    public String title() {
        return title;
    }

    /** The type whose title is exactly {@code text}. */
    public static Optional<SectionType> ofTitle(String text) {
        for (SectionType t : values()) {
            if (t.title.equals(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type {@code text} most likely means: another case or a common synonym. */
    static Optional<SectionType> guess(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (SectionType t : values()) {
            if (t.title.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(SYNONYMS.get(lower));
    }

    /** Parses a configured section name, case-insensitively. */
    public static Optional<SectionType> ofName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        for (SectionType t : values()) {
            if (t.title.toLowerCase(Locale.ROOT).equals(lower) || t.name().equalsIgnoreCase(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
