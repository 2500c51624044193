package io.github.releaseprocess.publish;

import io.github.releaseprocess.core.EnumIds;

/** How long a release waits for a Central Portal deployment ({@code centralWait}). */
public enum CentralWait {
    /** Until the Portal validated the deployment (before the push); the default. */
    VALIDATED,
    /** Until it is published (after the push). */
    PUBLISHED,
    /** Not at all: the upload is enough. */
    NONE;

    /** Parses the POM value; null or blank is the default, {@code validated}. */
    public static CentralWait parse(String value) {
        return EnumIds.setting(CentralWait.class, value, VALIDATED,
                () -> "-Drelease-process.centralWait=" + value + " is not a wait; use validated,"
                        + " published or none");
    }

    public String id() {
        return EnumIds.id(this);
    }
}
