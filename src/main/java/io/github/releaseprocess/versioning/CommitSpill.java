package io.github.releaseprocess.versioning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the elements of a report's {@code commits} array as UTF-8 bytes, exactly as the report's
 * Gson {@code JsonWriter} (indent of two spaces, nulls written, no HTML escaping) writes them
 * inside {@code {"commits": [}: the same line breaks and indentation, the same escapes
 * (a backslash before a quote and a backslash, {@code t b n r f}; backslash-u and four hex
 * digits for the other control characters and for U+2028 and U+2029), and {@code ?} for an
 * unpaired surrogate as {@code String.getBytes} gives. Everything goes into one byte array written out 64 KiB at a
 * time: no writer, no builder, no encoder between a commit's strings and the file (decision
 * 0029). {@code CommitSpillTest} compares it with Gson on awkward strings.
 */
final class CommitSpill implements AutoCloseable {

    private static final int SIZE = 1 << 16;
    /** The most bytes one char can take: an escape of six characters. */
    private static final int MAX_CHAR = 6;
    private static final byte[] FIRST = ascii("\n    {\n      \"id\": ");
    private static final byte[] NEXT = ascii(",\n    {\n      \"id\": ");
    private static final byte[] TYPE = ascii(",\n      \"type\": ");
    private static final byte[] SCOPE = ascii(",\n      \"scope\": ");
    private static final byte[] BREAKING = ascii(",\n      \"breaking\": ");
    private static final byte[] SUBJECT = ascii(",\n      \"subject\": ");
    private static final byte[] RELEASABLE = ascii(",\n      \"releasable\": ");
    private static final byte[] END = ascii("\n    }");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] NULL = ascii("null");
    private static final byte[] HEX = ascii("0123456789abcdef");

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int pos;
    private boolean any;

    CommitSpill(OutputStream out) {
        this.out = out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether an element was written. */
    boolean any() {
        return any;
    }

    /** Writes one element of the array. */
    void commit(String id, String type, String scope, boolean breaking, String subject,
            boolean releasable) throws IOException {
        raw(any ? NEXT : FIRST);
        any = true;
        string(id);
        raw(TYPE);
        string(type);
        raw(SCOPE);
        string(scope);
        raw(BREAKING);
        raw(breaking ? TRUE : FALSE);
        raw(SUBJECT);
        string(subject);
        raw(RELEASABLE);
        raw(releasable ? TRUE : FALSE);
        raw(END);
    }

    private void raw(byte[] bytes) throws IOException {
        if (pos + bytes.length > buf.length) {
            drain();
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** A JSON string, or {@code null}. */
    private void string(String value) throws IOException {
        if (value == null) {
            raw(NULL);
            return;
        }
        if (pos + 1 > buf.length) {
            drain();
        }
        buf[pos++] = '"';
        int length = value.length();
        for (int i = 0; i < length; i++) {
            if (pos + MAX_CHAR > buf.length) {
                drain();
            }
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                buf[pos++] = (byte) c;
            } else {
                // one call for every rarer kind: the JIT's hot loop stays small, and meeting a
                // kind it has not seen yet deoptimises it once, not once per kind
                i = other(value, i);
            }
        }
        if (pos + 1 > buf.length) {
            drain();
        }
        buf[pos++] = '"';
    }

    /**
     * Writes the character at {@code i} that is not plain ASCII (an escape, or UTF-8 of more than
     * one byte); returns the index of the last character it took (a surrogate pair is two).
     */
    private int other(String value, int i) {
        byte[] b = buf;
        char c = value.charAt(i);
        if (c < 0x80) {
            escape(c);
        } else if (c < 0x800) {
            b[pos++] = (byte) (0xc0 | c >> 6);
            b[pos++] = (byte) (0x80 | c & 0x3f);
        } else if (c == '\u2028' || c == '\u2029') {
            unicodeEscape(c);
        } else if (!Character.isSurrogate(c)) {
            b[pos++] = (byte) (0xe0 | c >> 12);
            b[pos++] = (byte) (0x80 | c >> 6 & 0x3f);
            b[pos++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, value.charAt(++i));
            b[pos++] = (byte) (0xf0 | cp >> 18);
            b[pos++] = (byte) (0x80 | cp >> 12 & 0x3f);
            b[pos++] = (byte) (0x80 | cp >> 6 & 0x3f);
            b[pos++] = (byte) (0x80 | cp & 0x3f);
        } else {
            b[pos++] = '?'; // unpaired: what String.getBytes(UTF_8) writes
        }
        return i;
    }

    /** Gson's escape of an ASCII character: a short one where JSON has it, else hex. */
    private void escape(char c) {
        byte[] b = buf;
        b[pos++] = '\\';
        switch (c) {
            case '"' -> b[pos++] = '"';
            case '\\' -> b[pos++] = '\\';
            case '\t' -> b[pos++] = 't';
            case '\b' -> b[pos++] = 'b';
            case '\n' -> b[pos++] = 'n';
            case '\r' -> b[pos++] = 'r';
            case '\f' -> b[pos++] = 'f';
            default -> {
                pos--;
                unicodeEscape(c);
            }
        }
    }

    private void unicodeEscape(char c) {
        byte[] b = buf;
        b[pos++] = '\\';
        b[pos++] = 'u';
        b[pos++] = HEX[c >> 12 & 0xf];
        b[pos++] = HEX[c >> 8 & 0xf];
        b[pos++] = HEX[c >> 4 & 0xf];
        b[pos++] = HEX[c & 0xf];
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Writes out what is buffered. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
