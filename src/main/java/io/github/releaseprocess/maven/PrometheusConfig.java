package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.deploy.PrometheusQuery;

/**
 * {@code <monitor><prometheus>} of an {@code <environment>} as Maven fills it from the POM; see
 * {@link PrometheusQuery} for the meaning.
 */
public class PrometheusConfig {
    /** The Prometheus server, e.g. http://127.0.0.1:9090. */
    String url;
    /** The PromQL query; {@code @{version}}, {@code @{deployedAt}}, {@code @{sinceDeployment}}. */
    String query;
    /** The highest healthy value: a number (0.01) or a percentage (1%). */
    String threshold;

    PrometheusQuery toQuery(String where) {
        String element = where + "<monitor><prometheus>";
        if (url == null || url.isBlank()) {
            throw new RefusalException(element + " has no <url>; name the Prometheus server,"
                    + " e.g. <url>http://127.0.0.1:9090</url>");
        }
        if (query == null || query.isBlank()) {
            throw new RefusalException(element + " has no <query>; write the PromQL expression"
                    + " to watch, e.g. the share of 5xx answers since the deployment");
        }
        if (threshold == null || threshold.isBlank()) {
            throw new RefusalException(element + " has no <threshold>; write the highest healthy"
                    + " value of the query, e.g. <threshold>0.01</threshold> or 1%");
        }
        String text = threshold.trim();
        double value;
        try {
            value = text.endsWith("%")
                    ? Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RefusalException(element + "<threshold>" + threshold + "</threshold> is not"
                    + " a number; write e.g. 0.01 or 1%");
        }
        return new PrometheusQuery(url.trim(), query.trim(), value);
    }
}
