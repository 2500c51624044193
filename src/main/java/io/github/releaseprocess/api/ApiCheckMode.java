package io.github.releaseprocess.api;

import io.github.releaseprocess.core.EnumIds;

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
        return EnumIds.setting(ApiCheckMode.class, text, OFF, () -> "-Drelease-process.apiCheck="
                + text.strip() + " is not a mode; use off, warn, enforce or raise");
    }
}
