package io.github.releaseprocess.release;

import com.google.gson.stream.JsonWriter;
import io.github.releaseprocess.api.ApiChange;
import io.github.releaseprocess.api.ApiCheckOutcome;
import io.github.releaseprocess.api.ApiReport;
import io.github.releaseprocess.api.ApiVerdict;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.feedback.ProblemReportLink;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.DecisionJson;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of {@code prepare -Drelease-process.outputFile}: the fields of {@code next-version}
 * (currentVersion, lastTag, nextVersion, bump, commits, reasons, …) and the plan: tag,
 * developmentVersion, dryRun, gates, steps and the files with their diffs; for a monorepo's release
 * a {@code components} array ({@code id, lastTag, nextVersion, bump, tag, developmentVersion,
 * reasons}).
 */
public final class PrepareReport {

    private PrepareReport() {
    }

    /** The step from a component's last release to its release, as {@code next-version} says. */
    static String bump(ComponentRelease c) {
        if (c.version().isEmpty()) {
            return "none";
        }
        Version next = c.version().get();
        if (next.isPrerelease()) {
            return "prerelease";
        }
        if (c.lastRelease().isEmpty()) {
            return c.decision() != null ? c.decision().bump().id() : "minor";
        }
        return c.lastRelease().get().toRelease().levelOfChangeTo(next).name()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The keys {@code prepare} appends to {@code GITHUB_OUTPUT}: {@code releaseVersion},
     * {@code tag}, {@code developmentVersion} (empty for none) and {@code dryRun}; the
     * {@code releaseNotes} file when the release wrote its notes into {@code releaseNotesDir};
     * {@code apiLevel} when the API check judged; for a monorepo's release
     * {@code releasedComponents} and, per released component, {@code <id>_releaseVersion} and
     * {@code <id>_tag}.
     */
    public static Map<String, String> outputs(PrepareResult result, Path releaseNotesDir) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("releaseVersion", result.version().toString());
        out.put("tag", result.tag());
        out.put("developmentVersion", result.developmentVersion().map(Version::toString)
                .orElse(""));
        out.put("dryRun", Boolean.toString(result.dryRun()));
        if (!result.dryRun() && result.notes().isPresent()) {
            out.put("releaseNotes", releaseNotesDir.resolve(ReleaseNotes.fileName(
                    result.version())).toString());
        }
        result.api().flatMap(ApiCheckOutcome::verdict).ifPresent(verdict -> out.put("apiLevel",
                verdict.required().name().toLowerCase(Locale.ROOT)));
        if (!result.components().isEmpty()) {
            List<ComponentRelease> released = result.components().stream()
                    .filter(ComponentRelease::released).toList();
            out.put("releasedComponents", String.join(",",
                    released.stream().map(ComponentRelease::id).toList()));
            for (ComponentRelease c : released) {
                out.put(c.id() + "_releaseVersion", c.version().get().toString());
                out.put(c.id() + "_tag", c.tag().get());
            }
        }
        return out;
    }

    /** Writes the report of a prepared (or planned) release, atomically. */
    public static void write(PrepareResult result, Path target) throws IOException {
        write(result, target, Optional.empty());
    }

    /**
     * The {@code api} object: mode, status, message, baseline, and where the check ran the
     * levels ({@code level} the API requires, {@code releaseLevel} of the release), the
     * incompatible changes and additions, and the Markdown {@code summary} of the release notes.
     */
    private static void writeApi(JsonWriter json, ApiCheckOutcome api) throws IOException {
        json.name("api").beginObject();
        json.name("mode").value(api.mode().id());
        json.name("status").value(api.status());
        json.name("message").value(api.message());
        json.name("baseline").value(api.baseline());
        json.name("raisedFrom").value(api.raisedFrom().orElse(null));
        if (api.verdict().isPresent()) {
            ApiVerdict verdict = api.verdict().get();
            ApiReport report = verdict.report();
            json.name("candidate").value(report.candidate());
            json.name("level").value(name(verdict.required()));
            json.name("releaseLevel").value(name(verdict.released()));
            json.name("classesCompared").value(report.classesCompared());
            json.name("incompatible");
            writeChanges(json, report.incompatible());
            json.name("additions");
            writeChanges(json, report.additions());
        }
        json.name("summary").value(api.notes().orElse(null));
        json.endObject();
    }

