package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.DecisionJson;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import io.github.releaseprocess.components.ComponentAnalysis;
import io.github.releaseprocess.components.ComponentAnalyzer;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.ComponentModel;
import io.github.releaseprocess.components.ComponentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the next version and why: the last release tag, the bump the commits since ask for, the
 * commits per type and the ones ignored. Sets the project property
 * {@code release-process.nextVersion}; with {@code -Drelease-process.outputFile=PATH} writes the
 * decision as JSON. Runs without a POM too, in any git repository.
 */
@Mojo(name = "next-version", requiresProject = false, threadSafe = true, aggregator = true)
public class NextVersionMojo extends AbstractVersioningMojo {

    /** The project property that receives the next version (unset when nothing is releasable). */
    public static final String NEXT_VERSION_PROPERTY = "release-process.nextVersion";

    /** Writes the decision as JSON to this file (relative to the project folder). */
    @Parameter(property = "release-process.outputFile")
    private File outputFile;

    /**
     * Versions only the commits that change these folders or files (relative to the current
     * folder), as a package of its own; with {@code tagFormat} for its tags. Needs no POM.
     */
    @Parameter(property = "release-process.paths")
    private List<String> paths;

    /**
     * Whether the JSON of {@code outputFile} lists every commit since the last release
     * ({@code commits}); {@code false} leaves the array out, which saves time on long histories.
     */
    @Parameter(property = "release-process.outputCommits", defaultValue = "true")
    private boolean outputCommits;

    @Override
    protected void run(Reporter reporter) throws IOException {
        ComponentConfig config = componentConfig();
        if ((paths != null && !paths.isEmpty()) || config.hasComponents()) {
            runComponents(config, reporter);
            return;
        }
        try (GitRepository repository = GitRepository.open(baseDir());
                DecisionJson json = outputFile == null ? null : !outputCommits
                        ? DecisionJson.withoutCommits()
                        : DecisionJson.spillingTo(Path.of(System.getProperty("java.io.tmpdir")))) {
            VersionDecision decision = new NextVersionCalculator(reporter).calculate(repository,
                    versionRequest(), json == null || !json.listsCommits() ? CommitSink.NONE
                            : json);
            report(decision, reporter);
            record(decision, json, target -> json.write(decision, target), Map.of(), reporter);
        }
    }

    private void runComponents(ComponentConfig config, Reporter reporter) throws IOException {
        try (GitRepository repository = GitRepository.open(baseDir());
                DecisionJson json = outputFile == null ? null
                        : DecisionJson.spillingTo(Path.of(System.getProperty("java.io.tmpdir")))) {
            boolean alone = paths != null && !paths.isEmpty();
            if (!alone && releaseVersion != null && !releaseVersion.isBlank()) {
                reporter.warn("-DreleaseVersion=" + releaseVersion + " is ignored: with components"
                        + " each component's version comes from its own commits (prepare"
                        + " -Drelease-process.only=ID applies it to that one component)");
            }
            ComponentModel model = alone ? ComponentModel.ofPaths(relativeToRepository(
                    repository.workTree(), paths), tagFormat)
                    : ComponentModel.load(config, repository.workTree(), baseDir(),
                            hasPom() ? ComponentSettings.modules(session) : List.of());
            ComponentAnalysis analysis = new ComponentAnalyzer(reporter).analyze(repository,
                    componentRulesRequest(), model, id -> CommitSink.NONE);
            VersionDecision top = alone ? analysis.decisions().get(0).own()
                    : ComponentReport.summary(analysis);
            if (alone) {
                report(top, reporter);
            } else {
                ComponentReport.lines(analysis).forEach(reporter::info);
            }
            record(top, json, target -> json.write(top, ComponentReport.entries(analysis), target),
                    ComponentReport.outputs(analysis), reporter);
        }
    }

    /**
     * Where the decision goes: the project property, the JSON of {@code outputFile} (when asked
     * for) and the step outputs of a GitHub Actions job, with {@code more} of them.
     */
    private void record(VersionDecision decision, DecisionJson json,
            GoalOutput.FileWriter writeJson, Map<String, String> more, Reporter reporter)
            throws IOException {
        decision.nextVersion().ifPresent(v -> project.getProperties()
                .setProperty(NEXT_VERSION_PROPERTY, v.toString()));
        if (json != null) {
            GoalOutput.write(baseDir(), outputFile, writeJson, reporter);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        DecisionJson.summary(decision).forEach((k, v) -> outputs.put(k, v == null ? "" : v));
        outputs.putAll(more);
        GoalOutput.toGitHubActions(outputs, reporter);
    }

    /** {@code -Drelease-process.paths} are relative to the current folder; the model's to the repository. */
    private List<String> relativeToRepository(Path workTree, List<String> given) {
        List<String> out = new ArrayList<>();
        Path top = workTree.toAbsolutePath().normalize();
        for (String p : given) {
            Path abs = baseDir().resolve(p.trim()).toAbsolutePath().normalize();
            if (!abs.startsWith(top)) {
                throw new io.github.releaseprocess.core.RefusalException("-Drelease-process.paths="
                        + p + " is outside the git repository " + top + "; give folders inside it");
            }
            out.add(top.relativize(abs).toString().replace('\\', '/'));
        }
        return out;
    }

    private static void report(VersionDecision decision, Reporter reporter) {
        String from = decision.lastTag().map(t -> t.version() + " (" + t.name() + ")")
                .orElse("no release yet");
        Optional<Version> next = decision.nextVersion();
        reporter.info(next.map(v -> "Next version: " + v + " (" + decision.bump().id()
                + "), after " + from).orElse("Nothing to release; last release: " + from));
        for (int i = 0; i < decision.reasons().size(); i++) {
            String reason = decision.reasons().get(i);
            // The count of commits and the deciding sentence are the summary; the rest is detail.
            if (i == 1 || i == decision.reasons().size() - 1) {
                reporter.info(reason);
            } else {
                reporter.debug(reason);
            }
        }
    }
}
