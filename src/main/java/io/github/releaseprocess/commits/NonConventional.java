package io.github.releaseprocess.commits;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;

/**
 * What a commit written by a person that is not a Conventional Commit asks for
 * ({@code nonConventional}): nothing, or a patch, so that a project with free-form history
 * releases a patch whenever anything changed. Commits written by tools (merges, reverts,
 * version-only and release-tool commits, see {@link ToolCommits}) never count.
 */
public enum NonConventional {
    /** Left out of the decision, counted as ignored (the default). */
    IGNORE,
    /** Each asks for a patch release. */
    PATCH;

    /** The value users write. */
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Parses {@code ignore} or {@code patch} (any case); null or blank is the default.
     *
     * @throws RefusalException naming the valid values
     */
    public static NonConventional parse(String value) {
        return EnumIds.setting(NonConventional.class, value, IGNORE, () -> "<nonConventional>"
                + value + "</nonConventional> (-Drelease-process.nonConventional) is not a mode:"
                + " use ignore (the default) or patch.");
    }
}
