package io.github.releaseprocess.changelog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes commits into {@code [Unreleased]} as entries, creating the heading and the sections
 * where needed: {@code - **scope:** Description (abc1234)}, breaking changes led by
 * {@code **Breaking:**}. A commit whose short id is already in the file is skipped, so running it
 * twice adds nothing. Only new lines are inserted; every other byte stays as it was.
 */
public final class ChangelogGenerator {

    private static final Pattern COMPARE = Pattern.compile("^(.*/compare/).+?(\\.{2,3})([^/]+)$");
    private static final Pattern RELEASE_TAG = Pattern.compile("^(.*/)releases/tag/([^/]+)$");
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Za-z])[0-9a-fA-F]{7,40}(?![0-9A-Za-z])");

    /** What a run did; {@code entries} are the lines written, per section, in order. */
    public record Generation(byte[] bytes, List<ChangelogCommit> added,
            List<ChangelogCommit> alreadyPresent, List<ChangelogCommit> unmapped,
            Map<SectionType, List<String>> entries) {

        public Generation {
            entries = java.util.Collections.unmodifiableMap(new EnumMap<>(entries.isEmpty()
                    ? new EnumMap<SectionType, List<String>>(SectionType.class) : entries));
            added = List.copyOf(added);
            alreadyPresent = List.copyOf(alreadyPresent);
            unmapped = List.copyOf(unmapped);
        }

        /** Whether the bytes differ from the input. */
        public boolean changed() {
            return !added.isEmpty();
        }
    }

    private ChangelogGenerator() {
    }

    /**
     * Adds the commits (in the given order) to the unreleased section.
     *
     * @param changelog the file's bytes; empty for a new file
     * @param commits the commits since the last release
     * @param dialect the heading form for a new {@code Unreleased} ({@link Dialect#AUTO} decides)
     * @param mapping which section each commit goes to
     */
    public static Generation generate(byte[] changelog, List<ChangelogCommit> commits,
            Dialect dialect, SectionMapping mapping) {
        Changelog c = Changelog.parse(changelog, dialect);
        Set<String> present = presentIds(c.source().text());
        Map<SectionType, List<String>> bySection = new EnumMap<>(SectionType.class);
        List<ChangelogCommit> added = new ArrayList<>();
        List<ChangelogCommit> already = new ArrayList<>();
        List<ChangelogCommit> unmapped = new ArrayList<>();
        Map<String, ChangelogCommit> unique = new LinkedHashMap<>();
        for (ChangelogCommit commit : commits) {
            unique.putIfAbsent(key(commit.shortId()) + "\0" + commit.description(), commit);
        }
        for (ChangelogCommit commit : unique.values()) {
            if (present.contains(key(commit.shortId()))) {
                already.add(commit);
                continue;
            }
            Optional<SectionType> section = mapping.sectionFor(commit);
            if (section.isEmpty()) {
                unmapped.add(commit);
                continue;
            }
            bySection.computeIfAbsent(section.get(), k -> new ArrayList<>())
                    .add(entry(commit));
            added.add(commit);
        }
        if (added.isEmpty()) {
            return new Generation(c.source().bytes(), added, already, unmapped, bySection);
        }
        LineSplicer splicer = new LineSplicer(c.source());
        Optional<Release> unreleased = c.unreleased();
        if (unreleased.isPresent()) {
            fill(unreleased.get(), bySection, splicer);
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(c.dialect().unreleasedHeading());
            for (Map.Entry<SectionType, List<String>> e : bySection.entrySet()) {
                lines.add("");
                lines.add("### " + e.getKey().title());
                lines.add("");
                lines.addAll(e.getValue());
            }
            if (c.firstReleaseLine() > 0) {
                lines.add("");
                splicer.insertBefore(c.firstReleaseLine(), lines);
                unreleasedLink(c).ifPresent(link -> splicer.insertBefore(link.line(),
                        List.of("[Unreleased]: " + link.destination())));
            } else if (!c.linkReferences().isEmpty()) {
                lines.add("");
                splicer.insertBefore(c.linkReferences().get(0).line(), lines);
            } else if (c.source().text().isEmpty()) {
                // A new file: start it with the title and preamble the validator expects.
                lines.addAll(0, List.of("# Changelog", "", "All notable changes to this project"
                        + " will be documented in this file.", ""));
                splicer.append(lines);
            } else {
                lines.add(0, "");
                splicer.append(lines);
            }
        }
        return new Generation(splicer.apply(), added, already, unmapped, bySection);
    }

    static void fill(Release release, Map<SectionType, List<String>> bySection,
            LineSplicer splicer) {
        for (Map.Entry<SectionType, List<String>> e : bySection.entrySet()) {
            SectionType type = e.getKey();
            List<String> entries = e.getValue();
            Optional<Section> existing = release.sections().stream()
                    .filter(s -> s.type().filter(type::equals).isPresent()).findFirst();
            if (existing.isPresent()) {
                Section s = existing.get();
                if (s.entries().isEmpty()) {
                    List<String> lines = new ArrayList<>();
                    lines.add("");
                    lines.addAll(entries);
                    splicer.insertAfter(s.line(), lines);
                } else {
                    splicer.insertAfter(s.entries().get(s.entries().size() - 1).lastLine(), entries);
                }
                continue;
            }
            Optional<Section> later = release.sections().stream()
                    .filter(s -> s.type().filter(t -> t.compareTo(type) > 0).isPresent())
                    .findFirst();
            List<String> lines = new ArrayList<>();
            if (later.isPresent()) {
                lines.add("### " + type.title());
                lines.add("");
                lines.addAll(entries);
                lines.add("");
                splicer.insertBefore(later.get().line(), lines);
            } else {
                lines.add("");
                lines.add("### " + type.title());
                lines.add("");
                lines.addAll(entries);
                splicer.insertAfter(release.lastLine(), lines);
            }
        }
    }

    /**
     * The {@code [Unreleased]} link a new heading gets, derived from the newest release's link
     * ({@code …/compare/v1.1.0...v1.2.0} or {@code …/releases/tag/v1.2.0} gives
     * {@code …/compare/v1.2.0...HEAD}); the line returned is where it goes.
     */
    private static Optional<LinkReference> unreleasedLink(Changelog c) {
        if (c.dialect() != Dialect.KEEPACHANGELOG || c.linkReference("Unreleased").isPresent()) {
            return Optional.empty();
        }
        Optional<LinkReference> newest = c.releases().stream().filter(r -> !r.unreleased())
                .findFirst().flatMap(r -> c.linkReference(r.label()));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        String url = newest.get().destination();
        Matcher compare = COMPARE.matcher(url);
        Matcher tag = RELEASE_TAG.matcher(url);
        String link;
        if (compare.matches()) {
            link = compare.group(1) + compare.group(3) + compare.group(2) + "HEAD";
        } else if (tag.matches()) {
            link = tag.group(1) + "compare/" + tag.group(2) + "...HEAD";
        } else {
            return Optional.empty();
        }
        return Optional.of(new LinkReference("Unreleased", link, newest.get().line()));
    }

    private static String entry(ChangelogCommit commit) {
        StringBuilder sb = new StringBuilder("- ");
        if (commit.breaking()) {
            sb.append("**Breaking:** ");
        }
        String scope = commit.scope() == null ? "" : ChangelogText.clean(commit.scope()).strip();
        if (!scope.isEmpty()) {
            sb.append("**").append(scope).append(":** ");
        }
        String d = ChangelogText.clean(commit.description()).strip();
        if (!d.isEmpty()) {
            d = d.substring(0, 1).toUpperCase(Locale.ROOT) + d.substring(1);
        }
        sb.append(d).append(" (").append(commit.shortId()).append(")");
        return sb.toString();
    }

    private static String key(String id) {
        return id.substring(0, 7).toLowerCase(Locale.ROOT);
    }

    /** The 7-digit prefixes of every hex word of 7 to 40 digits in the text. */
    private static Set<String> presentIds(String text) {
        Set<String> ids = new HashSet<>();
        Matcher m = HEX.matcher(text);
        while (m.find()) {
            ids.add(m.group().substring(0, 7).toLowerCase(Locale.ROOT));
        }
        return ids;
    }
}
