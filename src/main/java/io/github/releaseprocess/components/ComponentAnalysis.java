package io.github.releaseprocess.components;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer for a monorepo: a decision per component, in the model's order, and the graph.
 *
 * @param decisions one per component
 * @param graph which component depends on which, with every reference between them
 * @param walked commits the history walk visited (since the oldest of the last releases)
 * @param analysisMillis time of the walk and the decisions
 * @param diffMillis of which comparing trees
 */
public record ComponentAnalysis(List<ComponentDecision> decisions, ComponentGraph graph,
        long walked, long analysisMillis, long diffMillis) {

    public ComponentAnalysis {
        decisions = List.copyOf(decisions);
    }

    /** The decision of one component. */
    public Optional<ComponentDecision> decision(String id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The components released, in order. */
    public List<ComponentDecision> released() {
        return decisions.stream().filter(ComponentDecision::released)
                .collect(Collectors.toList());
    }

    /** The ids of the released components, comma-separated (for GITHUB_OUTPUT). */
    public String releasedIds() {
        return released().stream().map(ComponentDecision::id).collect(Collectors.joining(","));
    }
}
