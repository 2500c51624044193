package io.github.releaseprocess.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
