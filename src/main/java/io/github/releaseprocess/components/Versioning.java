package io.github.releaseprocess.components;

import io.github.releaseprocess.core.RefusalException;
import java.util.Locale;

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
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusalException("<versioning>" + text + "</versioning> (or"
                    + " -Drelease-process.versioning) is not known; use single or independent");
        }
    }
}
