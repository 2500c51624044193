package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.Required;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the Prometheus query of the monitor window saw: every sample and the verdict.
 *
 * @param query the query as configured (placeholders not replaced)
 * @param threshold the highest healthy value
 * @param healthy false when more samples than the error budget allows were above the threshold
 *     (or could not be read)
 * @param samples every evaluation, in order
 * @param message one sentence: the verdict and the values behind it
 */
public record MetricsReport(String query, double threshold, boolean healthy,
        List<Sample> samples, String message) {

    public MetricsReport {
        Required.nonNull("query message", query, message);
        samples = List.copyOf(samples);
    }

    /** Samples above the threshold or without an answer. */
    public long bad() {
        return samples.stream().filter(s -> s.bad(threshold)).count();
    }

    /** The figures in a few words: {@code 10 samples, 0 above 0.01, max 0}. */
    public String figures() {
        StringBuilder s = new StringBuilder();
        s.append(samples.size()).append(samples.size() == 1 ? " sample, " : " samples, ")
                .append(bad()).append(" above ").append(PrometheusQuery.formatValue(threshold));
        samples.stream().flatMap(x -> x.value().stream()).mapToDouble(Double::doubleValue)
                .filter(v -> !Double.isNaN(v)).max()
                .ifPresent(max -> s.append(", max ").append(PrometheusQuery.formatValue(max)));
        return s.toString();
    }

    /**
     * One evaluation of the query.
     *
     * @param time when it was evaluated
     * @param value the number, empty when the query gave no data (no series yet)
     * @param error why there is no value, when the query failed (empty on success)
     */
    public record Sample(Instant time, Optional<Double> value, Optional<String> error) {

        public Sample {
            Required.nonNull("time value error", time, value, error);
        }

        /** Above the threshold, or failed; "no data" is not bad. */
        public boolean bad(double threshold) {
            return error.isPresent() || value.filter(v -> v > threshold).isPresent();
        }

        /** {@code 0.05}, {@code no data} or the error. */
        public String describe() {
            return error.orElseGet(() -> value.map(PrometheusQuery::formatValue)
                    .orElse("no data"));
        }
    }
}
