package io.github.releaseprocess.versioning;

import java.util.Locale;

/** What kind of step the next version is from the current one, as reported in JSON. */
public enum BumpKind {
    MAJOR, MINOR, PATCH, PRERELEASE, NONE;

    /** The lower-case name used in JSON and GITHUB_OUTPUT. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
