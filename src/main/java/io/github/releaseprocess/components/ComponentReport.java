package io.github.releaseprocess.components;

import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.BumpKind;
import io.github.releaseprocess.versioning.DecisionJson;
import io.github.releaseprocess.versioning.VersionDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code next-version} shows of a monorepo's analysis: one line per component, the
 * {@code components} array of the JSON report, the top-level fields (which describe no single
 * version when there are components) and the keys for {@code GITHUB_OUTPUT}.
 */
public final class ComponentReport {

    private ComponentReport() {
    }

    /**
     * One line per component: its current version and last tag, the next version and bump, the
     * deciding commit or who pulls it along, and the dependents it pulls along.
     */
    public static List<String> lines(ComponentAnalysis analysis) {
        List<String> out = new ArrayList<>();
        for (ComponentDecision d : analysis.decisions()) {
            StringBuilder line = new StringBuilder(d.id()).append(' ')
                    .append(d.currentVersion().map(Version::toString).orElse("(unreleased)"));
            String since = d.lastTag().map(ReleaseTag::name).orElse("the start of the history");
            if (d.released()) {
                line.append(" -> ").append(d.nextVersion().get()).append(" (")
                        .append(d.bump().id()).append(") since ").append(since).append(": ");
                if (d.own().nextVersion().isPresent() && d.pulledAlongBy().isEmpty()) {
                    line.append(deciding(d.own()));
                } else if (d.own().nextVersion().isPresent()) {
                    line.append(deciding(d.own())).append("; raised by ")
                            .append(String.join(", ", d.pulledAlongBy()));
                } else {
                    line.append("pulled along by ").append(String.join(", ", d.pulledAlongBy()));
                }
                List<String> pulls = pulledAlong(analysis, d.id());
                if (!pulls.isEmpty()) {
                    line.append("; pulls along ").append(String.join(", ", pulls));
                }
            } else {
                line.append(": nothing to release since ").append(since).append(" (")
                        .append(d.commitCount()).append(d.commitCount() == 1 ? " commit" : " commits")
                        .append(" of its own)");
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The components that {@code id}'s release pulls along. */
    public static List<String> pulledAlong(ComponentAnalysis analysis, String id) {
        List<String> out = new ArrayList<>();
        for (ComponentDecision other : analysis.decisions()) {
            if (other.pulledAlongBy().contains(id)) {
                out.add(other.id());
            }
        }
        return out;
    }

    private static String deciding(VersionDecision own) {
        String last = own.reasons().get(own.reasons().size() - 1);
        int colon = last.indexOf(" bump: ");
        String text = colon > 0 && colon < 12 ? last.substring(colon + " bump: ".length()) : last;
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The elements of the JSON {@code components} array. */
    public static List<DecisionJson.ComponentEntry> entries(ComponentAnalysis analysis) {
        List<DecisionJson.ComponentEntry> out = new ArrayList<>();
        for (ComponentDecision d : analysis.decisions()) {
            out.add(new DecisionJson.ComponentEntry(d.id(),
                    d.lastTag().map(ReleaseTag::name).orElse(null),
                    d.currentVersion().map(Version::toString).orElse(null),
                    d.nextVersion().map(Version::toString).orElse(null), d.bump().id(),
                    d.commitCount(), d.pulledAlongBy(), d.reasons()));
        }
        return out;
    }

    /**
     * The top-level fields of the report when there are components: no last tag, current or
     * next version (each component has its own), the largest bump among the components, the
     * number of commits walked, and one reason per component.
     */
    public static VersionDecision summary(ComponentAnalysis analysis) {
        BumpKind largest = BumpKind.NONE;
        for (ComponentDecision d : analysis.decisions()) {
            if (d.released() && (largest == BumpKind.NONE || rank(d.bump()) > rank(largest))) {
                largest = d.bump();
            }
        }
        return new VersionDecision(Optional.empty(), Optional.empty(), Optional.empty(), largest,
                analysis.walked(), Map.of(), 0, java.util.Set.of(), lines(analysis),
                analysis.analysisMillis());
    }

    private static int rank(BumpKind kind) {
        return switch (kind) {
            case MAJOR -> 4;
            case MINOR -> 3;
            case PATCH -> 2;
            case PRERELEASE -> 1;
            case NONE -> 0;
        };
    }

    /**
     * The keys appended to {@code GITHUB_OUTPUT} besides the top-level ones:
     * {@code releasedComponents} (comma-separated ids) and {@code <id>_nextVersion} per component
     * (empty when it is not released).
     */
    public static Map<String, String> outputs(ComponentAnalysis analysis) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("releasedComponents", analysis.releasedIds());
        for (ComponentDecision d : analysis.decisions()) {
            out.put(d.id() + "_nextVersion", d.nextVersion().map(Version::toString).orElse(""));
        }
        return out;
    }
}
