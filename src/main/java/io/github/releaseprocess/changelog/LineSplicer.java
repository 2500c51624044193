package io.github.releaseprocess.changelog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits a file by whole lines at byte offsets, so every byte outside the inserted or replaced
 * lines stays as it was. New lines take the line ending of the line they sit next to.
 */
final class LineSplicer {

    private record Edit(int start, int end, int order, byte[] bytes) {
    }

    private final SourceText source;
    private final List<Edit> edits = new ArrayList<>();

    LineSplicer(SourceText source) {
        this.source = source;
    }

    /** The line ending new lines near {@code line} use: that line's, else the file's first. */
    String eolNear(int line) {
        if (line >= 1 && line <= source.lineCount()) {
            String t = source.lineTerminator(line);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return source.lineEnding();
    }

    /** Inserts whole lines before a 1-based line. */
    LineSplicer insertBefore(int line, List<String> lines) {
        String eol = eolNear(line);
        int at = source.byteOffsetOfLine(line);
        add(at, at, join(lines, eol, true));
        return this;
    }

    /** Inserts whole lines after a 1-based line (after its line ending). */
    LineSplicer insertAfter(int line, List<String> lines) {
        if (line >= source.lineCount()) {
            return append(lines);
        }
        return insertBefore(line + 1, lines);
    }

    /** Appends lines at the end, adding a line ending first when the last line has none. */
    LineSplicer append(List<String> lines) {
        int end = source.rawBytes().length;
        String eol = eolNear(source.lineCount());
        if (source.endsWithLineEnding()) {
            add(end, end, join(lines, eol, true));
        } else {
            // Keep the file's "no final newline": the new lines go after one, the last has none.
            add(end, end, (eol + join(lines, eol, false)));
        }
        return this;
    }

    /** Replaces the content of a 1-based line, keeping its line ending. */
    LineSplicer replaceLine(int line, String content) {
        add(source.byteOffsetOfLine(line), source.byteOffsetOfLineEnd(line), content);
        return this;
    }

    private static String join(List<String> lines, String eol, boolean trailing) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i));
            if (trailing || i + 1 < lines.size()) {
                sb.append(eol);
            }
        }
        return sb.toString();
    }

    private void add(int start, int end, String text) {
        edits.add(new Edit(start, end, edits.size(), text.getBytes(StandardCharsets.UTF_8)));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited bytes; edits at the same offset keep the order they were made in. */
    byte[] apply() {
        byte[] in = source.rawBytes();
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 256);
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start < pos) {
                throw new IllegalStateException("overlapping edits at byte " + e.start);
            }
            out.write(in, pos, e.start - pos);
            out.write(e.bytes, 0, e.bytes.length);
            pos = e.end;
        }
        out.write(in, pos, in.length - pos);
        return out.toByteArray();
    }
}
