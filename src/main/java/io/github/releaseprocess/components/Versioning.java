package io.github.releaseprocess.components;

import io.github.releaseprocess.core.EnumIds;

/** How the versions of a repository are organised ({@code <versioning>}). */
public enum Versioning {
    /** One version for the whole repository: the plugin as without components. */
    SINGLE,
    /** Every reactor module with a {@code <version>} of its own is a component. */
    INDEPENDENT;

    /** Parses {@code single} or {@code independent}. */
    public static Versioning parse(String text) {
        return EnumIds.setting(Versioning.class, text, SINGLE, () -> "<versioning>" + text
                + "</versioning> (or -Drelease-process.versioning) is not known; use single or"
                + " independent");
    }
}
