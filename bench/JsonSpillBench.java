package io.github.releaseprocess.versioning;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What writing the {@code commits} of next-version's JSON costs, without the walk: 100,000
 * elements (one per line of SUBJECTS) written by the spill of 054be32 ({@code gson}: Gson's
 * {@code JsonWriter} into the {@code Utf8SpillWriter} below, copied from that commit) or by
 * {@link CommitSpill} ({@code bytes}), in a fresh JVM each. Prints the writing thread's CPU and
 * wall time; run it under {@code /usr/bin/time} for the whole process (JIT threads included).
 * Not part of any build:
 *
 * <pre>
 * JAR=~/.m2/repository/io/github/releaseprocess/release-process-maven-plugin/0.1.1-SNAPSHOT/release-process-maven-plugin-0.1.1-SNAPSHOT.jar
 * git -C bench/work/next-version/repo-100000 log --format=%s -n 100000 > bench/work/subjects.txt
 * javac -cp $JAR -d bench/work/json-spill bench/JsonSpillBench.java
 * for i in 1 2 3 4 5; do for m in gson bytes; do /usr/bin/time -f "$m %U+%S s" java \
 *     -cp bench/work/json-spill:$JAR io.github.releaseprocess.versioning.JsonSpillBench $m \
 *     bench/work/subjects.txt; done; done
 * </pre>
 */
public final class JsonSpillBench {

    private JsonSpillBench() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        List<String> subjects = Files.readAllLines(Path.of(args[1]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path out = Files.createTempFile("json-spill", ".json");
        String id = "0123456789abcdef0123456789abcdef01234567";
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        if (mode.equals("gson")) {
            try (Writer writer = new Utf8SpillWriter(Files.newOutputStream(out), 1 << 16)) {
                JsonWriter json = new JsonWriter(writer);
                json.setIndent("  ");
                json.setSerializeNulls(true);
                json.beginObject().name("commits").beginArray();
                for (int i = 0; i < subjects.size(); i++) {
                    json.beginObject().name("id").value(id).name("type").value("feat")
                            .name("scope").value(i % 3 == 0 ? null : "core").name("breaking")
                            .value(false).name("subject").value(subjects.get(i))
                            .name("releasable").value(true).endObject();
                }
                json.flush();
            }
        } else {
            try (CommitSpill spill = new CommitSpill(Files.newOutputStream(out))) {
                for (int i = 0; i < subjects.size(); i++) {
                    spill.commit(id, "feat", i % 3 == 0 ? null : "core", false, subjects.get(i),
                            true);
                }
            }
        }
        System.out.printf("%s: writing thread %d ms CPU, %d ms wall, %d bytes%n", mode,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                (System.nanoTime() - wall) / 1_000_000, Files.size(out));
        Files.delete(out);
    }

    /** The spill's writer at 054be32 (decision 0022), as it was. */
    static final class Utf8SpillWriter extends Writer {

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
}
