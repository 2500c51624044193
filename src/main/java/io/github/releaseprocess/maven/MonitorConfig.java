package io.github.releaseprocess.maven;

/**
 * {@code <monitor>} of an {@code <environment>} as Maven fills it from the POM; see
 * {@link io.github.releaseprocess.deploy.MonitorPolicy} for the meaning.
 */
public class MonitorConfig {
    /** How long to watch after the health check, e.g. 10m. */
    String window;
    /** Pause between probes; default 15s. */
    String interval;
    /** Failed probes allowed: a count (3) or a share (5%); default 5%. */
    String errorBudget;
    /** A PromQL query watched through the window beside the health check; optional. */
    PrometheusConfig prometheus;
}
