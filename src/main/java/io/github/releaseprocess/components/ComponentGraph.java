package io.github.releaseprocess.components;

import io.github.releaseprocess.versionfiles.ModuleReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which component depends on which, from the references between the reactor's POMs: component A
 * depends on B when a POM of A names a module of B as parent, dependency, managed dependency or
 * imported BOM, plugin, managed plugin or extension (directly or through a version property).
 * Every reference is kept, with its place in the POM, for the release that rewrites it.
 */
public final class ComponentGraph {

    /**
     * One reference between modules, with the components on each side.
     *
     * @param from the component of the referencing module, or empty when no component owns it
     * @param to the component of the referenced module
     * @param reference where and how the POM references the module
     */
    public record Edge(Optional<String> from, String to, ModuleReference reference) {
    }

    private final List<Edge> edges;
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, Set<String>> dependents = new LinkedHashMap<>();

    ComponentGraph(List<String> ids, List<Edge> edges) {
        this.edges = List.copyOf(edges);
        for (String id : ids) {
            dependencies.put(id, new LinkedHashSet<>());
            dependents.put(id, new LinkedHashSet<>());
        }
        for (Edge e : edges) {
            if (e.from().isPresent() && !e.from().get().equals(e.to())) {
                dependencies.get(e.from().get()).add(e.to());
                dependents.get(e.to()).add(e.from().get());
            }
        }
    }

    /** Every reference to a module that a component owns, in reactor order, then POM order. */
    public List<Edge> edges() {
        return edges;
    }

    /** The references that point into component {@code id} (from any module, itself included). */
    public List<Edge> referencesTo(String id) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.to().equals(id)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The components {@code id} depends on directly. */
    public Set<String> dependenciesOf(String id) {
        return Collections.unmodifiableSet(dependencies.getOrDefault(id, Set.of()));
    }

    /** The components that depend on {@code id} directly. */
    public Set<String> dependentsOf(String id) {
        return Collections.unmodifiableSet(dependents.getOrDefault(id, Set.of()));
    }

    /** The components that depend on {@code id} directly or through others, nearest first. */
    public Set<String> transitiveDependentsOf(String id) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(dependentsOf(id));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (!next.equals(id) && out.add(next)) {
                todo.addAll(dependentsOf(next));
            }
        }
        return out;
    }

    /** A reference that makes {@code from} depend on {@code to}, for the reasons shown. */
    public Optional<ModuleReference> why(String from, String to) {
        for (Edge e : edges) {
            if (e.from().filter(from::equals).isPresent() && e.to().equals(to)) {
                return Optional.of(e.reference());
            }
        }
        return Optional.empty();
    }
}
