package io.github.releaseprocess.history;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A commit of a history walk as read from the object database, not decoded yet: the walk hands it
 * over as it is, so that turning the id into hex and the message into a string can run on the
 * thread that analyses the commit instead of the thread that reads the next ones.
 */
public final class RawCommit {

    private final ObjectId id;
    private final byte[] raw;
    private final int parentCount;

    RawCommit(ObjectId id, byte[] raw, int parentCount) {
        this.id = id;
        this.raw = raw;
        this.parentCount = parentCount;
    }

    /** The commit with its hex id and its message decoded as {@code RevCommit} decodes it. */
    public CommitInfo decode() {
        return new CommitInfo(id.name(), StreamingCommitWalk.Commit.fullMessage(raw), parentCount);
    }
}
