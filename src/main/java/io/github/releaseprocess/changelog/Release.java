package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A release heading ({@code ## [1.2.3] - 2024-05-01}, {@code ## [Unreleased]}, or the seed form)
 * and its content. Parsed leniently: a heading in the wrong form still yields its version and
 * date when they can be found, with {@link #wellFormed()} false.
 *
 * @param line the heading's line
 * @param headingText the heading text after the {@code ##}
 * @param textColumn the column where {@code headingText} starts
 * @param unreleased whether this is the unreleased section
 * @param versionText the version as written (empty for unreleased)
 * @param versionColumn the column of {@code versionText} (0 when absent)
 * @param version the version when {@code versionText} is valid SemVer
 * @param dateText the date as written, if any
 * @param dateColumn the column of {@code dateText} (0 when absent)
 * @param date the date when {@code dateText} is a real {@code YYYY-MM-DD} date
 * @param yanked whether the heading carries {@code [YANKED]}
 * @param wellFormed whether the heading has exactly the dialect's form
 * @param bracketed whether the version or {@code Unreleased} is written as {@code [label]}
 * @param link the URL the heading links the version to ({@code ## [1.2.0](url) (date)})
 * @param lastLine the last line that belongs to the release
 * @param sections the {@code ###} sections
 * @param summaryLines lines of paragraphs before the first section (2.0.0 summary)
 * @param looseListLines lines of lists and other blocks before the first section
 */
public record Release(int line, String headingText, int textColumn, boolean unreleased,
        String versionText, int versionColumn, Optional<Version> version, Optional<String> dateText,
        int dateColumn, Optional<LocalDate> date, boolean yanked, boolean wellFormed,
        boolean bracketed, Optional<String> link, int lastLine, List<Section> sections,
        List<Integer> summaryLines,
        List<Integer> looseListLines) {

    public Release {
        sections = List.copyOf(sections);
        summaryLines = List.copyOf(summaryLines);
        looseListLines = List.copyOf(looseListLines);
    }

    /** The label a link reference for this release has: the version, or {@code Unreleased}. */
    public String label() {
        return unreleased ? "Unreleased" : versionText;
    }

    /** Whether the release has at least one entry. */
    public boolean hasEntries() {
        return sections.stream().anyMatch(s -> !s.entries().isEmpty());
    }
}
