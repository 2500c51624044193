package io.github.releaseprocess.build;

import io.github.releaseprocess.core.Required;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One nested Maven build (the release's test build, a deployment): the POM to run, its goals and
 * profiles, the user properties, the longest it may take, the variables added to the build's
 * environment, and further command-line arguments (from {@code -Drelease-process.arguments}),
 * each one a separate element that no shell ever splits or expands.
 */
public record BuildInvocation(Path pomFile, List<String> goals, List<String> profiles,
        Map<String, String> properties, Duration timeout, Map<String, String> environment,
        List<String> arguments) {

    public BuildInvocation {
        Required.nonNull("pomFile timeout", pomFile, timeout);
        goals = List.copyOf(goals);
        environment = Map.copyOf(environment);
        // -D and -P among the arguments join the properties and profiles, so that a secret given
        // as -Dname=value is handled like any other property (never put on the command line).
        List<String> allProfiles = new ArrayList<>(profiles);
        Map<String, String> allProperties = new LinkedHashMap<>(properties);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            boolean separate = (a.equals("-D") || a.equals("-P")) && i + 1 < arguments.size();
            String value = separate ? arguments.get(++i) : a.length() > 2 ? a.substring(2) : "";
            if (a.startsWith("-D") && !value.isEmpty()) {
                int eq = value.indexOf('=');
                allProperties.put(eq < 0 ? value : value.substring(0, eq),
                        eq < 0 ? "true" : value.substring(eq + 1));
            } else if (a.startsWith("-P") && !value.isEmpty()) {
                Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                        .forEach(allProfiles::add);
            } else {
                others.add(a);
            }
        }
        profiles = List.copyOf(allProfiles);
        properties = Map.copyOf(allProperties);
        arguments = List.copyOf(others);
    }

    /** A build with nothing added to its environment and no further arguments. */
    public BuildInvocation(Path pomFile, List<String> goals, List<String> profiles,
            Map<String, String> properties, Duration timeout) {
        this(pomFile, goals, profiles, properties, timeout, Map.of(), List.of());
    }

    /** A build with variables added to its environment and no further arguments. */
    public BuildInvocation(Path pomFile, List<String> goals, List<String> profiles,
            Map<String, String> properties, Duration timeout, Map<String, String> environment) {
        this(pomFile, goals, profiles, properties, timeout, environment, List.of());
    }

    /**
     * The command line as people would type it, for logs: {@code mvn -B -f pom.xml -P… -D…
     * goals}, every secret value masked (by the property's name and by the value itself). It is
     * never run: the real command is an argument list that no shell splits, and secrets are not
     * even on it (see
     * {@link ProcessBuildRunner}).
     */
    public String describe(SecretMasker masker) {
        StringBuilder s = new StringBuilder("mvn -B");
        s.append(" -f ").append(pomFile.getFileName());
        if (!profiles.isEmpty()) {
            s.append(" -P").append(String.join(",", profiles));
        }
        new TreeMap<>(properties).forEach((k, v) -> s.append(" -D").append(masker.mask(k))
                .append('=').append(masker.maskValue(k, v)));
        arguments.forEach(a -> s.append(' ').append(masker.isSecret("", a) ? SecretMasker.MASK
                : masker.mask(a)));
        goals.forEach(g -> s.append(' ').append(masker.mask(g)));
        return s.toString();
    }
}
