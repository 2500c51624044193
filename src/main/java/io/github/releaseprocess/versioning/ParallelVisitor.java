package io.github.releaseprocess.versioning;

import io.github.releaseprocess.core.Handoff;
import io.github.releaseprocess.history.CommitInfo;
import io.github.releaseprocess.history.GitRepository.HistoryVisitor;
import io.github.releaseprocess.history.RawCommit;
import io.github.releaseprocess.history.ReleaseTag;
import java.util.Optional;

/**
 * Runs a history visitor on a second thread ({@link Handoff}), so that parsing the messages
 * overlaps reading them from the object database; the walk hands the commits over undecoded, and
 * their hex ids and messages are made on that thread too. A restart of the walk travels in order
 * with the commits.
 */
final class ParallelVisitor implements HistoryVisitor, AutoCloseable {

    private final Handoff<Object> handoff;

    ParallelVisitor(HistoryVisitor delegate) {
        handoff = new Handoff<>("release-process-commit-analysis", item -> {
            if (item instanceof Start start) {
                delegate.start(start.since());
            } else if (item instanceof RawCommit raw) {
                delegate.visit(raw.decode());
            } else {
                delegate.visit((CommitInfo) item);
            }
        });
    }

    @Override
    public void start(Optional<ReleaseTag> since) {
        handoff.add(new Start(since));
    }

    @Override
    public void visit(CommitInfo commit) {
        handoff.add(commit);
    }

    /** Decoded on the analysis thread: the walking thread only reads. */
    @Override
    public void visit(RawCommit commit) {
        handoff.add(commit);
    }

    /** Waits until every commit has been analysed; rethrows what the analysis threw. */
    void finish() {
        handoff.finish();
    }

    /** Stops the worker when the walk itself failed. */
    @Override
    public void close() {
        handoff.close();
    }

    private record Start(Optional<ReleaseTag> since) {
    }
}
