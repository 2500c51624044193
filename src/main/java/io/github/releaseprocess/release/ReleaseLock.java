package io.github.releaseprocess.release;

import io.github.releaseprocess.core.RefusalException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The exclusive right to change a repository: one run of {@code prepare} (or {@code hotfix}) at a
 * time. It is an operating-system lock on {@code .git/release-process.lock}, so it ends with the
 * process however that ends (a {@code kill -9} included) and never goes stale. The holder writes its
 * PID, start time and a random per-run token into the file. The test build that {@code prepare}
 * starts gets that token in its environment ({@link #TOKEN_VARIABLE}); a goal that finds the lock
 * held and its own environment carrying the holder's token is part of that release and runs
 * normally. A token nobody else can know, not a flag anyone could set.
 */
public final class ReleaseLock implements AutoCloseable {

    /** The environment variable that carries the running release's token to its test build. */
    public static final String TOKEN_VARIABLE = "RELEASE_PROCESS_RUN_TOKEN";

    private static final String FILE = "release-process.lock";
    // The lock covers one byte far beyond the content, so that others can still read the owner
    // (on Windows a locked region cannot be read).
    private static final long REGION = Long.MAX_VALUE - 1;

    /** The lock on the file, and through {@link FileLock#channel()} the open file itself. */
    private final FileLock lock;
    private final Holder holder;

    private ReleaseLock(FileLock lock, Holder holder) {
        this.lock = lock;
        this.holder = holder;
    }

    /** Who holds the lock: the PID, since when, for which goal, and the run's token. */
    public record Holder(long pid, Instant started, String goal, String token) {

        /** "prepare, PID 4242, started 2026-11-28T04:50:12Z" for messages. */
        public String describe() {
            return goal + ", PID " + (pid < 0 ? "unknown" : Long.toString(pid)) + ", started "
                    + (started == null ? "at an unknown time" : started.toString());
        }
    }

    /**
     * Takes the lock for {@code goal}, or refuses, naming the run that holds it.
     *
     * @throws RefusalException while another run holds the lock
     */
    public static ReleaseLock acquire(Path gitDir, String goal) throws IOException {
        Path file = gitDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw runningRefusal(read(file));
        }
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token); // made here: checking a lock needs none
        Holder holder = new Holder(ProcessHandle.current().pid(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), goal,
                HexFormat.of().formatHex(token));
        try {
            String text = "pid=" + holder.pid() + "\nstarted=" + holder.started() + "\ngoal="
                    + goal + "\ntoken=" + holder.token() + "\n";
            channel.truncate(0);
            // Not flushed: other processes read it from the page cache while the lock is held,
            // and after a crash the lock is gone with its process whatever the file says.
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new ReleaseLock(lock, holder);
    }

    /**
     * The run holding the lock of this repository, or empty when nobody does (a killed run's lock
     * is gone with its process).
     */
    public static Optional<Holder> holder(Path gitDir) throws IOException {
        Path file = gitDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        // A shared lock needs only read access, so a read-only clone can still be checked.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock probe;
            try {
                probe = channel.tryLock(REGION, 1, true);
            } catch (OverlappingFileLockException heldHere) {
                probe = null;
            }
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
        }
        return Optional.of(read(file));
    }

    /** The refusal for a second run while one is running. */
    static RefusalException runningRefusal(Holder holder) {
        return new RefusalException("Another release-process run (" + holder.describe()
                + ") is changing this repository; wait for it to finish (the lock is"
                + " .git/" + FILE + ")");
    }

    /** This run: its PID, start time and token. */
    public Holder holder() {
        return holder;
    }

    /** The token the test build gets in {@link #TOKEN_VARIABLE}. */
    public String token() {
        return holder.token();
    }

    @Override
    public void close() throws IOException {
        FileChannel channel = lock.channel();
        try {
            channel.truncate(0);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static Holder read(Path file) throws IOException {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException unreadable) {
            return new Holder(-1, null, "a run", "");
        }
        long pid;
        try {
            pid = Long.parseLong(p.getProperty("pid", "-1"));
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Instant started;
        try {
            started = Instant.parse(p.getProperty("started", ""));
        } catch (java.time.format.DateTimeParseException e) {
            started = null;
        }
        return new Holder(pid, started, p.getProperty("goal", "a run"), p.getProperty("token", ""));
    }
}
