package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.deploy.Deployer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The {@code release-process.*} user properties of a run, judged against the properties the
 * plugin's goals declare (read from the generated plugin descriptor, so a new parameter is known
 * without a list to keep): an unknown one is refused with the nearest known name, a known one the
 * running goal does not use gets a DEBUG line. It also resolves the short aliases
 * ({@code -DdryRun}) of the namespaced properties ({@code -Drelease-process.dryRun}).
 */
final class PluginProperties {

    /** The namespace of the plugin's user properties. */
    static final String PREFIX = "release-process.";

    /**
     * Parameters whose short user property stays an alias of {@code release-process.NAME}: the
     * names maven-release-plugin users type, and the ones 0.1.0 documented.
     */
    static final List<String> ALIASES = List.of("dryRun", "releaseVersion", "developmentVersion",
            "environment", "version", "from", "newVersion", "arguments");

    /** Properties the plugin sets itself, for later plugins or for the builds it starts. */
    static final Set<String> SET_BY_PLUGIN = Set.of(NextVersionMojo.NEXT_VERSION_PROPERTY,
            Deployer.ENVIRONMENT_PROPERTY, Deployer.VERSION_PROPERTY);

    /** Reserved for the plugin's own tests (the step hooks that simulate a killed release). */
    static final String TEST_HOOKS = PREFIX + "test.";

    private final Map<String, Set<String>> propertiesByGoal;
    private final Set<String> declared = new TreeSet<>();
    private final Set<String> known = new TreeSet<>();

    /**
     * @param propertiesByGoal goal → the user properties its parameters declare (every goal of
     *     the plugin, from the plugin descriptor)
     */
    PluginProperties(Map<String, Set<String>> propertiesByGoal) {
        this.propertiesByGoal = Map.copyOf(propertiesByGoal);
        propertiesByGoal.values().forEach(declared::addAll);
        known.addAll(declared);
        known.addAll(SET_BY_PLUGIN);
    }

    /** Every {@code release-process.*} name some goal knows, sorted. */
    Set<String> known() {
        return java.util.Collections.unmodifiableSet(known);
    }

    /**
     * Refuses a {@code release-process.*} user property that no goal knows, naming the nearest
     * known one; returns a line for each known property the given goal does not use.
     *
     * @throws RefusalException naming every unknown property
     */
    List<String> check(Properties user, String goal) {
        Set<String> used = propertiesByGoal.getOrDefault(goal, Set.of());
        List<String> unknown = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (String name : new TreeSet<>(user.stringPropertyNames())) {
            if (!name.startsWith(PREFIX) || name.startsWith(TEST_HOOKS)) {
                continue;
            }
            if (!known.contains(name)) {
                unknown.add("-D" + name + suggestion(name).map(s -> " (did you mean -D" + s + "?)")
                        .orElse(""));
            } else if (!used.contains(name) && declared.contains(name)) {
                unused.add("-D" + name + " is not a setting of " + goal + "; it is ignored here");
            }
        }
        if (!unknown.isEmpty()) {
            throw new RefusalException((unknown.size() == 1 ? "The user property " : "The user"
                    + " properties ") + String.join(", ", unknown) + (unknown.size() == 1
                            ? " is" : " are") + " not known to any goal of release-process, and"
                    + " a misspelt setting must not change what the run does; correct "
                    + (unknown.size() == 1 ? "it" : "them") + " (mvn release-process:help"
                    + " -Ddetail lists every property). Nothing was changed.");
        }
        return unused;
    }

    /**
     * The value given on the command line for parameter {@code name} under
     * {@code release-process.NAME} or its alias {@code NAME}: the namespaced one when only it is
     * given, the alias when only it is given, and a refusal when both are given with different
     * values (a flag given without a value, {@code -DdryRun}, counts as {@code true}).
     */
    static Optional<String> given(Properties user, String name) {
        String namespaced = user.getProperty(PREFIX + name);
        String alias = user.getProperty(name);
        if (namespaced != null && alias != null
                && !normalised(namespaced).equals(normalised(alias))) {
            throw new RefusalException("-D" + PREFIX + name + "=" + namespaced + " and -D" + name
                    + "=" + alias + " disagree; -D" + name + " is the short form of the same"
                    + " setting, so give only one of them.");
        }
        return Optional.ofNullable(namespaced != null ? namespaced : alias);
    }

    private static String normalised(String value) {
        String v = value.trim();
        return v.isEmpty() ? "true" : v;
    }

    /** The known name nearest to a misspelt one, when one is near enough to be meant. */
    Optional<String> suggestion(String name) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int tolerance = Math.max(2, (name.length() - PREFIX.length()) / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }
}
