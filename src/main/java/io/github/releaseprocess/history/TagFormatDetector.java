package io.github.releaseprocess.history;

import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Reads the tag format a project already uses from its tag names: each tag that holds a Semantic
 * Version splits into the text before it and the text after it; among the splits that many tags
 * share (at least two, and a tenth of them), the one of the most recent final release is the
 * format (release candidates alone, as Apache Commons tag them beside {@code rel/…}, do not make
 * one), and among those released together the most common one
 * ({@code gson-parent-@{version}}, {@code v@{version}}, {@code rel/commons-text-@{version}},
 * plain {@code @{version}}).
 */
public final class TagFormatDetector {

    private TagFormatDetector() {
    }

    /**
     * The format most tags follow (no commit times known).
     *
     * @param tagNames every tag of the repository
     * @param artifactId the project's artifactId, to write {@code @{project.artifactId}} where
     *     the tags start with it and {@code preferArtifactId} is set; may be null
     * @param preferArtifactId write {@code @{project.artifactId}-@{version}} rather than the
     *     literal prefix (maven-release-plugin's own default)
     * @return empty when no tag holds a Semantic Version
     */
    public static Optional<Suggestion> suggest(Collection<String> tagNames, String artifactId,
            boolean preferArtifactId) {
        return suggest(tagNames, artifactId, preferArtifactId, tag -> 0L);
    }

    /**
     * The format of the most recent release among the shapes many tags follow.
     *
     * @param commitTime when the commit a tag points at was made (any unit, later is larger),
     *     to tell the shape a project releases with now from one it gave up
     * @see #suggest(Collection, String, boolean)
     */
    public static Optional<Suggestion> suggest(Collection<String> tagNames, String artifactId,
            boolean preferArtifactId, ToLongFunction<String> commitTime) {
        Map<String, List<Found>> byShape = new LinkedHashMap<>();
        int withVersion = 0;
        for (String name : tagNames) {
            Optional<Found> found = split(name);
            if (found.isPresent()) {
                withVersion++;
                Found f = found.get();
                byShape.computeIfAbsent(f.prefix + "\u0000" + f.suffix, k -> new ArrayList<>()).add(f);
            }
        }
        if (byShape.isEmpty()) {
            return Optional.empty();
        }
        // A project that changed its tags (log4j: 'log4j-2.20.0-rc1' up to 2.20, 'rel/2.25.3'
        // since) releases with the shape of its most recent release, even when the older shape
        // has more tags; shapes with only a few tags (a stray 'release-9.0.0') do not take part.
        // Shapes released together (release-please's 'v2.66.1' and 'gax/v2.72.1' on one commit)
        // tie on time, and the most common one wins.
        int few = Math.max(2, withVersion / 10);
        boolean anyMany = byShape.values().stream().anyMatch(l -> l.size() >= few);
        // Apache Commons tag release candidates 'commons-io-2.22.0-RC1' and the release
        // 'rel/commons-io-2.21.0': the newest candidate is newer than the last release, but the
        // releases are the format; so the time of a shape's newest final release counts first.
        List<Found> best = byShape.values().stream()
                .filter(l -> !anyMany || l.size() >= few)
                .max(Comparator.<List<Found>>comparingLong(l -> newestFinal(l)
                                .map(f -> commitTime.applyAsLong(f.tag)).orElse(Long.MIN_VALUE))
                        .thenComparingLong(l -> commitTime.applyAsLong(highest(l).tag))
                        .thenComparingInt(List::size)
                        .thenComparing(l -> highest(l).version))
                .orElseThrow();
        Found newest = highest(best);
        String prefix = newest.prefix;
        String pattern = preferArtifactId && artifactId != null && prefix.equals(artifactId + "-")
                ? TagFormat.ARTIFACT_ID + "-" + TagFormat.VERSION + newest.suffix
                : prefix + TagFormat.VERSION + newest.suffix;
        return Optional.of(new Suggestion(pattern, best.size(), withVersion, newest.tag,
                newest.version));
    }

    /**
     * The tags that hold a Semantic Version, by shape: the {@code tagFormat} pattern each follows
     * ({@code v@{version}}, {@code gax/v@{version}}) → its tags, in the order given. A monorepo
     * that tags several components on one release commit has several shapes in use at once.
     */
    public static Map<String, List<String>> shapes(Collection<String> tagNames) {
        Map<String, List<String>> byShape = new LinkedHashMap<>();
        for (String name : tagNames) {
            split(name).ifPresent(f -> byShape.computeIfAbsent(f.prefix + TagFormat.VERSION
                    + f.suffix, k -> new ArrayList<>()).add(name));
        }
        return byShape;
    }

    private static Optional<Found> newestFinal(List<Found> tags) {
        return tags.stream().filter(f -> !f.version.isPrerelease())
                .max(Comparator.comparing((Found f) -> f.version));
    }

    private static Found highest(List<Found> tags) {
        return tags.stream().max(Comparator.comparing((Found f) -> f.version)).orElseThrow();
    }

    /** The leftmost Semantic Version in a tag name, as long as it can be, and what surrounds it. */
    static Optional<Found> split(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (i > 0) {
                char before = tag.charAt(i - 1);
                if (Character.isDigit(before) || before == '.') {
                    continue;
                }
            }
            for (int j = tag.length(); j >= i + 5; j--) {
                Optional<Version> v = Version.tryParse(tag.substring(i, j));
                if (v.isPresent()) {
                    return Optional.of(new Found(tag, tag.substring(0, i), tag.substring(j),
                            v.get()));
                }
            }
        }
        return Optional.empty();
    }

    record Found(String tag, String prefix, String suffix, Version version) {
    }

    /**
     * The format the tags follow.
     *
     * @param pattern the {@code tagFormat} value, e.g. {@code gson-parent-@{version}}
     * @param matching how many tags have that shape
     * @param withVersion how many tags hold a Semantic Version at all
     * @param newestTag the tag of that shape with the highest version
     * @param newestVersion its version
     */
    public record Suggestion(String pattern, int matching, int withVersion, String newestTag,
            Version newestVersion) {
    }
}