    private static void writeChanges(JsonWriter json, java.util.List<ApiChange> changes)
            throws IOException {
        json.beginArray();
        for (ApiChange change : changes) {
            json.beginObject().name("class").value(change.className())
                    .name("member").value(change.member().isEmpty() ? null : change.member())
                    .name("change").value(change.change())
                    .name("binaryCompatible").value(change.binaryCompatible())
                    .name("sourceCompatible").value(change.sourceCompatible())
                    .endObject();
        }
        json.endArray();
    }

    private static String name(Version.Level level) {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Writes the report with {@code reportProblem} ({@code text}, {@code url}): the link of the
     * release notes, when the project has an {@code <issueManagement>}.
     */
    public static void write(PrepareResult result, Path target,
            Optional<ProblemReportLink> problemReport) throws IOException {
        AtomicFiles.write(target, out -> {
            JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginObject();
            DecisionJson.writeDecision(json, result.decision());
            json.name("tag").value(result.tag());
            json.name("developmentVersion")
                    .value(result.developmentVersion().map(Version::toString).orElse(null));
            json.name("dryRun").value(result.dryRun());
            if (problemReport.isPresent()) {
                String version = result.version().toString();
                json.name("reportProblem").beginObject()
                        .name("text").value(ProblemReportLink.label(version))
                        .name("url").value(problemReport.get().urlFor(version)).endObject();
            }
            if (result.notes().isPresent()) {
                ReleaseNotes notes = result.notes().get();
                json.name("releaseNotes").beginObject()
                        .name("file").value("target/release-process/"
                                + ReleaseNotes.fileName(notes.version()))
                        .name("title").value(notes.tag())
                        .name("body").value(notes.markdown())
                        .name("apiChanges").value(notes.apiChanges().orElse(null))
                        .endObject();
            }
            if (!result.components().isEmpty()) {
                json.name("components").beginArray();
                for (ComponentRelease c : result.components()) {
                    json.beginObject().name("id").value(c.id())
                            .name("lastTag").value(c.lastRelease().map(c.tagFormat()::tagFor)
                                    .orElse(null))
                            .name("nextVersion").value(c.version().map(Version::toString)
                                    .orElse(null))
                            .name("bump").value(bump(c))
                            .name("tag").value(c.tag().orElse(null))
                            .name("developmentVersion").value(c.developmentVersion()
                                    .map(Version::toString).orElse(null));
                    json.name("reasons").beginArray();
                    for (String reason : c.reasons()) {
                        json.value(reason);
                    }
                    json.endArray().endObject();
                }
                json.endArray();
            }
            json.name("gates").beginArray();
            for (GateResult gate : result.gates()) {
                json.beginObject().name("gate").value(gate.gate()).name("status")
                        .value(gate.status().name().toLowerCase(java.util.Locale.ROOT))
                        .name("message").value(gate.message()).name("items").beginArray();
                for (String item : gate.items()) {
                    json.value(item);
                }
                json.endArray().endObject();
            }
            json.endArray();
            json.name("steps").beginArray();
            for (String step : result.steps()) {
                json.value(step);
            }
            json.endArray();
            json.name("files").beginArray();
            for (PrepareResult.FileDiff file : result.changes()) {
                json.beginObject().name("path").value(file.path()).name("diff").value(file.diff())
                        .endObject();
            }
            json.endArray();
            json.name("commits").beginArray();
            for (AnalyzedCommit commit : result.commits()) {
                DecisionJson.writeCommit(json, commit, result.decision());
            }
            json.endArray();
            if (result.api().isPresent()) {
                writeApi(json, result.api().get());
            }
            json.endObject();
            json.flush();
        });
    }
}
