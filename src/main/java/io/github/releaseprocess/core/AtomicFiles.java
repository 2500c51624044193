package io.github.releaseprocess.core;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old bytes or the new ones, never a mix: the bytes
 * go to a temporary file in the same folder, are flushed to disk, and the temporary file is moved
 * over the target in one atomic rename. A crash leaves at worst a stray {@code .rp-tmp} file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target} with {@code content}, keeping its permissions. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces (or creates) {@code target} with what {@code content} writes to the stream, for
     * output too large to hold in memory; the file appears only once the writer returns.
     */
    public static void write(Path target, ContentWriter content) throws IOException {
        target = throughLinks(target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".rp-tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes several files as one change: all of them or none. New contents go to flushed
     * temporary files first (in parallel for many files), then each is renamed over its target;
     * when anything fails, the targets already replaced are put back byte for byte and the
     * exception names the file and the reason. Files whose bytes do not change are not touched.
     */
    public static void writeAll(java.util.Map<Path, byte[]> files) throws IOException {
        FileSetWriter.writeAll(files, FileSetWriter::writeAndForce);
    }

    /**
     * The file a write must replace: a symbolic link is written through (its target gets the new
     * bytes and the link stays a link), since renaming over the link would replace it by a
     * regular file.
     */
    static Path throughLinks(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            // A temporary file is private (rw-------); a new file gets the usual rw-r--r--.
            Files.setPosixFilePermissions(to, Files.exists(from)
                    ? Files.getPosixFilePermissions(from)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the default permissions are right there.
        }
    }
}
