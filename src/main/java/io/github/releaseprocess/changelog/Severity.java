package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.RefusalException;
import java.util.Locale;

/** How a rule's findings count: errors fail the build, warnings only with failOnWarning. */
public enum Severity {
    ERROR, WARNING, OFF;

    /** The word in a finding line: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} (or {@code warn}), {@code off}. */
    public static Severity of(String value, String where) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            case "off":
            case "none":
            case "ignore":
                return OFF;
            default:
                throw new RefusalException(where + " '" + value + "' is not a severity: use error,"
                        + " warning or off.");
        }
    }
}
