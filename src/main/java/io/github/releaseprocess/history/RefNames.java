package io.github.releaseprocess.history;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.Repository;

/** Validation of git reference names, so tag and branch names never carry surprises. */
public final class RefNames {

    private RefNames() {
    }

    /**
     * The longest part of a ref name between slashes, in UTF-8 bytes: a loose ref is a file of
     * that name, and its {@code .lock} file must still fit the 255 bytes file systems allow.
     */
    public static final int MAX_COMPONENT_BYTES = 250;

    /** True when git accepts {@code refs/tags/NAME} and the name fits in a file name. */
    public static boolean isValidTagName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith("-") && fitsFileNames(name)
                && Repository.isValidRefName("refs/tags/" + name);
    }

    /** True when git accepts {@code refs/heads/NAME} and the name fits in a file name. */
    public static boolean isValidBranchName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith("-") && fitsFileNames(name)
                && Repository.isValidRefName("refs/heads/" + name);
    }

    private static boolean fitsFileNames(String name) {
        for (String component : name.split("/", -1)) {
            if (component.getBytes(StandardCharsets.UTF_8).length > MAX_COMPONENT_BYTES) {
                return false;
            }
        }
        return true;
    }
}
