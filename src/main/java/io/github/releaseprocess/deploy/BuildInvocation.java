package io.github.releaseprocess.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Maven build (a deployment, the release's test build): the POM to run, its goals and
 * profiles, the user properties, variables added to the build's environment (never shown on its
 * command line) and the longest it may take.
 */
public record BuildInvocation(Path pomFile, List<String> goals, List<String> profiles,
        Map<String, String> properties, Map<String, String> environment, Duration timeout) {

    public BuildInvocation {
        Objects.requireNonNull(pomFile, "pomFile");
        goals = List.copyOf(goals);
        profiles = List.copyOf(profiles);
        properties = Map.copyOf(properties);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The command line as people would type it, for logs, with secret values masked; it is never
     * run through a shell.
     */
    public String describe(SecretMasker masker) {
        StringBuilder s = new StringBuilder("mvn -B");
        s.append(" -f ").append(pomFile.getFileName());
        if (!profiles.isEmpty()) {
            s.append(" -P").append(String.join(",", profiles));
        }
        new java.util.TreeMap<>(properties).forEach((k, v) -> s.append(" -D").append(k)
                .append('=').append(masker.maskValue(k, v)));
        goals.forEach(g -> s.append(' ').append(g));
        return s.toString();
    }
}
