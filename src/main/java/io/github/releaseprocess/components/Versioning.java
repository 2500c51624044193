package io.github.releaseprocess.components;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;

/** How the versions of a repository are organised ({@code <versioning>}). */
public enum Versioning {
    /** One version for the whole repository: the plugin as without components. */
    SINGLE,
    /** Every reactor module with a {@code <version>} of its own is a component. */
    INDEPENDENT;

    /** Parses {@code single} or {@code independent}. */
    public static Versioning parse(String text) {
        if (text == null || text.isBlank()) {
            return SINGLE;
        }
        return EnumIds.find(Versioning.class, text).orElseThrow(() -> new RefusalException(
                "<versioning>" + text + "</versioning> (or -Drelease-process.versioning) is not"
                        + " known; use single or independent"));
    }
}
