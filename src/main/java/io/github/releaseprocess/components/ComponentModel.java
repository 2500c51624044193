package io.github.releaseprocess.components;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.ModuleReference;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReferences;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The components of a repository as resolved against its reactor: each with its tag format and
 * its modules, the groups, which component owns a path, and the dependency graph. Built once per
 * run; validated on construction with sentences that name the setting to fix.
 */
public final class ComponentModel {

    private final ComponentConfig config;
    private final List<Component> components;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, TagFormat> tagFormats = new LinkedHashMap<>();
    private final Map<String, List<ReactorModule>> modules = new LinkedHashMap<>();
    private final Map<String, String> componentOfModule = new HashMap<>();
    private final PathOwnership ownership;
    private final ComponentGraph graph;

    private ComponentModel(ComponentConfig config, List<Component> components, Path repositoryRoot,
            List<ReactorModule> reactor, List<ModuleReference> references) {
        this.config = config;
        this.components = List.copyOf(components);
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (index.put(c.id(), i) != null) {
                throw new RefusalException("Two components have the id '" + c.id() + "'; give"
                        + " each <component> an <id> of its own");
            }
            tagFormats.put(c.id(), c.resolvedTagFormat());
            modules.put(c.id(), new ArrayList<>());
        }
        validatePaths();
        validateTagFormats();
        validateGroups();
        this.ownership = new PathOwnership(components);
        for (ReactorModule m : reactor) {
            String folder = relativeFolder(repositoryRoot, m.pom());
            int owner = ownership.ownerOfFile(folder.isEmpty() ? "pom.xml" : folder + "/pom.xml");
            if (owner >= 0) {
                String id = components.get(owner).id();
                modules.get(id).add(m);
                componentOfModule.put(m.key(), id);
            }
        }
        List<ComponentGraph.Edge> edges = new ArrayList<>();
        for (ModuleReference r : references) {
            String to = componentOfModule.get(r.target());
            if (to != null) {
                edges.add(new ComponentGraph.Edge(Optional.ofNullable(componentOfModule
                        .get(r.from())), to, r));
            }
        }
        this.graph = new ComponentGraph(ids(), edges);
    }

    /**
     * Resolves the configuration against the reactor, reading the references between its POMs.
     *
     * @param repositoryRoot the top of the git work tree: component paths are relative to it
     * @param reactorRoot the folder of the reactor's root POM (where {@code .mvn/} is)
     * @param reactor the reactor's modules, root first; empty without a POM
     */
    public static ComponentModel load(ComponentConfig config, Path repositoryRoot, Path reactorRoot,
            List<ReactorModule> reactor) throws IOException {
        List<ModuleReference> references = reactor.isEmpty() ? List.of()
                : ReactorReferences.read(reactorRoot, reactor);
        List<Component> components = new ArrayList<>(config.components());
        if (config.versioning() == Versioning.INDEPENDENT) {
            components = independent(config, repositoryRoot, reactor, references);
        }
        return new ComponentModel(config, components, repositoryRoot, reactor, references);
    }

    /**
     * One component made of the given paths, for {@code -Drelease-process.paths}: a package
     * inside any git repository versioned alone. Its id is the last part of the first path.
     *
     * @param paths folders or files relative to the repository root
     * @param tagFormat its release tags ({@code @{component}} stands for the id)
     */
    public static ComponentModel ofPaths(List<String> paths, String tagFormat) {
        if (paths.isEmpty()) {
            throw new RefusalException("-Drelease-process.paths is empty; give the package's"
                    + " folders, e.g. -Drelease-process.paths=packages/app");
        }
        String first = Component.normalize(paths.get(0));
        String name = first.isEmpty() ? "root" : first.substring(first.lastIndexOf('/') + 1)
                .replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[._-]+", "");
        Component c = new Component(name.isEmpty() ? "package" : name, first,
                paths.subList(1, paths.size()), List.of(), tagFormat, null);
        ComponentConfig config = new ComponentConfig(Versioning.SINGLE, List.of(c), List.of(),
                DependentsPolicy.NONE, false);
        return new ComponentModel(config, List.of(c), Path.of("."), List.of(), List.of());
    }

    /** Every module with a version of its own is a component; configured ones refine them. */
    private static List<Component> independent(ComponentConfig config, Path repositoryRoot,
            List<ReactorModule> reactor, List<ModuleReference> references) throws IOException {
        Map<String, Component> configured = new LinkedHashMap<>();
        for (Component c : config.components()) {
            configured.put(c.id(), c);
        }
        Map<String, Component> out = new LinkedHashMap<>();
        for (ReactorModule m : reactor) {
            if (!ReactorReferences.declaresVersion(m.pom())) {
                continue; // inherits its version: it belongs to its parent's component
            }
            Component own = configured.remove(m.artifactId());
            out.put(m.artifactId(), own != null ? own
                    : Component.of(m.artifactId(), relativeFolder(repositoryRoot, m.pom())));
        }
        out.putAll(configured);
        return new ArrayList<>(out.values());
    }

    private static String relativeFolder(Path repositoryRoot, Path pom) {
        Path top = repositoryRoot.toAbsolutePath().normalize();
        Path folder = pom.toAbsolutePath().normalize().getParent();
        if (!folder.startsWith(top)) {
            return folder.toString();
        }
        return top.relativize(folder).toString().replace('\\', '/');
    }

    private void validatePaths() {
        Map<String, String> seen = new HashMap<>();
        for (Component c : components) {
            for (String p : c.allPaths()) {
                String other = seen.putIfAbsent(p, c.id());
                if (other != null && !other.equals(c.id())) {
                    throw new RefusalException("Components '" + other + "' and '" + c.id()
                            + "' both claim the path '" + (p.isEmpty() ? "." : p) + "'; a path"
                            + " belongs to one component (a nested folder may be another"
                            + " component): change the <path> or <paths> of one of them");
                }
            }
        }
    }

    private void validateTagFormats() {
        Version example = Version.of(1, 2, 3);
        Map<String, String> examples = new HashMap<>();
        for (Component c : components) {
            examples.put(c.id(), tagFormats.get(c.id()).tagFor(example));
        }
        for (Component a : components) {
            for (Component b : components) {
                if (a == b) {
                    continue;
                }
                String tag = examples.get(b.id());
                if (tagFormats.get(a.id()).versionOf(tag).isPresent()) {
                    throw new RefusalException("The tag formats of components '" + a.id() + "' ("
                            + tagFormats.get(a.id()).pattern() + ") and '" + b.id() + "' ("
                            + tagFormats.get(b.id()).pattern() + ") cannot tell their releases"
                            + " apart: " + tag + " would be a release of both. Put "
                            + TagFormat.COMPONENT + " (or a fixed name) in each <tagFormat>");
                }
            }
        }
    }

    private void validateGroups() {
        Map<String, String> groupOf = new HashMap<>();
        Set<String> groupIds = new java.util.HashSet<>();
        for (ComponentGroup g : config.groups()) {
            if (!groupIds.add(g.id())) {
                throw new RefusalException("Two groups have the id '" + g.id() + "'; give each"
                        + " <group> an <id> of its own");
            }
            if (g.members().isEmpty()) {
                throw new RefusalException("Group '" + g.id() + "' has no <members>; list the"
                        + " ids of its components as <member> elements");
            }
            for (String member : g.members()) {
                if (!index.containsKey(member)) {
                    throw new RefusalException("Group '" + g.id() + "' lists member '" + member
                            + "', which is not a component; the components are " + ids()
                            + ". Fix the <member> or add the component");
                }
                String other = groupOf.putIfAbsent(member, g.id());
                if (other != null) {
                    throw new RefusalException("Component '" + member + "' is a member of the"
                            + " groups '" + other + "' and '" + g.id() + "'; a component"
                            + " belongs to one group at most");
                }
            }
        }
    }

    /** The settings this model was built from. */
    public ComponentConfig config() {
        return config;
    }

    /** The components, in configuration (or reactor) order. */
    public List<Component> components() {
        return components;
    }

    /** The component ids, in order. */
    public List<String> ids() {
        return new ArrayList<>(index.keySet());
    }

    /** The component with this id. */
    public Optional<Component> component(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(components.get(i));
    }

    /** The position of a component in {@link #components()}, or -1. */
    public int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /** The tag format of a component, {@code @{component}} substituted. */
    public TagFormat tagFormat(String id) {
        return tagFormats.get(id);
    }

    /** The reactor modules a component owns (by folder), reactor order. */
    public List<ReactorModule> modules(String id) {
        return List.copyOf(modules.getOrDefault(id, List.of()));
    }

    /** The component that owns a module ({@code groupId:artifactId}), if any. */
    public Optional<String> componentOfModule(String moduleKey) {
        return Optional.ofNullable(componentOfModule.get(moduleKey));
    }

    /** The component that owns a path relative to the repository root, if any. */
    public Optional<String> ownerOf(String path) {
        int i = ownership.ownerOfFile(Component.normalize(path));
        return i < 0 ? Optional.empty() : Optional.of(components.get(i).id());
    }

    /** The groups, as configured. */
    public List<ComponentGroup> groups() {
        return config.groups();
    }

    /** The group of a component, if it is in one. */
    public Optional<ComponentGroup> groupOf(String id) {
        return config.groups().stream().filter(g -> g.members().contains(id)).findFirst();
    }

    /** Which component depends on which. */
    public ComponentGraph graph() {
        return graph;
    }

    /** Says which component owns a changed path, for the history walk. */
    PathOwnership ownership() {
        return ownership;
    }
}
