package io.github.releaseprocess.history;

import io.github.releaseprocess.semver.Version;

/**
 * A release tag: its name, the version it names and the commit it points at (peeled through
 * annotated tags).
 */
public record ReleaseTag(String name, Version version, String commitId) {

    /** The commit id shortened to the usual 7 characters. */
    public String shortCommitId() {
        return commitId.substring(0, Math.min(7, commitId.length()));
    }
}
