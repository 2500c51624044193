package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.RefusalException;
import java.util.Locale;

/** The release-heading form of a changelog ({@code changelogDialect}). */
public enum Dialect {
    /** Keep a Changelog 1.1.0 / 2.0.0: {@code ## [1.2.3] - 2024-05-01}, {@code ## [Unreleased]}. */
    KEEPACHANGELOG("keepachangelog"),
    /** The house form: {@code ## Version 1.2.3 - 2024-05-01}, {@code ## Unreleased}. */
    SEED("seed"),
    /** Decided from the headings of the file. */
    AUTO("auto");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses a {@code changelogDialect} value; refuses anything else with the allowed values. */
    public static Dialect of(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (d.id.equals(v)) {
                return d;
            }
        }
        throw new RefusalException("changelogDialect '" + value + "' is not one of keepachangelog,"
                + " seed, auto: set <changelogDialect> or -Drelease-process.changelogDialect to one"
                + " of them.");
    }

    /** The heading of a release in this dialect, e.g. {@code ## [1.2.3] - 2024-05-01}. */
    String releaseHeading(String version, String date) {
        return this == SEED ? "## Version " + version + " - " + date : "## [" + version + "] - " + date;
    }

    /** The heading of the unreleased changes in this dialect. */
    String unreleasedHeading() {
        return this == SEED ? "## Unreleased" : "## [Unreleased]";
    }

    @Override
    public String toString() {
        return id;
    }
}
