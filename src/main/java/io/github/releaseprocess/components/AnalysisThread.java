package io.github.releaseprocess.components;

import io.github.releaseprocess.history.ChangedPathWalk;
import io.github.releaseprocess.history.CommitInfo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs the per-component analysis of each commit on a second thread while the walk compares the
 * next commits' trees, as {@code versioning.ParallelVisitor} does for a single project: commits
 * travel in batches through a small bounded queue, so memory stays flat however long the
 * history is. The visitor's reused bit sets are copied.
 */
final class AnalysisThread implements ChangedPathWalk.Visitor, AutoCloseable {

    private static final int BATCH = 256;
    private static final Object END = new Object();

    private record Item(CommitInfo commit, BitSet owners, boolean outside, BitSet reach) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread worker;
    private volatile Throwable failure;
    private List<Item> batch = new ArrayList<>(BATCH);
    private boolean ended;

    AnalysisThread(ChangedPathWalk.Visitor delegate) {
        worker = new Thread(() -> consume(delegate), "release-process-component-analysis");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void visit(CommitInfo commit, BitSet owners, boolean outside, BitSet reachableFrom) {
        batch.add(new Item(commit, (BitSet) owners.clone(), outside,
                (BitSet) reachableFrom.clone()));
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /** Waits until every commit has been analysed; rethrows what the analysis threw. */
    void finish() {
        flush();
        put(END);
        ended = true;
        join();
        rethrowFailure();
    }

    /** Stops the worker when the walk itself failed. */
    @Override
    public void close() {
        if (!ended) {
            worker.interrupt();
            join();
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void put(Object item) {
        rethrowFailure(); // stop the walk at once when the analysis has already failed
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while walking the history", e);
        }
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f instanceof RuntimeException) {
            throw (RuntimeException) f;
        }
        if (f instanceof Error) {
            throw (Error) f;
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private void consume(ChangedPathWalk.Visitor delegate) {
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                if (failure != null) {
                    continue; // drain, so the walking thread never blocks on a full queue
                }
                try {
                    for (Item i : (List<Item>) item) {
                        delegate.visit(i.commit(), i.owners(), i.outside(), i.reach());
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            // The walk failed and close() stopped us; nothing is left to do.
        }
    }
}
