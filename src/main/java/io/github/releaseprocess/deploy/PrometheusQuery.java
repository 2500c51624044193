package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Required;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A metrics source of the monitor window: a PromQL query evaluated over the Prometheus HTTP API
 * ({@code GET <url>/api/v1/query}) every {@code interval}; a value above {@code threshold} is a
 * bad sample. The query may use {@code @{version}}, {@code @{deployedAt}} (Unix seconds) and
 * {@code @{sinceDeployment}} (a PromQL duration such as {@code 95s}).
 *
 * @param url the Prometheus server, e.g. {@code http://prometheus:9090}
 * @param query the PromQL expression; it should give one number
 * @param threshold the highest value that is still healthy
 */
public record PrometheusQuery(String url, String query, double threshold) {

    public PrometheusQuery {
        Required.nonNull("url query", url, query);
        if (query.isBlank()) {
            throw new RefusalException("<monitor><prometheus> has no <query>; write the PromQL"
                    + " expression to watch, e.g. the share of 5xx answers since the deployment");
        }
        if (!Double.isFinite(threshold)) {
            throw new RefusalException("<monitor><prometheus><threshold> is not a number; write"
                    + " the highest healthy value, e.g. 0.01 for 1 %");
        }
        endpoint(url);
    }

    /** The query endpoint, {@code <url>/api/v1/query}. */
    public URI endpoint() {
        return endpoint(url);
    }

    private static URI endpoint(String url) {
        String base = url.trim().replaceAll("/+$", "");
        URI uri;
        try {
            uri = new URI(base + "/api/v1/query");
        } catch (URISyntaxException e) {
            throw new RefusalException("<monitor><prometheus><url>" + url + "</url> is not a"
                    + " valid URL (" + e.getReason() + "); write it as http://host:9090");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            throw new RefusalException("<monitor><prometheus><url> contains credentials, which"
                    + " would end up in logs and the ledger; give the URL of a Prometheus (or of"
                    + " a proxy in front of it) that needs none");
        }
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || uri.getRawQuery() != null) {
            throw new RefusalException("<monitor><prometheus><url>" + url + "</url> must be the"
                    + " absolute http or https URL of the Prometheus server, e.g."
                    + " http://prometheus.example.com:9090");
        }
        return uri;
    }

    /**
     * The query for one evaluation: the placeholders replaced.
     *
     * @param deployedAt when the deployment build finished (the new version started)
     * @param now the time of this evaluation
     */
    public String resolve(String version, Instant deployedAt, Instant now) {
        long since = Math.max(1, (Duration.between(deployedAt, now).toMillis() + 999) / 1000);
        return query.replace("@{version}", version)
                .replace("@{deployedAt}", Long.toString(deployedAt.getEpochSecond()))
                .replace("@{sinceDeployment}", since + "s");
    }

    @Override
    public String toString() {
        return query + " > " + formatValue(threshold);
    }

    /** A value as people read it: {@code 0.05}, {@code 12}, {@code NaN}. */
    public static String formatValue(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("(\\.\\d*?)0+($|e)", "$1$2")
                .replaceAll("\\.($|e)", "$1");
    }
}
