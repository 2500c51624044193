package io.github.releaseprocess.versioning;

import com.google.gson.stream.JsonWriter;
import io.github.releaseprocess.commits.Bump;
import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The machine-readable report of a version decision ({@code -Drelease-process.outputFile}).
 *
 * <p>Used as the calculator's commit sink, it spills each commit to a temporary file while the
 * history is walked, already as the final, indented text of its element of the {@code commits}
 * array ({@link CommitSpill}, byte for byte what Gson writes there), so a report of a million
 * commits needs no memory for them and no second pass through a JSON parser: {@link #write}
 * copies the spilled bytes into the report. Whether a commit counted
 * is spilled as whether it bumps; a later revert can still cancel it, and the copy turns those
 * few {@code "releasable": true} into {@code false}. {@link #withoutCommits()} leaves the array
 * out ({@code -Drelease-process.outputCommits=false}).
 */
public final class DecisionJson implements CommitSink, AutoCloseable {

    private static final String INDENT = "  ";
    /** The start of a commit's {@code id} line and its {@code releasable} line, in the report. */
    private static final byte[] ID_LINE = line("\"id\": \"");
    private static final byte[] RELEASABLE_TRUE = line("\"releasable\": true");
    private static final byte[] RELEASABLE_FALSE = line("\"releasable\": false");

    private final Path spill;
    private CommitSpill spillWriter;

    private DecisionJson(Path spill) throws IOException {
        this.spill = spill;
        if (spill != null) {
            openSpill();
        }
    }

    /** An element's field line, indented as in the report (an object in an array in an object). */
    private static byte[] line(String start) {
        return (INDENT.repeat(3) + start).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonWriter reportWriter(Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.setIndent(INDENT);
        json.setSerializeNulls(true);
        return json;
    }

    private void openSpill() throws IOException {
        spillWriter = new CommitSpill(Files.newOutputStream(spill));
    }

    /**
     * A report without the {@code commits} array: the decision, its counts and reasons only.
     * Its sink takes nothing, so a caller may pass {@link CommitSink#NONE} to the calculator.
     */
    public static DecisionJson withoutCommits() {
        try {
            return new DecisionJson(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the report lists the commits. */
    public boolean listsCommits() {
        return spill != null;
    }

    @Override
    public void restart() {
        if (spill == null) {
            return;
        }
        try {
            spillWriter.close();
            openSpill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report whose commits spill to a temporary file in {@code tempDir}. */
    public static DecisionJson spillingTo(Path tempDir) throws IOException {
        Files.createDirectories(tempDir);
        return new DecisionJson(Files.createTempFile(tempDir, "next-version-commits", ".jsonl"));
    }

    @Override
    public void accept(AnalyzedCommit commit) {
        if (spill == null) {
            return;
        }
        ConventionalCommit header = commit.header();
        try {
            // No flush per commit: the spill writes 64 KiB at a time.
            // "releasable" is whether it bumps; write() turns the ones a revert cancelled.
            spillWriter.commit(commit.id(), header.type(), header.scope(), commit.breaking(),
                    header.subject(), commit.bump() != Bump.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One element of the {@code components} array of a monorepo's report.
     *
     * @param id the component id
     * @param lastTag its last release tag, or null
     * @param currentVersion its last released version, or null
     * @param nextVersion the version it is released with, or null
     * @param bump {@code major|minor|patch|prerelease|none}
     * @param commitCount how many commits since its last release are its own
     * @param pulledAlongBy the components whose release pulls it along
     * @param reasons the decision in sentences
     */
    public record ComponentEntry(String id, String lastTag, String currentVersion,
            String nextVersion, String bump, long commitCount, java.util.List<String> pulledAlongBy,
            java.util.List<String> reasons) {
    }

    /** Writes the whole report to {@code target}, atomically. */
    public void write(VersionDecision decision, Path target) throws IOException {
        write(decision, null, target);
    }

    /**
     * Writes the whole report to {@code target}, atomically, with a {@code components} array
     * when {@code components} is not null.
     */
    public void write(VersionDecision decision, java.util.List<ComponentEntry> components,
            Path target) throws IOException {
        if (spillWriter != null) {
            spillWriter.flush();
        }
        AtomicFiles.write(target, out -> writeReport(decision, components, out));
    }

    /** Writes the {@code components} array of a monorepo's report. */
    static void writeComponents(JsonWriter json, java.util.List<ComponentEntry> entries)
            throws IOException {
        json.name("components").beginArray();
        for (ComponentEntry e : entries) {
            json.beginObject().name("id").value(e.id()).name("lastTag").value(e.lastTag())
                    .name("currentVersion").value(e.currentVersion()).name("nextVersion")
                    .value(e.nextVersion()).name("bump").value(e.bump()).name("commitCount")
                    .value(e.commitCount());
            json.name("pulledAlongBy").beginArray();
            for (String id : e.pulledAlongBy()) {
                json.value(id);
            }
            json.endArray().name("reasons").beginArray();
            for (String reason : e.reasons()) {
                json.value(reason);
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    private void writeReport(VersionDecision decision, java.util.List<ComponentEntry> components,
            OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter json = reportWriter(text);
        json.beginObject();
        writeDecision(json, decision);
        if (components != null) {
            writeComponents(json, components);
        }
        if (spill != null) {
            json.name("commits").beginArray();
            json.flush();
            copySpill(decision.cancelled(), out);
            if (spillWriter.any()) {
                // JsonWriter saw an empty array: the line break before "]" of a filled one is ours
                text.write("\n" + INDENT);
            }
            json.endArray();
        }
        json.endObject();
        json.flush();
    }

    /**
     * Copies the spilled elements into the report: the bytes as they are, except that the
     * commits a revert cancelled (their id in {@code cancelled}) get {@code "releasable": false}.
     */
    private void copySpill(Set<String> cancelled, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(spill)) {
            if (cancelled.isEmpty()) {
                in.transferTo(out);
            } else {
                copyCancelling(in, out, cancelled);
            }
        }
    }

    /** Copies line by line, setting the {@code releasable} line of each cancelled commit false. */
    private static void copyCancelling(InputStream in, OutputStream out, Set<String> cancelled)
            throws IOException {
        SpillLines lines = new SpillLines(in);
        boolean inCancelled = false;
        while (lines.next()) {
            if (lines.startsWith(ID_LINE)) {
                inCancelled = cancelled.contains(lines.quotedAsciiAt(ID_LINE.length));
            } else if (inCancelled && lines.startsWith(RELEASABLE_TRUE)
                    && lines.length() == RELEASABLE_TRUE.length) {
                out.write(RELEASABLE_FALSE);
                lines.writeLineEnd(out);
                inCancelled = false;
                continue;
            }
            lines.writeTo(out);
        }
    }

    /** The lines of a stream as bytes, each kept with its line end, in one reused buffer. */
    private static final class SpillLines {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int start;
        private int end;
        private int filled;

        SpillLines(InputStream in) {
            this.in = in;
        }

        /** Moves to the next line; false at the end of the stream. */
        boolean next() throws IOException {
            start = end;
            int scan = start;
            while (true) {
                for (; scan < filled; scan++) {
                    if (buf[scan] == '\n') {
                        end = scan + 1;
                        return true;
                    }
                }
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, filled - start);
                    filled -= start;
                    scan -= start;
                    start = 0;
                } else if (filled == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int read = in.read(buf, filled, buf.length - filled);
                if (read < 0) {
                    end = filled;
                    return end > start;
                }
                filled += read;
            }
        }

        /** The length of the line without its line end. */
        int length() {
            return end - start - (end > start && buf[end - 1] == '\n' ? 1 : 0);
        }

        boolean startsWith(byte[] prefix) {
            return end - start >= prefix.length
                    && java.util.Arrays.equals(buf, start, start + prefix.length, prefix, 0,
                            prefix.length);
        }

        /** The ASCII text from {@code offset} in the line up to the next double quote. */
        String quotedAsciiAt(int offset) {
            int from = start + offset;
            int to = from;
            while (to < end && buf[to] != '"') {
                to++;
            }
            return new String(buf, from, to - from, StandardCharsets.US_ASCII);
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(buf, start, end - start);
        }

        void writeLineEnd(OutputStream out) throws IOException {
            if (end > start && buf[end - 1] == '\n') {
                out.write('\n');
            }
        }
    }

    /**
     * Writes the fields of a decision other than {@code commits} into an open JSON object, so
     * that reports that add fields of their own ({@code prepare}'s plan) keep these the same.
     */
    public static void writeDecision(JsonWriter json, VersionDecision decision) throws IOException {
        for (Map.Entry<String, String> e : summary(decision).entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.name("commitCount").value(decision.commitCount());
        json.name("analysisMillis").value(decision.analysisMillis());
        json.name("ignoredCount").value(decision.ignored());
        json.name("countsByType").beginObject();
        for (Map.Entry<String, Long> e : decision.countsByType().entrySet()) {
            json.name(e.getKey()).value(e.getValue());
        }
        json.endObject();
        json.name("reasons").beginArray();
        for (String reason : decision.reasons()) {
            json.value(reason);
        }
        json.endArray();
    }

    /** Writes one element of the {@code commits} array. */
    public static void writeCommit(JsonWriter json, AnalyzedCommit commit, VersionDecision decision)
            throws IOException {
        ConventionalCommit header = commit.header();
        writeCommit(json, commit.id(), header.type(), header.scope(), commit.breaking(),
                header.subject(), decision.isReleasable(commit));
    }

    private static void writeCommit(JsonWriter json, String id, String type, String scope,
            boolean breaking, String subject, boolean releasable) throws IOException {
        json.beginObject().name("id").value(id).name("type").value(type).name("scope")
                .value(scope).name("breaking").value(breaking).name("subject").value(subject)
                .name("releasable").value(releasable).endObject();
    }

    /**
     * The scalar fields, also the keys appended to {@code GITHUB_OUTPUT}: {@code currentVersion},
     * {@code lastTag}, {@code nextVersion}, {@code bump} (null values as JSON null, and as empty
     * strings there).
     */
    public static Map<String, String> summary(VersionDecision decision) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("currentVersion", decision.currentVersion().map(Version::toString).orElse(null));
        out.put("lastTag", decision.lastTag().map(ReleaseTag::name).orElse(null));
        out.put("nextVersion", decision.nextVersion().map(Version::toString).orElse(null));
        out.put("bump", decision.bump().id());
        return out;
    }

    /** Deletes the spill file. */
    @Override
    public void close() throws IOException {
        if (spill != null) {
            spillWriter.close();
            Files.deleteIfExists(spill);
        }
    }
}
