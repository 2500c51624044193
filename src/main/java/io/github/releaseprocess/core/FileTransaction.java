package io.github.releaseprocess.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes several files as one change: all of them or none. Each staged file's original bytes are
 * read when it is staged; {@link #commit()} writes every file atomically (through
 * {@link AtomicFiles}) and, when one write fails, puts back every file it had already written, byte
 * for byte, before it throws. After a successful commit, {@link #rollback()} undoes the whole
 * change, which lets a longer process (the {@code prepare} goal) undo this step when a later one
 * fails. {@link #originals()} exposes the snapshots so a journal can record them.
 *
 * <p>Not thread-safe; one transaction belongs to one caller.
 */
public final class FileTransaction {

    /** Writes one file; {@link AtomicFiles#write} outside tests. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path file, byte[] content) throws IOException;
    }

    /** A staged or committed file failed to be written or restored. */
    public static final class FileTransactionException extends IOException {
        private static final long serialVersionUID = 1L;
        private final Path file;

        FileTransactionException(Path file, String message, Throwable cause) {
            super(message, cause);
            this.file = file;
        }

        /** The file whose write failed. */
        public Path file() {
            return file;
        }
    }

    private enum State { OPEN, COMMITTED, ROLLED_BACK }

    private final FileWriter writer;
    private final Map<Path, byte[]> staged = new LinkedHashMap<>();
    private final Map<Path, Optional<byte[]>> originals = new LinkedHashMap<>();
    private State state = State.OPEN;

    public FileTransaction() {
        this(AtomicFiles::write);
    }

    /** A transaction that writes through {@code writer}; tests use it to make the n-th write fail. */
    public FileTransaction(FileWriter writer) {
        this.writer = writer;
    }

    /**
     * Adds {@code content} as the new bytes of {@code file}, snapshotting its current bytes (or its
     * absence) the first time the file is staged. Staging a file again replaces its new content.
     */
    public FileTransaction stage(Path file, byte[] content) throws IOException {
        requireState(State.OPEN, "stage");
        Path key = file.toAbsolutePath().normalize();
        if (!originals.containsKey(key)) {
            originals.put(key, readIfExists(key));
        }
        staged.put(key, content.clone());
        return this;
    }

    /** The files staged so far, in staging order. */
    public List<Path> files() {
        return Collections.unmodifiableList(new ArrayList<>(staged.keySet()));
    }

    /** The bytes each staged file had before (empty when it did not exist), in staging order. */
    public Map<Path, Optional<byte[]>> originals() {
        Map<Path, Optional<byte[]>> copy = new LinkedHashMap<>();
        originals.forEach((k, v) -> copy.put(k, v.map(byte[]::clone)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Writes every staged file. When one write fails, the files written before it are restored
     * and the exception names the file that failed and why; nothing is left half-changed.
     */
    public void commit() throws FileTransactionException {
        requireState(State.OPEN, "commit");
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : staged.entrySet()) {
            Path file = e.getKey();
            Optional<byte[]> before = originals.get(file);
            if (before.isPresent() && Arrays.equals(before.get(), e.getValue())) {
                continue;
            }
            try {
                writer.write(file, e.getValue());
                written.add(file);
            } catch (IOException | RuntimeException failure) {
                List<String> unrestored = restore(written);
                String reason = failure.getMessage() != null ? failure.getMessage()
                        : failure.getClass().getSimpleName();
                String message = "Could not write " + file + " (" + reason + "); "
                        + (unrestored.isEmpty()
                                ? "the " + written.size() + " file(s) written before it were restored"
                                : "could not restore " + String.join(", ", unrestored));
                state = State.ROLLED_BACK;
                throw new FileTransactionException(file, message, failure);
            }
        }
        state = State.COMMITTED;
    }

    /** Puts every staged file back as it was before {@link #commit()}; a file that did not exist is deleted. */
    public void rollback() throws FileTransactionException {
        if (state == State.ROLLED_BACK) {
            return;
        }
        List<String> unrestored = restore(new ArrayList<>(staged.keySet()));
        state = State.ROLLED_BACK;
        if (!unrestored.isEmpty()) {
            throw new FileTransactionException(null,
                    "Could not restore " + String.join(", ", unrestored), null);
        }
    }

    private List<String> restore(List<Path> files) {
        List<String> failed = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            Path file = files.get(i);
            Optional<byte[]> before = originals.get(file);
            try {
                if (before.isPresent()) {
                    byte[] now = readIfExists(file).orElse(null);
                    if (now == null || !Arrays.equals(now, before.get())) {
                        writer.write(file, before.get());
                    }
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | RuntimeException e) {
                failed.add(file + " (" + e.getMessage() + ")");
            }
        }
        return failed;
    }

    private void requireState(State expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " a transaction that is " + state);
        }
    }

    private static Optional<byte[]> readIfExists(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
