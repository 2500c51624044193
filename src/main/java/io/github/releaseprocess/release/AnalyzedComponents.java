package io.github.releaseprocess.release;

import io.github.releaseprocess.components.Component;
import io.github.releaseprocess.components.ComponentAnalysis;
import io.github.releaseprocess.components.ComponentAnalyzer;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.ComponentDecision;
import io.github.releaseprocess.components.ComponentGroup;
import io.github.releaseprocess.components.ComponentModel;
import io.github.releaseprocess.components.DependentsPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionRequest;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The components of a monorepo's release as the component analysis decides them
 * ({@link ComponentAnalyzer}: changed components, the dependents and group members they pull
 * along), restricted to {@code -Drelease-process.only} and what it pulls along.
 */
public final class AnalyzedComponents implements ComponentPlanner {

    private final ComponentConfig config;
    private final Path reactorRoot;
    private final List<Path> reactorPoms;
    private final NextVersionRequest versioning;
    private final List<String> only;

    /**
     * @param config the {@code <components>}, {@code <groups>} and related settings
     * @param reactorRoot the folder of the reactor's root POM
     * @param reactorPoms the reactor's POMs as the build collected them; empty: follow
     *     {@code <modules>}
     * @param versioning the versioning rules every component's commits are read with
     * @param only {@code -Drelease-process.only}: release only these and what they pull along;
     *     empty for every changed component
     */
    public AnalyzedComponents(ComponentConfig config, Path reactorRoot, List<Path> reactorPoms,
            NextVersionRequest versioning, List<String> only) {
        this.config = Objects.requireNonNull(config, "config");
        this.reactorRoot = reactorRoot;
        this.reactorPoms = List.copyOf(reactorPoms);
        this.versioning = versioning;
        this.only = List.copyOf(only);
    }

    @Override
    public List<ComponentRelease> plan(GitRepository repository, Reporter reporter)
            throws IOException {
        List<ReactorModule> reactor = ReactorReader.read(reactorRoot.resolve("pom.xml"),
                reactorPoms);
        ComponentModel model = ComponentModel.load(config, repository.workTree(), reactorRoot,
                reactor);
        checkKnown(only, model.ids(), "-Drelease-process.only");
        Map<String, List<AnalyzedCommit>> commits = new HashMap<>();
        ComponentAnalysis analysis = new ComponentAnalyzer(reporter).analyze(repository,
                versioning, model, id -> CommitSink.into(
                        commits.computeIfAbsent(id, k -> new ArrayList<>())),
                releaseVersions(model));
        Set<String> allowed = only.isEmpty() ? null : allowed(model, analysis);
        List<ComponentRelease> out = new ArrayList<>();
        for (ComponentDecision d : analysis.decisions()) {
            Component c = d.component();
            List<ReactorModule> modules = model.modules(c.id());
            boolean released = d.released() && (allowed == null || allowed.contains(c.id()));
            List<String> reasons = new ArrayList<>(d.reasons());
            if (d.released() && !released) {
                reasons.add("not released: -Drelease-process.only names "
                        + String.join(",", only) + ", and it is not pulled along by them");
            }
            out.add(new ComponentRelease(c.id(), modules.stream().map(ReactorModule::key)
                    .toList(), model.tagFormat(c.id()),
                    "none".equals(c.changelog()) ? Optional.empty()
                            : Optional.of(repository.workTree().resolve(c.changelog())),
                    currentVersion(modules, d), d.currentVersion(),
                    released ? d.nextVersion() : Optional.empty(), Optional.empty(), d.own(),
                    commits.getOrDefault(c.id(), List.of()), reasons, d.pulledAlongBy()));
        }
        return out;
    }

    /**
     * {@code -DreleaseVersion} with components: the version of the one component
     * {@code -Drelease-process.only} names; refused without exactly one, since one version for
     * several components (each with its own number) is never what is meant.
     */
    private Map<String, Version> releaseVersions(ComponentModel model) {
        Optional<Version> forced = versioning.releaseVersion();
        if (forced.isEmpty()) {
            return Map.of();
        }
        if (only.size() != 1) {
            throw new RefusalException("-Drelease-process.releaseVersion=" + forced.get()
                    + " gives one version, and this project has " + model.ids().size()
                    + " components (" + String.join(", ", model.ids()) + ") with numbers of"
                    + " their own" + (only.isEmpty() ? "" : ", " + only.size() + " of them"
                            + " named by -Drelease-process.only") + "; name the one it is for"
                    + " with -Drelease-process.only=ID (what it pulls along follows it as it"
                    + " follows a computed version), or leave it out; nothing was changed");
        }
        return Map.of(only.get(0), forced.get());
    }

    /**
     * The version the component's modules carry on disk: the one a module has as the next
     * snapshot of the last release ({@code 2.75.1-SNAPSHOT} after {@code 2.75.0}), else the first
     * module's; modules with other numbers move by the component's level.
     */
    private static String currentVersion(List<ReactorModule> modules, ComponentDecision d) {
        if (modules.isEmpty()) {
            return "";
        }
        Optional<String> next = d.currentVersion()
                .map(v -> v.toRelease().nextPatch().withPrerelease("SNAPSHOT").toString());
        for (ReactorModule m : modules) {
            if (next.filter(m.version()::equals).isPresent()
                    || d.currentVersion().map(Object::toString).filter(m.version()::equals)
                            .isPresent()) {
                return m.version();
            }
        }
        return modules.get(0).version();
    }

    /**
     * The components {@code only} lets be released: those it names, the components that depend
     * on them (unless {@code dependents} is none) and the members of their groups, until nothing
     * more is pulled along.
     */
    private Set<String> allowed(ComponentModel model, ComponentAnalysis analysis) {
        Set<String> allowed = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(only);
        while (!todo.isEmpty()) {
            String id = todo.removeFirst();
            if (!allowed.add(id)) {
                continue;
            }
            if (config.dependents() != DependentsPolicy.NONE
                    && analysis.decision(id).map(ComponentDecision::released).orElse(false)) {
                todo.addAll(model.graph().dependentsOf(id));
            }
            for (ComponentGroup group : model.groups()) {
                if (group.members().contains(id)) {
                    todo.addAll(group.members());
                }
            }
        }
        return allowed;
    }

    /**
     * Refuses ids that name no component, with the nearest id as a suggestion.
     *
     * @param what the property, for the message, e.g. {@code -Drelease-process.only}
     */
    public static void checkKnown(List<String> ids, List<String> known, String what) {
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new RefusalException(what + " names the component '" + id + "', which"
                        + " is not one of " + String.join(", ", known) + suggestion(id, known)
                        + "; nothing was changed");
            }
        }
    }

    private static String suggestion(String id, List<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance.apply(id.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 3)
                ? " (did you mean '" + best + "'?)" : "";
    }

    /** Splits a comma-separated list of ids, e.g. {@code -Drelease-process.only=a,b}. */
    public static List<String> ids(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank() && !out.contains(part.strip())) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
