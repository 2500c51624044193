package io.github.releaseprocess.versioning;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.releaseprocess.commits.Bump;
import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.semver.Version;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable report of a version decision ({@code -Drelease-process.outputFile}).
 *
 * <p>Used as the calculator's commit sink, it spills each commit as one JSON line to a temporary
 * file while the history is walked, so a report of a million commits needs no memory for them;
 * {@link #write} then streams the lines into the {@code commits} array, adding whether each
 * commit counted (which a later revert can change). {@link #withoutCommits()} leaves the array
 * out ({@code -Drelease-process.outputCommits=false}).
 */
public final class DecisionJson implements CommitSink, AutoCloseable {

    private final Path spill;
    private Writer spillWriter;

    private DecisionJson(Path spill) throws IOException {
        this.spill = spill;
        this.spillWriter = spill == null ? null
                : Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
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
            spillWriter = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
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
            // JsonWriter writes straight through to the buffered spill writer: no flush per
            // commit (100,000 system calls for 100,000 commits), the buffer fills and drains.
            JsonWriter line = new JsonWriter(spillWriter);
            line.beginArray().value(commit.id()).value(header.type()).value(header.scope())
                    .value(commit.breaking()).value(header.subject())
                    .value(commit.bump() != Bump.NONE).endArray();
            spillWriter.write('\n');
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

    private static void writeComponents(JsonWriter json, java.util.List<ComponentEntry> entries)
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
        JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        writeDecision(json, decision);
        if (components != null) {
            writeComponents(json, components);
        }
        if (spill != null) {
            json.name("commits").beginArray();
            try (BufferedReader lines = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    writeCommit(json, line, decision);
                }
            }
            json.endArray();
        }
        json.endObject();
        json.flush();
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

    private static void writeCommit(JsonWriter json, String line, VersionDecision decision)
            throws IOException {
        try (JsonReader in = new JsonReader(new StringReader(line))) {
            in.beginArray();
            String id = in.nextString();
            String type = nextNullableString(in);
            String scope = nextNullableString(in);
            boolean breaking = in.nextBoolean();
            String subject = in.nextString();
            boolean bumps = in.nextBoolean();
            writeCommit(json, id, type, scope, breaking, subject,
                    bumps && !decision.cancelled().contains(id));
        }
    }

    private static String nextNullableString(JsonReader in) throws IOException {
        if (in.peek() == com.google.gson.stream.JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
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
