package io.github.releaseprocess.components;

import io.github.releaseprocess.core.Handoff;
import io.github.releaseprocess.history.ChangedPathWalk;
import io.github.releaseprocess.history.CommitInfo;
import java.util.BitSet;

/**
 * Runs the per-component analysis of each commit on a second thread ({@link Handoff}) while the
 * walk compares the next commits' trees, as {@code versioning.ParallelVisitor} does for a single
 * project. The visitor's reused bit sets are copied.
 */
final class AnalysisThread implements ChangedPathWalk.Visitor, AutoCloseable {

    private record Item(CommitInfo commit, BitSet owners, boolean outside, BitSet reach) {
    }

    private final Handoff<Item> handoff;

    AnalysisThread(ChangedPathWalk.Visitor delegate) {
        handoff = new Handoff<>("release-process-component-analysis",
                i -> delegate.visit(i.commit(), i.owners(), i.outside(), i.reach()));
    }

    @Override
    public void visit(CommitInfo commit, BitSet owners, boolean outside, BitSet reachableFrom) {
        handoff.add(new Item(commit, (BitSet) owners.clone(), outside,
                (BitSet) reachableFrom.clone()));
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
}
