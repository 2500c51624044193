package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.deploy.Environment;
import io.github.releaseprocess.history.TagFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The POM's {@code <environment>} as the core's immutable {@link Environment}. */
class EnvironmentConfigTest {

    private static EnvironmentConfig production() {
        EnvironmentConfig config = new EnvironmentConfig();
        config.id = "production";
        config.profiles = List.of(" production ");
        config.requires = List.of("staging");
        Map<String, String> properties = new HashMap<>();
        properties.put("empty", null);
        config.properties = properties;
        config.healthCheck = new HealthCheckConfig();
        config.healthCheck.url = "https://shop.example.com/health";
        config.healthCheck.timeout = "PT3S";
        config.monitor = new MonitorConfig();
        config.monitor.window = "10m";
        config.autoRollback = true;
        return config;
    }

    @Test
    void shouldApplyTheDocumentedDefaults() {
        Environment env = production().toEnvironment();
        assertEquals(List.of("production"), env.profiles());
        assertEquals(List.of("deploy"), env.goals());
        assertEquals(Map.of("empty", ""), env.properties());
        assertEquals(Environment.Source.TAG, env.source());
        assertEquals(Duration.ofMinutes(30), env.timeout());
        assertEquals(200, env.healthCheck().get().expectedStatus());
        assertEquals(Duration.ofSeconds(3), env.healthCheck().get().timeout());
        assertEquals(5, env.healthCheck().get().retries());
        assertEquals(Duration.ofSeconds(15), env.monitor().get().interval());
        assertEquals("5%", env.monitor().get().errorBudget());
        assertTrue(env.autoRollback());
    }

    @Test
    void shouldRefuseAMonitorWithoutHealthCheckNamingTheEnvironment() {
        EnvironmentConfig config = production();
        config.healthCheck = null;
        RefusalException e = assertThrows(RefusalException.class, config::toEnvironment);
        assertEquals("<environment><id>production</id> has a <monitor> but no <healthCheck>"
                + " and no <prometheus> query; the monitor probes the health check's URL or"
                + " evaluates the query, so add one", e.getMessage());
    }

    @Test
    void shouldAcceptAMonitorWithAPrometheusQueryAndReadTheThresholdAsAShare() {
        EnvironmentConfig config = production();
        config.healthCheck = null;
        config.monitor.prometheus = new PrometheusConfig();
        config.monitor.prometheus.url = "http://127.0.0.1:9090";
        config.monitor.prometheus.query = "sum(rate(errors[@{sinceDeployment}]))";
        config.monitor.prometheus.threshold = "1%";
        Environment env = config.toEnvironment();
        assertEquals(0.01, env.monitor().get().prometheus().get().threshold(), 1e-12);
        config.monitor.prometheus.threshold = "a few";
        RefusalException e = assertThrows(RefusalException.class, config::toEnvironment);
        assertEquals("<environment><id>production</id><monitor><prometheus><threshold>a few"
                + "</threshold> is not a number; write e.g. 0.01 or 1%", e.getMessage());
    }

    @Test
    void shouldRefuseABadDurationNamingThePomElement() {
        EnvironmentConfig config = production();
        config.healthCheck.interval = "often";
        RefusalException e = assertThrows(RefusalException.class, config::toEnvironment);
        assertTrue(e.getMessage().startsWith("<environment><id>production</id><healthCheck>"
                + "<interval> 'often' is not a duration"), e.getMessage());
    }

    @Test
    void shouldRefuseRequiresOfAnEnvironmentThatIsNotConfigured() {
        RefusalException e = assertThrows(RefusalException.class, () -> EnvironmentConfig
                .settings(List.of(production()), Path.of("."), Path.of("target"),
                        TagFormat.of("v@{version}", "demo"), Optional.empty()));
        assertEquals("<environment><id>production</id> requires 'staging', which is not in"
                + " <environments>; configured: production", e.getMessage());
    }
}
