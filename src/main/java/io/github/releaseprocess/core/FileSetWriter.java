package io.github.releaseprocess.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes several files as one change, all of them or none, for {@link AtomicFiles#writeAll}. Each
 * file's original bytes are read first. The write works in two phases: first every new content
 * goes to a temporary file beside its target and is flushed to disk (in parallel when there are
 * many, as in a reactor of a thousand POMs); if any of that fails, the temporary files are deleted
 * and no target was touched. Then each temporary file is renamed over its target, atomically; if a
 * rename fails, the targets already replaced are put back byte for byte. Either way the exception
 * names the file and the reason. Undoing a change after it succeeded, or after a killed process,
 * is the release journal's job ({@code release.ReleaseJournal}), not this class's.
 */
final class FileSetWriter {

    /** Writes and flushes one temporary file; tests replace it to make a write fail. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path file, byte[] content) throws IOException;
    }

    /** Below this many files the temporary files are written one after the other. */
    private static final int PARALLEL_FROM = 32;

    private final FileWriter writer;
    private final Map<Path, byte[]> staged = new LinkedHashMap<>();
    private final Map<Path, Optional<byte[]>> originals = new LinkedHashMap<>();

    private FileSetWriter(FileWriter writer) {
        this.writer = writer;
    }

    /** Writes every file; when one write fails, nothing is left changed. */
    static void writeAll(Map<Path, byte[]> files, FileWriter writer) throws IOException {
        FileSetWriter set = new FileSetWriter(writer);
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            Path key = AtomicFiles.throughLinks(e.getKey().toAbsolutePath().normalize());
            if (!set.originals.containsKey(key)) {
                set.originals.put(key, readIfExists(key));
            }
            set.staged.put(key, e.getValue().clone());
        }
        set.commit();
    }

    static void writeAndForce(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private void commit() throws IOException {
        List<Path> targets = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : staged.entrySet()) {
            Optional<byte[]> before = originals.get(e.getKey());
            if (before.isEmpty() || !Arrays.equals(before.get(), e.getValue())) {
                targets.add(e.getKey());
            }
        }
        Map<Path, Path> temps = writeTemporaries(targets);
        List<Path> replaced = new ArrayList<>();
        for (Path target : targets) {
            try {
                move(temps.get(target), target);
                replaced.add(target);
            } catch (IOException | RuntimeException failure) {
                deleteQuietly(temps.values());
                List<String> unrestored = restore(replaced);
                throw new IOException("Could not write " + target + " ("
                        + reason(failure) + "); " + (unrestored.isEmpty()
                                ? "the " + replaced.size() + " file(s) written before it were restored"
                                : "could not restore " + String.join(", ", unrestored)), failure);
            }
        }
    }

    /** Phase one: every new content in a flushed temporary file beside its target, or none. */
    private Map<Path, Path> writeTemporaries(List<Path> targets) throws IOException {
        Map<Path, Path> temps = Collections.synchronizedMap(new LinkedHashMap<>());
        List<Path> failedTargets = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        if (targets.size() < PARALLEL_FROM) {
            for (Path target : targets) {
                try {
                    temps.put(target, writeTemporary(target));
                } catch (IOException | RuntimeException e) {
                    failedTargets.add(target);
                    failures.add(e);
                    break;
                }
            }
        } else {
            int threads = Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "release-process-file-writer");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Path>> futures = new ArrayList<>();
                for (Path target : targets) {
                    futures.add(pool.submit(() -> {
                        Path tmp = writeTemporary(target);
                        temps.put(target, tmp);
                        return tmp;
                    }));
                }
                for (int i = 0; i < futures.size(); i++) {
                    try {
                        futures.get(i).get();
                    } catch (ExecutionException e) {
                        if (failures.isEmpty()) {
                            failedTargets.add(targets.get(i));
                            failures.add(e.getCause());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failedTargets.add(targets.get(i));
                        failures.add(e);
                        break;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (!failures.isEmpty()) {
            deleteQuietly(new ArrayList<>(temps.values()));
            Path target = failedTargets.get(0);
            throw new IOException("Could not write " + target + " ("
                    + reason(failures.get(0)) + "); no file was changed", failures.get(0));
        }
        return temps;
    }

    private Path writeTemporary(Path target) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".rp-tmp");
        try {
            writer.write(tmp, staged.get(target));
            if (Files.exists(target)) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system (Windows): the default permissions are right there.
                }
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
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
                        AtomicFiles.write(file, before.get());
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

    private static void deleteQuietly(Iterable<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // a stray .rp-tmp file is harmless; the targets are what matters
            }
        }
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static Optional<byte[]> readIfExists(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
