package io.github.releaseprocess.versionfiles;

import java.nio.file.Path;
import java.util.List;

/**
 * The new bytes of one file and the version texts that differ from the old ones. Everything
 * outside the edits is byte for byte the same.
 */
public final class FileChange {

    private final Path file;
    private final byte[] before;
    private final byte[] after;
    private final List<VersionEdit> edits;

    FileChange(Path file, byte[] before, byte[] after, List<VersionEdit> edits) {
        this.file = file;
        this.before = before;
        this.after = after;
        this.edits = List.copyOf(edits);
    }

    public Path file() {
        return file;
    }

    /** The file's bytes as read. */
    public byte[] before() {
        return before.clone();
    }

    /** The file's bytes with the new version. */
    public byte[] after() {
        return after.clone();
    }

    public List<VersionEdit> edits() {
        return edits;
    }

    /** True when the new bytes equal the old ones (the version did not change). */
    public boolean isUnchanged() {
        return java.util.Arrays.equals(before, after);
    }
}
