package io.github.releaseprocess.history;

import org.eclipse.jgit.lib.Repository;

/** Validation of git reference names, so tag and branch names never carry surprises. */
public final class RefNames {

    private RefNames() {
    }

    /** True when git accepts {@code refs/tags/NAME}. */
    public static boolean isValidTagName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith("-")
                && Repository.isValidRefName("refs/tags/" + name);
    }

    /** True when git accepts {@code refs/heads/NAME}. */
    public static boolean isValidBranchName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith("-")
                && Repository.isValidRefName("refs/heads/" + name);
    }
}
