package io.github.releaseprocess.deploy;

import java.util.Locale;
import java.util.Optional;

/**
 * What the health check (and the monitor window, when there is one) saw.
 *
 * @param healthy the verdict
 * @param checks requests made
 * @param failures requests that did not answer as expected
 * @param p50Millis median latency of the answered requests (empty when none answered)
 * @param p95Millis 95th percentile latency of the answered requests
 * @param message one sentence: the verdict and, when unhealthy, the last thing that went wrong
 * @param prometheus what the monitor window's Prometheus query saw, when it has one
 */
public record HealthReport(boolean healthy, int checks, int failures, Optional<Long> p50Millis,
        Optional<Long> p95Millis, String message, Optional<MetricsReport> prometheus) {

    public HealthReport {
        java.util.Objects.requireNonNull(prometheus, "prometheus");
    }

    /** A report of health probes only. */
    public HealthReport(boolean healthy, int checks, int failures, Optional<Long> p50Millis,
            Optional<Long> p95Millis, String message) {
        this(healthy, checks, failures, p50Millis, p95Millis, message, Optional.empty());
    }

    /** For deployments without a health check. */
    public static HealthReport notChecked() {
        return new HealthReport(true, 0, 0, Optional.empty(), Optional.empty(),
                "no health check configured");
    }

    /** The figures in a few words for logs: {@code 3 checks, 0 failed, p50 12 ms, p95 40 ms}. */
    public String figures() {
        StringBuilder s = new StringBuilder();
        s.append(checks).append(checks == 1 ? " check, " : " checks, ").append(failures)
                .append(" failed");
        p50Millis.ifPresent(p -> s.append(String.format(Locale.ROOT, ", p50 %d ms", p)));
        p95Millis.ifPresent(p -> s.append(String.format(Locale.ROOT, ", p95 %d ms", p)));
        prometheus.ifPresent(m -> s.append("; Prometheus: ").append(m.figures()));
        return s.toString();
    }
}
