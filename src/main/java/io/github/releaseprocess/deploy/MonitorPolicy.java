package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Required;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Watching a fresh deployment: probe the health URL every {@code interval} for {@code window};
 * more failed probes than the error budget make the release unhealthy. The budget is a count of
 * failed probes ({@code 3}) or a share of all probes ({@code 5%}). With a {@code prometheus}
 * query, each interval also evaluates it, and more samples above its threshold than the budget
 * allows make the release unhealthy as well.
 */
public record MonitorPolicy(Duration window, Duration interval, String errorBudget,
        Optional<PrometheusQuery> prometheus) {

    public static final String DEFAULT_ERROR_BUDGET = "5%";

    public MonitorPolicy {
        Required.nonNull("window interval errorBudget prometheus", window, interval, errorBudget,
                prometheus);
        if (interval.isZero()) {
            throw new RefusalException("<monitor><interval> is zero; probe every few seconds,"
                    + " e.g. 15s");
        }
        if (!errorBudget.trim().matches("\\d+|\\d+(\\.\\d+)?\\s*%")) {
            throw new RefusalException("<monitor><errorBudget>" + errorBudget + "</errorBudget>"
                    + " is neither a count of failed probes (3) nor a share of them (5%)");
        }
    }

    /** A window that probes the health URL only. */
    public MonitorPolicy(Duration window, Duration interval, String errorBudget) {
        this(window, interval, errorBudget, Optional.empty());
    }

    /** How many probes the window holds. */
    public int probes() {
        return (int) Math.max(1, window.toMillis() / interval.toMillis());
    }

    /** The number of failed probes out of {@code probes} that is still within the budget. */
    public int allowedFailures(int probes) {
        String budget = errorBudget.trim();
        if (budget.endsWith("%")) {
            double share = Double.parseDouble(budget.substring(0, budget.length() - 1).trim());
            return (int) Math.floor(probes * share / 100.0);
        }
        return Integer.parseInt(budget);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "every %s for %s, error budget %s",
                Durations.format(interval), Durations.format(window), errorBudget.trim());
    }
}
