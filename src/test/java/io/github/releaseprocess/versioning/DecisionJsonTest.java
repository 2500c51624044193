package io.github.releaseprocess.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON of next-version, with its commits (the default) and without ({@code outputCommits=false}). */
class DecisionJsonTest {

    @TempDir
    Path dir;

    private JsonObject report(DecisionJson json) throws Exception {
        try (GitScenario g = GitScenario.init(dir.resolve("repo"))) {
            g.commit("chore: init").tag("v1.2.3").commit("fix: a").commit("feat: b");
        }
        NextVersionRequest request = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of(TagFormat.DEFAULT, null), Version.of(1, 0, 0), Optional.empty(),
                Optional.empty(), false, false);
        Path target = dir.resolve("next-version.json");
        try (GitRepository repo = GitRepository.open(dir.resolve("repo")); json) {
            VersionDecision decision = new NextVersionCalculator(Reporter.SILENT).calculate(repo,
                    request, json.listsCommits() ? json : CommitSink.NONE);
            json.write(decision, target);
        }
        return JsonParser.parseString(Files.readString(target)).getAsJsonObject();
    }

    @Test
    void shouldListEveryCommitByDefault() throws Exception {
        JsonObject json = report(DecisionJson.spillingTo(dir.resolve("tmp")));
        assertEquals("1.3.0", json.get("nextVersion").getAsString());
        assertEquals(2, json.getAsJsonArray("commits").size());
        try (var spill = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, spill.count(), "the spill file is deleted");
        }
    }

    @Test
    void shouldLeaveTheCommitsOutWhenAsked() throws Exception {
        DecisionJson without = DecisionJson.withoutCommits();
        assertFalse(without.listsCommits());
        JsonObject json = report(without);
        assertEquals("1.3.0", json.get("nextVersion").getAsString());
        assertEquals(2, json.get("commitCount").getAsInt());
        assertEquals("minor", json.get("bump").getAsString());
        assertTrue(json.has("reasons"));
        assertFalse(json.has("commits"), json.toString());
    }

    /**
     * The report is byte for byte what the writer before the pre-rendered spill wrote (one
     * indenting Gson writer over the decision and every commit): quotes, backslashes, control
     * characters, unicode, multi-line messages with trailers, breaking changes, a merge, and
     * reverts that cancel (the only elements the copy changes).
     * <pre>
     * * Reapply "fix: twice"                 (HEAD; cancels with the revert below)
     * * Revert "fix: twice"
     * * fix: twice
     * * Revert "feat: risky"                 (cancels feat: risky)
     * *   Merge branch 'side'
     * |\
     * | * feat(side): from a branch
     * * | Update the README                 (not conventional)
     * |/
     * * ... quotes, unicode, trailers, breaking
     * * chore: init                          (v1.0.0)
     * </pre>
     */
    @Test
    void shouldWriteTheSameBytesAsAWholeReportWriter() throws Exception {
        try (GitScenario g = GitScenario.init(dir.resolve("repo"))) {
            g.commit("chore: init").tag("v1.0.0")
                    .commit("feat(api): say \"hello\" to C:\\temp\tand <b>&amp;</b> \u0001\u001f")
                    .commit("fix: ünïcödé ✓ 日本語 😀 line\u2028separator\u2029 \u007f")
                    .commit("feat: multi-line\n\nA body\nover \"two\" lines.\n\n"
                            + "BREAKING CHANGE: the old call is gone\nReviewed-by: Ann <ann@example.invalid>\n"
                            + "Refs: #12")
                    .commit("refactor(core)!: breaking bang")
                    .commit("feat: risky");
            String risky = g.lastId();
            g.branch("side").checkout("side").commit("feat(side): from a branch")
                    .checkout("main").commit("Update the README")
                    .merge("side", "Merge branch 'side'")
                    .commit("Revert \"feat: risky\"\n\nThis reverts commit " + risky + ".\n")
                    .commit("fix: twice");
            String twice = g.lastId();
            g.commit("Revert \"fix: twice\"\n\nThis reverts commit " + twice + ".\n");
            String revert = g.lastId();
            g.commit("Reapply \"fix: twice\"\n\nThis reverts commit " + revert + ".\n");
        }
        Path target = dir.resolve("next-version.json");
        List<AnalyzedCommit> commits = new ArrayList<>();
        VersionDecision decision = reportAndList(target, commits, new int[1]);
        assertEquals(4, decision.cancelled().size(), decision.cancelled().toString());
        assertEquals(12, commits.size());
        String expected = wholeReport(decision, commits, null);
        assertEquals(expected, Files.readString(target, StandardCharsets.UTF_8));
        assertTrue(expected.contains("\\u2028") && expected.contains("\\\"hello\\\""), expected);
        assertTrue(expected.contains("\"releasable\": false"), expected);

        // the same decision with components and an empty spill (next-version on a monorepo)
        List<DecisionJson.ComponentEntry> components = List.of(new DecisionJson.ComponentEntry(
                "core", "core-v1.0.0", "1.0.0", "1.1.0", "minor", 3, List.of(), List.of("a \"b\"")));
        Path monorepo = dir.resolve("components.json");
        try (DecisionJson json = DecisionJson.spillingTo(dir.resolve("tmp"))) {
            json.write(decision, components, monorepo);
        }
        assertEquals(wholeReport(decision, List.of(), components),
                Files.readString(monorepo, StandardCharsets.UTF_8));
    }

    /**
     * A walk redone from the highest reachable release starts the spill again, so the report
     * lists only the commits of the second walk, still byte for byte as a whole writer would.
     * <pre>
     * * fix: "mainline"          (HEAD, main)
     * | * feat: elsewhere        (v2.0.0 on branch other)
     * |/
     * * chore: init              (v1.0.0)
     * </pre>
     */
    @Test
    void shouldStartTheSpillAgainWhenTheWalkRestarts() throws Exception {
        try (GitScenario g = GitScenario.init(dir.resolve("repo"))) {
            g.commit("chore: init").tag("v1.0.0").branch("other").checkout("other")
                    .commit("feat: elsewhere").tag("v2.0.0").checkout("main")
                    .commit("fix: \"mainline\"");
        }
        Path target = dir.resolve("next-version.json");
        List<AnalyzedCommit> commits = new ArrayList<>();
        int[] restarts = {0};
        VersionDecision decision = reportAndList(target, commits, restarts);
        assertEquals(1, restarts[0]);
        assertEquals(1, commits.size());
        assertEquals(wholeReport(decision, commits, null),
                Files.readString(target, StandardCharsets.UTF_8));
    }

    /**
     * Writes the report of the repository in {@code repo} to {@code target} and collects the
     * commits its sink saw into {@code commits}, counting the restarts of the walk.
     */
    private VersionDecision reportAndList(Path target, List<AnalyzedCommit> commits,
            int[] restarts) throws Exception {
        NextVersionRequest request = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of(TagFormat.DEFAULT, null), Version.of(1, 0, 0), Optional.empty(),
                Optional.empty(), false, false);
        try (GitRepository repo = GitRepository.open(dir.resolve("repo"));
                DecisionJson json = DecisionJson.spillingTo(dir.resolve("tmp"))) {
            VersionDecision decision = new NextVersionCalculator(Reporter.SILENT).calculate(repo,
                    request, new CommitSink() {
                        @Override
                        public void accept(AnalyzedCommit commit) {
                            json.accept(commit);
                            commits.add(commit);
                        }

                        @Override
                        public void restart() {
                            restarts[0]++;
                            json.restart();
                            commits.clear();
                        }
                    });
            json.write(decision, target);
            return decision;
        }
    }

    /**
     * The report as one indenting Gson writer writes it, the way 0.1 wrote every report (the
     * components, which the spill does not touch, with the report's own code).
     */
    private static String wholeReport(VersionDecision decision, List<AnalyzedCommit> commits,
            List<DecisionJson.ComponentEntry> components) throws Exception {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        DecisionJson.writeDecision(json, decision);
        if (components != null) {
            DecisionJson.writeComponents(json, components);
        }
        json.name("commits").beginArray();
        for (AnalyzedCommit commit : commits) {
            DecisionJson.writeCommit(json, commit, decision);
        }
        json.endArray().endObject().flush();
        return out.toString();
    }
}
