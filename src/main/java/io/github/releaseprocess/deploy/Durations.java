package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations of the deployment settings: ISO-8601 ({@code PT30S}, {@code PT10M}) or the
 * short form people write in POMs ({@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}).
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses a duration setting.
     *
     * @param element the POM element it came from, for the refusal, e.g.
     *     {@code <healthCheck><timeout>}
     * @throws RefusalException when the text is neither form, or the duration is negative
     */
    public static Duration parse(String text, String element) {
        String value = text.trim();
        Matcher m = SHORT.matcher(value);
        Duration duration;
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            duration = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new RefusalException(element + " '" + text + "' is not a duration; write it"
                        + " as 500ms, 10s, 5m, 1h or in ISO-8601 such as PT30S");
            }
        }
        if (duration.isNegative()) {
            throw new RefusalException(element + " '" + text + "' is negative; use a positive"
                    + " duration such as 10s");
        }
        return duration;
    }

    /** A short human form for logs: {@code 250 ms}, {@code 10 s}, {@code 5 min}. */
    public static String format(Duration duration) {
        long ms = duration.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 60_000 == 0 && ms >= 60_000) {
            return (ms / 60_000) + " min";
        }
        return ms % 1000 == 0 ? (ms / 1000) + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
