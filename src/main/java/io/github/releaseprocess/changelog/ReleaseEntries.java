package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds entries to one released version's section, under the dialect's own headings: the six of
 * Keep a Changelog ({@code keepachangelog}, {@code seed}); for {@code conventional-changelog} and
 * {@code commitizen}, Removed and Changed entries go under the breaking-changes heading
 * ({@code ⚠ BREAKING CHANGES}, {@code BREAKING CHANGE}) and Added under the features heading
 * ({@code Features}, {@code Feat}). Only new lines are inserted; every other byte stays.
 */
public final class ReleaseEntries {

    private ReleaseEntries() {
    }

    /**
     * The changelog with the entries added to the section of {@code version}; the bytes as they
     * were when there is no such section or nothing to add.
     *
     * @param entries Markdown list items ({@code - …}) per section
     */
    public static byte[] add(byte[] changelog, Version version, Dialect dialect,
            Map<SectionType, List<String>> entries) {
        Changelog parsed = Changelog.parse(changelog, dialect);
        Optional<Release> release = parsed.releases().stream()
                .filter(r -> r.version().filter(version::equals).isPresent()).findFirst();
        Map<SectionType, List<String>> bySection = new EnumMap<>(SectionType.class);
        entries.forEach((type, lines) -> {
            if (!lines.isEmpty()) {
                bySection.put(type, lines);
            }
        });
        if (release.isEmpty() || bySection.isEmpty()) {
            return changelog;
        }
        LineSplicer splicer = new LineSplicer(parsed.source());
        if (parsed.dialect().keepsSixSections()) {
            ChangelogGenerator.fill(release.get(), bySection, splicer);
        } else {
            fillByTitle(release.get(), byTitle(parsed.dialect(), bySection), splicer);
        }
        return splicer.apply();
    }

    /** The dialect's own heading for each kind of entry, in the order they go in. */
    private static Map<String, List<String>> byTitle(Dialect dialect,
            Map<SectionType, List<String>> bySection) {
        boolean commitizen = dialect == Dialect.COMMITIZEN;
        String breaking = commitizen ? "BREAKING CHANGE" : "⚠ BREAKING CHANGES";
        String features = commitizen ? "Feat" : "Features";
        Map<String, List<String>> out = new LinkedHashMap<>();
        // Breaking changes lead, as these tools write them.
        List<Map.Entry<SectionType, List<String>>> ordered = new ArrayList<>(bySection.entrySet());
        ordered.sort(java.util.Comparator.comparing(e -> e.getKey() == SectionType.ADDED ? 1
                : e.getKey() == SectionType.FIXED ? 2 : 0));
        for (Map.Entry<SectionType, List<String>> e : ordered) {
            String title = e.getKey() == SectionType.ADDED ? features
                    : e.getKey() == SectionType.FIXED ? (commitizen ? "Fix" : "Bug Fixes")
                            : breaking;
            out.computeIfAbsent(title, k -> new ArrayList<>()).addAll(e.getValue());
        }
        return out;
    }

    private static void fillByTitle(Release release, Map<String, List<String>> byTitle,
            LineSplicer splicer) {
        for (Map.Entry<String, List<String>> e : byTitle.entrySet()) {
            String title = e.getKey();
            Optional<Section> existing = release.sections().stream()
                    .filter(s -> s.title().strip().equalsIgnoreCase(title)
                            || (title.contains("BREAKING") && s.title().contains("BREAKING")))
                    .findFirst();
            if (existing.isPresent() && !existing.get().entries().isEmpty()) {
                List<Entry> present = existing.get().entries();
                splicer.insertAfter(present.get(present.size() - 1).lastLine(), e.getValue());
            } else if (existing.isPresent()) {
                List<String> lines = new ArrayList<>();
                lines.add("");
                lines.addAll(e.getValue());
                splicer.insertAfter(existing.get().line(), lines);
            } else if (!release.sections().isEmpty()) {
                List<String> lines = new ArrayList<>();
                lines.add("### " + title);
                lines.add("");
                lines.addAll(e.getValue());
                lines.add("");
                splicer.insertBefore(release.sections().get(0).line(), lines);
            } else {
                List<String> lines = new ArrayList<>();
                lines.add("");
                lines.add("### " + title);
                lines.add("");
                lines.addAll(e.getValue());
                splicer.insertAfter(release.lastLine(), lines);
            }
        }
    }
}
