package io.github.releaseprocess.maven;

import io.github.releaseprocess.deploy.Durations;
import io.github.releaseprocess.deploy.Environment;
import io.github.releaseprocess.deploy.HealthCheck;
import io.github.releaseprocess.deploy.MonitorPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.deploy.DeploySettings;
import io.github.releaseprocess.history.TagFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code <environment>} of {@code <environments>} as Maven fills it from the POM; converted
 * into the core's immutable {@link Environment} by {@link #toEnvironment()}.
 */
public class EnvironmentConfig {
    /** The name users type: {@code -Denvironment=staging}. */
    String id;
    /** Maven profiles of the deployment build. */
    List<String> profiles;
    /** Goals or phases of the deployment build; default {@code deploy}. */
    List<String> goals;
    /** User properties of the deployment build. */
    Map<String, String> properties;
    /** Environments that must run the version successfully first. */
    List<String> requires;
    /** How to tell that the deployment answers. */
    HealthCheckConfig healthCheck;
    /** How long to watch it afterwards. */
    MonitorConfig monitor;
    /** Redeploy the previous good version when the deployment fails or is unhealthy. */
    boolean autoRollback;
    /** {@code tag} (default): the release tag; {@code head}: the current commit as a snapshot. */
    String source;
    /** Longest the deployment build may run; default 30m. */
    String timeout;

    /** The core's view of this environment. */
    Environment toEnvironment() {
        if (id == null || id.isBlank()) {
            throw new RefusalException("An <environment> in <environments> has no <id>; give"
                    + " each one, e.g. <id>staging</id>");
        }
        String where = "<environment><id>" + id + "</id>";
        Optional<HealthCheck> health = Optional.ofNullable(healthCheck).map(h -> {
            if (h.url == null || h.url.isBlank()) {
                throw new RefusalException(where + " has a <healthCheck> without <url>; add"
                        + " the URL to GET, e.g. https://staging.example.com/health");
            }
            return new HealthCheck(h.url.trim(),
                    h.expectedStatus == null ? HealthCheck.DEFAULT_STATUS : h.expectedStatus,
                    Optional.ofNullable(h.bodyContains).filter(b -> !b.isEmpty()),
                    duration(h.timeout, HealthCheck.DEFAULT_TIMEOUT,
                            where + "<healthCheck><timeout>"),
                    h.retries == null ? HealthCheck.DEFAULT_RETRIES : h.retries,
                    duration(h.interval, HealthCheck.DEFAULT_INTERVAL,
                            where + "<healthCheck><interval>"), h.allowLinkLocal);
        });
        Optional<MonitorPolicy> watch = Optional.ofNullable(monitor).map(m -> {
            if (m.window == null || m.window.isBlank()) {
                throw new RefusalException(where + " has a <monitor> without <window>; say how"
                        + " long to watch, e.g. <window>10m</window>");
            }
            return new MonitorPolicy(duration(m.window, null, where + "<monitor><window>"),
                    duration(m.interval, Duration.ofSeconds(15), where + "<monitor><interval>"),
                    m.errorBudget == null || m.errorBudget.isBlank()
                            ? MonitorPolicy.DEFAULT_ERROR_BUDGET : m.errorBudget,
                    Optional.ofNullable(m.prometheus).map(p -> p.toQuery(where)));
        });
        return new Environment(id.trim(), clean(profiles), clean(goals),
                properties(), clean(requires), health, watch,
                autoRollback,
                source == null || source.isBlank() ? Environment.Source.TAG
                        : Environment.Source.parse(source, id),
                duration(timeout, Environment.DEFAULT_TIMEOUT, where + "<timeout>"));
    }

    /**
     * The deployment settings of a project from its {@code <environments>}.
     *
     * @param buildDir the project's build directory; working copies go under it
     */
    static DeploySettings settings(List<EnvironmentConfig> environments, Path projectDir,
            Path buildDir, TagFormat tagFormat, Optional<String> projectVersion) {
        List<Environment> converted = environments == null ? List.of()
                : environments.stream().map(EnvironmentConfig::toEnvironment).toList();
        return new DeploySettings(projectDir, buildDir.resolve("release-process")
                .resolve("deploy"), converted, tagFormat, projectVersion);
    }

    private Map<String, String> properties() {
        Map<String, String> values = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((k, v) -> values.put(k, v == null ? "" : v));
        }
        return values;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static Duration duration(String text, Duration fallback, String element) {
        return text == null || text.isBlank() ? fallback : Durations.parse(text, element);
    }
}
