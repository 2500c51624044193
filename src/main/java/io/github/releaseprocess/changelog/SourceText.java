package io.github.releaseprocess.changelog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a file and their text, with the start of every line in both. Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, exactly as CommonMark counts them, so a BOM or
 * mixed line endings never shift a line number. Bytes that are not UTF-8 decode to U+FFFD and
 * keep their line. Immutable.
 */
public final class SourceText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] bytes;
    private final String text;
    private final boolean bom;
    /** Char index in {@link #text} where each line starts; one extra entry = text length. */
    private final int[] lineStartChar;
    /** Byte index where each line starts (after the BOM for line 1); one extra = bytes length. */
    private final int[] lineStartByte;
    private final String lineEnding;

    private SourceText(byte[] bytes) {
        this.bytes = bytes;
        this.bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int offset = bom ? 3 : 0;
        // The JDK's UTF-8 String constructor replaces malformed input exactly as a replacing
        // CharsetDecoder does (one U+FFFD per maximal invalid subpart), without the char[] copy.
        this.text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.length() == bytes.length - offset && text.indexOf('\uFFFD') < 0
                && text.indexOf('\r') < 0) {
            // Every byte was ASCII (a multi-byte sequence decodes to fewer chars, a malformed
            // byte to U+FFFD) and every line ends at LF: the starts come from String.indexOf,
            // which the JVM has compiled long before a plugin runs, instead of a byte loop that
            // a fresh JIT first interprets.
            int[] chars = lineFeedStarts(text);
            this.lineStartChar = chars;
            this.lineStartByte = offset == 0 ? chars : shifted(chars, offset);
            this.lineEnding = "\n";
            return;
        }
        LineScan scan = new LineScan(bytes, offset);
        this.lineStartByte = scan.starts;
        this.lineEnding = scan.lineEnding;
        if (!scan.ascii) {
            this.lineStartChar = charLineStarts(text);
        } else if (offset == 0) {
            // One byte per char: the same starts (immutable, so one array serves both).
            this.lineStartChar = lineStartByte;
        } else {
            int[] chars = new int[lineStartByte.length];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = lineStartByte[i] - offset;
            }
            this.lineStartChar = chars;
        }
    }

    /** Wraps a copy of {@code bytes}. */
    public static SourceText of(byte[] bytes) {
        return new SourceText(bytes.clone());
    }

    /** Wraps {@code bytes} without a copy: the caller hands them over and never changes them. */
    static SourceText wrap(byte[] bytes) {
        return new SourceText(bytes);
    }

    /** Text as UTF-8 bytes; for tests and generated input. */
    public static SourceText of(String text) {
        return new SourceText(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One pass over the bytes: where each line starts (a line ends at CR, LF or CRLF, which are
     * single bytes in UTF-8 and never part of a multi-byte or malformed sequence), whether every
     * byte is ASCII (then char and byte offsets differ only by the BOM), and the first line
     * ending.
     */
    private static final class LineScan {
        int[] starts;
        boolean ascii = true;
        String lineEnding = "\n";

        LineScan(byte[] b, int from) {
            int end = b.length;
            Starts s = new Starts(Math.max(16, end / 32), from);
            boolean first = true;
            int nonAscii = 0;
            for (int i = from; i < end; i++) {
                byte c = b[i];
                nonAscii |= c;
                if (c == '\r' || c == '\n') {
                    boolean crlf = c == '\r' && i + 1 < end && b[i + 1] == '\n';
                    if (first) {
                        first = false;
                        lineEnding = c == '\n' ? "\n" : crlf ? "\r\n" : "\r";
                    }
                    if (crlf) {
                        i++;
                    }
                    s.add(i + 1);
                }
            }
            this.starts = s.upTo(end);
            this.ascii = nonAscii >= 0;
        }
    }

    /** Where each line of a text whose lines all end at LF starts, then its length. */
    private static int[] lineFeedStarts(String t) {
        Starts s = new Starts(Math.max(16, t.length() / 32), 0);
        for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
            s.add(i + 1);
        }
        return s.upTo(t.length());
    }

    private static int[] shifted(int[] starts, int by) {
        int[] out = new int[starts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts[i] + by;
        }
        return out;
    }

    /** Where each line of a text with non-ASCII characters starts, then its length. */
    private static int[] charLineStarts(String t) {
        int end = t.length();
        Starts s = new Starts(16, 0);
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < end && t.charAt(i + 1) == '\n') {
                    i++;
                }
                s.add(i + 1);
            }
        }
        return s.upTo(end);
    }

    /** A growing list of line starts. */
    private static final class Starts {
        private int[] values;
        private int size;

        Starts(int capacity, int first) {
            values = new int[capacity];
            values[size++] = first;
        }

        void add(int start) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = start;
        }

        /** The starts, then {@code end}. */
        int[] upTo(int end) {
            add(end);
            return Arrays.copyOf(values, size);
        }
    }

    /** A copy of the original bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] rawBytes() {
        return bytes;
    }

    /** The decoded text without the BOM; what the parser sees. */
    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    /** The first line ending in the file ({@code \n} when there is none): what new lines use. */
    public String lineEnding() {
        return lineEnding;
    }

    /**
     * Number of lines. A final line ending does not open another line: "a\n" has one line,
     * "" has none... but one empty line is still addressable as line 1.
     */
    public int lineCount() {
        int n = lineStartChar.length - 1;
        if (n > 0 && lineStartChar[n - 1] == text.length() && text.length() > 0) {
            return n - 1;
        }
        return Math.max(n, 1);
    }

    /** The text of a 1-based line without its line ending. */
    public String line(int line) {
        int start = lineStartChar[line - 1];
        int end = line < lineStartChar.length - 1 ? lineStartChar[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Byte offset where a 1-based line starts; {@code lineCount() + 1} gives the end of file. */
    int byteOffsetOfLine(int line) {
        if (line - 1 >= lineStartByte.length) {
            return bytes.length;
        }
        return lineStartByte[line - 1];
    }

    /** Char offset in {@link #text()} where a 1-based line starts; past the end gives the length. */
    int charOffsetOfLine(int line) {
        if (line - 1 >= lineStartChar.length) {
            return text.length();
        }
        return lineStartChar[line - 1];
    }

    /** Byte offset where a 1-based line's content ends (its line ending starts). */
    int byteOffsetOfLineEnd(int line) {
        int i = byteOffsetOfLine(line);
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The line ending of a 1-based line as written; empty for a last line without one. */
    String lineTerminator(int line) {
        int end = byteOffsetOfLineEnd(line);
        if (end >= bytes.length) {
            return "";
        }
        if (bytes[end] == '\r') {
            return end + 1 < bytes.length && bytes[end + 1] == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }

    /** Whether the last line ends with a line ending (so appending needs none first). */
    boolean endsWithLineEnding() {
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
    }
}
