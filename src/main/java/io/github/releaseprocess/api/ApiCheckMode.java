package io.github.releaseprocess.api;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;

/** What {@code prepare} does with the API check's result ({@code apiCheck}). */
public enum ApiCheckMode {
    /** No check (the default). */
    OFF,
    /** Compare, log every incompatible change and both levels, release as the commits say. */
    WARN,
    /** Refuse a release whose commits ask for less than the API requires. */
    ENFORCE,
    /** Release at the level the API requires when the commits ask for less, and say why. */
    RAISE;

    /** The lower-case name, as configured. */
    public String id() {
        return EnumIds.id(this);
    }

    /** Parses {@code off|warn|enforce|raise} (any case); null or blank is {@link #OFF}. */
    public static ApiCheckMode parse(String text) {
        if (text == null || text.isBlank()) {
            return OFF;
        }
        return EnumIds.find(ApiCheckMode.class, text).orElseThrow(() -> new RefusalException(
                "-Drelease-process.apiCheck=" + text.strip()
                        + " is not a mode; use off, warn, enforce or raise"));
    }
}
