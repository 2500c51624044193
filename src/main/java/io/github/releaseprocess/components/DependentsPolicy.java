package io.github.releaseprocess.components;

import io.github.releaseprocess.core.RefusalException;
import java.util.Locale;

/** What a release of a component does to the components that depend on it ({@code <dependents>}). */
public enum DependentsPolicy {
    /** Each dependent, direct or transitive, is released with at least a patch bump. */
    PATCH,
    /** Dependents are released only for their own commits. */
    NONE;

    /** Parses {@code patch} or {@code none}. */
    public static DependentsPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return PATCH;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusalException("<dependents>" + text + "</dependents> (or"
                    + " -Drelease-process.dependents) is not known; use patch or none");
        }
    }
}
