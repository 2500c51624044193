package io.github.releaseprocess.components;

import io.github.releaseprocess.core.EnumIds;

/** What a release of a component does to the components that depend on it ({@code <dependents>}). */
public enum DependentsPolicy {
    /** Each dependent, direct or transitive, is released with at least a patch bump. */
    PATCH,
    /** Dependents are released only for their own commits. */
    NONE;

    /** Parses {@code patch} or {@code none}. */
    public static DependentsPolicy parse(String text) {
        return EnumIds.setting(DependentsPolicy.class, text, PATCH, () -> "<dependents>" + text
                + "</dependents> (or -Drelease-process.dependents) is not known; use patch or"
                + " none");
    }
}
