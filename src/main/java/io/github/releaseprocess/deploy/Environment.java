package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Required;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One place a release runs: the project's own profiles and goals that deploy it there, the
 * environments that must hold a version first, and how to tell that it is healthy.
 *
 * @param id the name users type ({@code -Denvironment=staging})
 * @param profiles Maven profiles activated in the deployment build
 * @param goals goals or phases of the deployment build (default {@code deploy})
 * @param properties user properties of the deployment build
 * @param requires environments that must run the version successfully first
 * @param healthCheck how to tell it answers, if at all
 * @param monitor how long to watch after the health check, if at all
 * @param autoRollback redeploy the previous good version when the deployment fails
 * @param source the release tag (default) or the current commit (development environments)
 * @param timeout the longest the deployment build may run
 */
public record Environment(String id, List<String> profiles, List<String> goals,
        Map<String, String> properties, List<String> requires, Optional<HealthCheck> healthCheck,
        Optional<MonitorPolicy> monitor, boolean autoRollback, Source source, Duration timeout) {

    public static final List<String> DEFAULT_GOALS = List.of("deploy");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /** Where the deployed sources come from. */
    public enum Source {
        /** The exact sources of the release tag. */
        TAG,
        /** The commit HEAD points at, deployed with the POM's (snapshot) version. */
        HEAD;

        /** Reads {@code tag} or {@code head}. */
        public static Source parse(String text, String environment) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RefusalException("<environment><id>" + environment + "</id> has <source>"
                        + text + "</source>; use tag (the release tag, default) or head");
            }
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Environment {
        Required.nonNull("id healthCheck monitor source timeout", id, healthCheck, monitor, source,
                timeout);
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new RefusalException("<environment><id>" + id + "</id> is not a usable name;"
                    + " use letters, digits, '.', '_' and '-', e.g. staging");
        }
        profiles = List.copyOf(profiles);
        goals = goals.isEmpty() ? DEFAULT_GOALS : List.copyOf(goals);
        properties = Map.copyOf(properties);
        requires = List.copyOf(requires);
        if (requires.contains(id)) {
            throw new RefusalException("<environment><id>" + id + "</id> requires itself; list"
                    + " the environments that must hold a version first, e.g. staging");
        }
        if (monitor.isPresent() && healthCheck.isEmpty()
                && monitor.get().prometheus().isEmpty()) {
            throw new RefusalException("<environment><id>" + id + "</id> has a <monitor> but no"
                    + " <healthCheck> and no <prometheus> query; the monitor probes the health"
                    + " check's URL or evaluates the query, so add one");
        }
    }
}
