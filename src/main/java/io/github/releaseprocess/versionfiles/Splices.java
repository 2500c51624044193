package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The byte ranges of one file to replace, and the file they produce. */
final class Splices {

    record Splice(int start, int end, String replacement, VersionEdit edit) {
    }

    final Path file;
    final String displayName;
    final byte[] bytes;
    final Charset charset;
    private final List<Splice> splices = new ArrayList<>();

    Splices(Path file, String displayName, byte[] bytes, Charset charset) {
        this.file = file;
        this.displayName = displayName;
        this.bytes = bytes;
        this.charset = charset;
    }

    void add(int start, int end, String replacement, VersionEdit edit) {
        for (Splice s : splices) {
            if (s.start == start && s.end == end) {
                if (!s.replacement.equals(replacement)) {
                    throw new RefusalException(displayName + ":" + edit.line() + ": " + edit.what()
                            + " would have to become both '" + s.replacement + "' and '"
                            + replacement + "'; give the modules that share it one version template");
                }
                return;
            }
            if (start < s.end && s.start < end) {
                throw new IllegalStateException("overlapping edits in " + file);
            }
        }
        splices.add(new Splice(start, end, replacement, edit));
    }

    boolean isEmpty() {
        return splices.isEmpty();
    }

    FileChange toChange() {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        int at = 0;
        List<VersionEdit> edits = new ArrayList<>();
        for (Splice s : sorted) {
            out.write(bytes, at, s.start - at);
            byte[] r = s.replacement.getBytes(charset);
            if (!new String(r, charset).equals(s.replacement)) {
                throw new RefusalException(displayName + ":" + s.edit.line() + ": '" + s.replacement
                        + "' cannot be written in the file's encoding " + charset.name() + ".");
            }
            out.write(r, 0, r.length);
            at = s.end;
            edits.add(s.edit);
        }
        out.write(bytes, at, bytes.length - at);
        return new FileChange(file, bytes, out.toByteArray(), edits);
    }
}
