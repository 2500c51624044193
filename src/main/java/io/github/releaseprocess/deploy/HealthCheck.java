package io.github.releaseprocess.deploy;

import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Required;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * How to tell that a deployment answers: a GET of {@code url} must return {@code expectedStatus}
 * (and contain {@code bodyContains}, when set) within {@code timeout}; it is tried
 * {@code 1 + retries} times, {@code interval} apart. The URL may contain {@code @{version}} and
 * {@code @{environment}}. A host at a link-local address (169.254.0.0/16, fe80::/10: cloud
 * metadata services answer there) is refused unless {@code allowLinkLocal}.
 */
public record HealthCheck(String url, int expectedStatus, Optional<String> bodyContains,
        Duration timeout, int retries, Duration interval, boolean allowLinkLocal) {

    public static final int DEFAULT_STATUS = 200;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 5;
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    /** A health check that refuses link-local addresses. */
    public HealthCheck(String url, int expectedStatus, Optional<String> bodyContains,
            Duration timeout, int retries, Duration interval) {
        this(url, expectedStatus, bodyContains, timeout, retries, interval, false);
    }

    public HealthCheck {
        Required.nonNull("url bodyContains timeout interval", url, bodyContains, timeout, interval);
        if (expectedStatus < 100 || expectedStatus > 599) {
            throw new RefusalException("<healthCheck><expectedStatus>" + expectedStatus
                    + "</expectedStatus> is not an HTTP status; use a number from 100 to 599");
        }
        if (retries < 0) {
            throw new RefusalException("<healthCheck><retries>" + retries + "</retries> is"
                    + " negative; use 0 or more");
        }
        if (timeout.isZero()) {
            throw new RefusalException("<healthCheck><timeout> is zero; every request needs a"
                    + " time limit such as 10s");
        }
    }

    /**
     * The URL for one deployment, with {@code @{version}} and {@code @{environment}} replaced.
     *
     * @throws RefusalException when the result is not an absolute http or https URL, or its
     *     host is at a link-local address and {@code allowLinkLocal} is off
     */
    public URI resolve(String version, String environment) {
        String text = url.replace("@{version}", encode(version))
                .replace("@{environment}", encode(environment));
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RefusalException("<healthCheck><url> is not a valid URL (" + e.getReason()
                    + " at index " + e.getIndex() + "); write it as http://host:port/path");
        }
        String scheme = uri.getScheme() == null ? ""
                : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new RefusalException("<healthCheck><url>" + SecretMasker.url(uri) + "</url>"
                    + " must be an absolute http or https URL, e.g."
                    + " https://staging.example.com/health");
        }
        if (!allowLinkLocal) {
            linkLocalAddress(uri.getHost()).ifPresent(address -> {
                throw new RefusalException("<healthCheck><url>" + SecretMasker.url(uri)
                        + "</url> is a link-local address (" + address + "), where cloud"
                        + " metadata services answer; health-check another address, or allow"
                        + " it with <healthCheck><allowLinkLocal>true</allowLinkLocal>");
            });
        }
        return uri;
    }

    /**
     * The first link-local address the host is, or resolves to; a name that does not resolve
     * has none.
     */
    private static Optional<String> linkLocalAddress(String host) {
        String name = host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : InetAddress.getAllByName(name)) {
                if (address.isLinkLocalAddress()) {
                    return Optional.of(address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            // The health check reports an unknown host; nothing to refuse here.
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
