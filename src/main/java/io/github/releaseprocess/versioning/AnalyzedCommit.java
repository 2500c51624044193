package io.github.releaseprocess.versioning;

import io.github.releaseprocess.commits.Bump;
import io.github.releaseprocess.commits.ConventionalCommit;
import java.util.List;

/**
 * A commit since the last release with what the rules made of it.
 *
 * @param id the full commit id
 * @param parts the parsed message; more than one when a squash-merge body held several
 *     conventional messages and the policy splits them; the first is the header's
 * @param bump the bump the commit asks for, before revert cancellation
 * @param merge true for a commit with more than one parent
 */
public record AnalyzedCommit(String id, List<ConventionalCommit> parts, Bump bump, boolean merge) {

    public AnalyzedCommit {
        parts = List.copyOf(parts);
    }

    /** The parse of the message header. */
    public ConventionalCommit header() {
        return parts.get(0);
    }

    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }

    /** True when any part is a breaking change. */
    public boolean breaking() {
        for (ConventionalCommit part : parts) { // a loop: called per commit on long histories
            if (part.isBreaking()) {
                return true;
            }
        }
        return false;
    }
}
