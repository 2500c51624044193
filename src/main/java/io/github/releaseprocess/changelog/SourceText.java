package io.github.releaseprocess.changelog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

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
        this.text = decode(bytes, offset);
        this.lineStartChar = lineStarts(text);
        this.lineStartByte = byteLineStarts(bytes, offset);
        this.lineEnding = firstLineEnding(text);
    }

    /** Wraps a copy of {@code bytes}. */
    public static SourceText of(byte[] bytes) {
        return new SourceText(bytes.clone());
    }

    /** Text as UTF-8 bytes; for tests and generated input. */
    public static SourceText of(String text) {
        return new SourceText(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    private static int[] lineStarts(String s) {
        return lineStarts(0, s.length(), s::charAt);
    }

    private static int[] byteLineStarts(byte[] b, int offset) {
        return lineStarts(offset, b.length, i -> b[i]);
    }

    /**
     * Where each line starts among the units {@code from} to {@code end} (chars or bytes: a line
     * ends at CR, LF or CRLF, which are the same in both), then {@code end}.
     */
    private static int[] lineStarts(int from, int end, IntUnaryOperator unit) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = from;
        for (int i = from; i < end; i++) {
            int c = unit.applyAsInt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < end && unit.applyAsInt(i + 1) == '\n') {
                    i++;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n + 1);
        }
        starts[n++] = end;
        return Arrays.copyOf(starts, n);
    }

    private static String firstLineEnding(String s) {
        int i = s.indexOf('\n');
        int r = s.indexOf('\r');
        if (r >= 0 && (i < 0 || r < i)) {
            return r + 1 < s.length() && s.charAt(r + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
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
