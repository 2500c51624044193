package io.github.releaseprocess.versioning;

import io.github.releaseprocess.history.CommitInfo;
import io.github.releaseprocess.history.GitRepository.HistoryVisitor;
import io.github.releaseprocess.history.ReleaseTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a history visitor on a second thread, so that parsing the messages overlaps reading them
 * from the object database: on the two cores of a CI machine a walk of 100,000 commits takes the
 * time of the slower half instead of the sum. Commits travel in batches through a small bounded
 * queue, so memory stays flat however long the history is.
 */
final class ParallelVisitor implements HistoryVisitor, AutoCloseable {

    private static final int BATCH = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread worker;
    private volatile Throwable failure;
    private List<CommitInfo> batch = new ArrayList<>(BATCH);
    private boolean ended;

    ParallelVisitor(HistoryVisitor delegate) {
        worker = new Thread(() -> consume(delegate), "release-process-commit-analysis");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void start(Optional<ReleaseTag> since) {
        flush();
        put(new Start(since));
    }

    @Override
    public void visit(CommitInfo commit) {
        batch.add(commit);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /** Waits until every commit has been analysed; rethrows what the analysis threw. */
    void finish() {
        flush();
        end();
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

    private void end() {
        put(END);
        ended = true;
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
    private void consume(HistoryVisitor delegate) {
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                if (failure != null) {
                    continue; // drain, so the walking thread never blocks on a full queue
                }
                try {
                    if (item instanceof Start) {
                        delegate.start(((Start) item).since());
                    } else {
                        for (CommitInfo commit : (List<CommitInfo>) item) {
                            delegate.visit(commit);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            // The walk failed and close() stopped us; nothing is left to do.
        }
    }

    private record Start(Optional<ReleaseTag> since) {
    }
}
