package io.github.releaseprocess.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands items from the calling thread to one worker thread that consumes them in order, so that
 * producing them (walking the history) overlaps consuming them (analysing each commit): on the two
 * cores of a CI machine the whole takes the time of the slower half instead of the sum. Items
 * travel in batches through a small bounded queue, so memory stays flat however many there are.
 * A failure of the consumer stops the producer at its next item and is rethrown by
 * {@link #finish()}.
 *
 * @param <T> the items
 */
public final class Handoff<T> implements AutoCloseable {

    private static final int BATCH = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread worker;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);
    private boolean ended;

    /** Starts the worker thread, a daemon named {@code threadName}, that feeds {@code consumer}. */
    public Handoff(String threadName, Consumer<? super T> consumer) {
        worker = new Thread(() -> consume(consumer), threadName);
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues an item; rethrows at once what the consumer threw before. */
    public void add(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /** Waits until every item has been consumed; rethrows what the consumer threw. */
    public void finish() {
        flush();
        put(END);
        ended = true;
        join();
        rethrowFailure();
    }

    /** Stops the worker when the producer itself failed before {@link #finish()}. */
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
        rethrowFailure(); // stop the producer at once when the consumer has already failed
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
    private void consume(Consumer<? super T> consumer) {
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                if (failure != null) {
                    continue; // drain, so the producer never blocks on a full queue
                }
                try {
                    for (T t : (List<T>) item) {
                        consumer.accept(t);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            // The producer failed and close() stopped us; nothing is left to do.
        }
    }
}
