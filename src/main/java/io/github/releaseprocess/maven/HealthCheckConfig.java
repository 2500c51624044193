package io.github.releaseprocess.maven;

/**
 * {@code <healthCheck>} of an {@code <environment>} as Maven fills it from the POM; see
 * {@link io.github.releaseprocess.deploy.HealthCheck} for the meaning.
 */
public class HealthCheckConfig {
    /** The URL to GET; {@code @{version}} and {@code @{environment}} are substituted. */
    String url;
    /** The HTTP status that counts as healthy; default 200. */
    Integer expectedStatus;
    /** Text the body must contain, e.g. the version; optional. */
    String bodyContains;
    /** Time limit of each request; default 10s. */
    String timeout;
    /** How many more times to try after a failed request; default 5. */
    Integer retries;
    /** Pause between tries; default 5s. */
    String interval;
    /**
     * Allow a URL whose host is at a link-local address (169.254.0.0/16, fe80::/10), where cloud
     * metadata services answer; default false.
     */
    boolean allowLinkLocal;
}
