package io.github.releaseprocess.versioning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer for one thread that gathers characters in a builder and encodes them to UTF-8 in large
 * chunks: Gson's {@code JsonWriter} hands an indented report to its writer in many pieces of one
 * to a few characters, and a {@code BufferedWriter} takes a lock and checks it is open for each.
 * A surrogate pair is never split between two chunks (decision 0022).
 */
final class Utf8SpillWriter extends Writer {

    private final OutputStream out;
    private final int drainAt;
    private final StringBuilder buffer;

    /** Encodes to {@code out} whenever {@code drainAt} characters are waiting. */
    Utf8SpillWriter(OutputStream out, int drainAt) {
        this.out = out;
        this.drainAt = drainAt;
        this.buffer = new StringBuilder(drainAt + 64);
    }

    @Override
    public void write(int c) throws IOException {
        buffer.append((char) c);
        drainIfFull();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        buffer.append(chars, offset, length);
        drainIfFull();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        buffer.append(text, offset, offset + length);
        drainIfFull();
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        buffer.append(text);
        drainIfFull();
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        buffer.append(c);
        drainIfFull();
        return this;
    }

    private void drainIfFull() throws IOException {
        if (buffer.length() >= drainAt) {
            drain(false);
        }
    }

    /** Encodes what is waiting, but a last high surrogate unless {@code all}. */
    private void drain(boolean all) throws IOException {
        int end = buffer.length();
        if (!all && end > 0 && Character.isHighSurrogate(buffer.charAt(end - 1))) {
            end--; // its low surrogate comes with the next write
        }
        if (end > 0) {
            out.write(buffer.substring(0, end).getBytes(StandardCharsets.UTF_8));
            buffer.delete(0, end);
        }
    }

    @Override
    public void flush() throws IOException {
        drain(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain(true);
        } finally {
            out.close();
        }
    }
}
