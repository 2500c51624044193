package io.github.releaseprocess.release;

import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.GateResult.Status;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.FileChange;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a release: the gates, then the steps, all or nothing. A journal written before the first
 * change lets a failed step be undone in reverse, and a killed process be resumed or aborted.
 */
public final class Releaser {

    private final Reporter reporter;
    private final BuildRunner builds;

    /**
     * @param builds runs the test build in a separate Maven process
     */
    public Releaser(Reporter reporter, BuildRunner builds) {
        this.reporter = reporter;
        this.builds = builds;
    }

    /**
     * Prepares the release: computes the version, checks every gate, and, unless this is a dry
     * run, executes the steps.
     *
     * @throws RefusalException when a gate fails (all failures listed), when there is nothing to
     *     release, or when a step fails (after everything was put back)
     */
    public PrepareResult prepare(PrepareRequest request, boolean dryRun) throws IOException {
        try (GitRepository repository = GitRepository.open(request.rootDirectory())) {
            ReleaseJournal.refuseIfPending(repository.gitDir());
            List<AnalyzedCommit> analysed = new ArrayList<>();
            VersionDecision decision = new NextVersionCalculator(reporter).calculate(repository,
                    request.versioning(), CommitSink.into(analysed));
            Version version = decision.nextVersion().orElseThrow(() -> new RefusalException(
                    decision.reasons().get(decision.reasons().size() - 1)));
            String tag = request.versioning().tagFormat().tagFor(version);
            ReleaseRun run = new ReleaseRun(repository,
                    repository.currentBranchRef().orElse(null), request, version, tag,
                    developmentVersion(request, version), reporter, builds,
                    () -> ChangelogCommit.from(analysed, decision.cancelled()));
            List<ReleaseStep> steps = ReleaseSteps.of(request);

            Map<String, byte[][]> files = new LinkedHashMap<>();
            Optional<RefusalException> changelogProblem = plannedChangelog(run, files);
            Optional<RefusalException> versionProblem = plannedVersions(run, files);
            List<GateResult> gates = new Gates(run, decision, analysed)
                    .check(changelogProblem, versionProblem);
            PrepareResult result = new PrepareResult(decision, version, tag,
                    run.developmentVersion, gates, describe(steps, run), diffs(request, files),
                    dryRun, analysed);
            report(result);
            if (dryRun) {
                return result; // the caller reports the plan, then refusalOf(result)
            }
            Optional<RefusalException> refused = refusalOf(result);
            if (refused.isPresent()) {
                throw refused.get();
            }
            if (request.push()) {
                repository.checkPushTarget(request.remote()); // before anything is changed
            }
            run.attach(ReleaseJournal.begin(repository.gitDir(), version.toString(), tag,
                    run.developmentVersion.map(Version::toString).orElse(null), run.branchRef(),
                    repository.headCommitId()));
            runSteps(run, steps);
            return result;
        }
    }

    /** Finishes a release that a killed process left unfinished, from where it stopped. */
    public PrepareResult resume(PrepareRequest request) throws IOException {
        try (GitRepository repository = GitRepository.open(request.rootDirectory())) {
            ReleaseJournal journal = ReleaseJournal.find(repository.gitDir()).orElseThrow(() ->
                    new RefusalException("There is no unfinished release to resume in "
                            + repository.workTree() + "; run 'mvn release-process:prepare'"));
            ReleaseRun run = resumedRun(repository, journal, request);
            List<ReleaseStep> steps = ReleaseSteps.of(request);
            reporter.info("Resuming the release of " + run.version + " after "
                    + journal.startedSteps());
            runSteps(run, steps);
            return new PrepareResult(null, run.version, run.tag, run.developmentVersion,
                    List.of(), describe(steps, run), List.of(), false, List.of());
        }
    }

    /** Puts everything an unfinished release changed back as it was, and forgets it. */
    public void abort(PrepareRequest request) throws IOException {
        try (GitRepository repository = GitRepository.open(request.rootDirectory())) {
            ReleaseJournal journal = ReleaseJournal.find(repository.gitDir()).orElseThrow(() ->
                    new RefusalException("There is no unfinished release to abort in "
                            + repository.workTree()));
            ReleaseRun run = resumedRun(repository, journal, request);
            undoAll(run);
            journal.close();
            reporter.info("Aborted the release of " + run.version + ": files, commits and tags are"
                    + " as they were before it");
        }
    }

    private ReleaseRun resumedRun(GitRepository repository, ReleaseJournal journal,
            PrepareRequest request) {
        Version version = Version.parse(journal.releaseVersion());
        Supplier<List<ChangelogCommit>> commits = () -> {
            try {
                List<AnalyzedCommit> analysed = new ArrayList<>();
                VersionDecision decision = new NextVersionCalculator(reporter)
                        .calculate(repository, request.versioning(), CommitSink.into(analysed));
                return ChangelogCommit.from(analysed, decision.cancelled());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ReleaseRun run = new ReleaseRun(repository, journal.branchRef(), request, version,
                journal.tag(), Optional.ofNullable(journal.developmentVersion()).map(Version::parse),
                reporter, builds, commits);
        run.attach(journal);
        return run;
    }

    /**
     * Executes the steps the journal has not seen finish. A step that started but did not finish
     * (the process died in it) is undone first, then run again.
     */
    private void runSteps(ReleaseRun run, List<ReleaseStep> steps) throws IOException {
        ReleaseJournal journal = run.journal();
        String current = null;
        try {
            for (ReleaseStep step : steps) {
                if (journal.isDone(step.id())) {
                    continue;
                }
                current = step.id();
                if (journal.startedSteps().contains(step.id())) {
                    step.undo(run);
                }
                journal.started(step.id(), run.repository.headCommitId());
                TestHooks.haltIn(step.id());
                step.execute(run);
                journal.done(step.id());
            }
        } catch (RuntimeException | IOException e) {
            String reason = e.getMessage();
            try {
                undoAll(run);
                journal.close();
            } catch (RuntimeException | IOException undo) {
                e.addSuppressed(undo);
                throw new RefusalException("The release of " + run.version + " failed at step '"
                        + current + "': " + reason + "; putting things back failed too ("
                        + undo.getMessage() + "): run 'mvn release-process:prepare"
                        + " -Drelease-process.abort' to try again", e);
            }
            String message = "The release of " + run.version + " failed at step '" + current
                    + "': " + reason + ". Nothing is left behind: files, commits and tags are as"
                    + " they were.";
            if (e instanceof RefusalException) {
                throw new RefusalException(message, e);
            }
            throw new IOException(message, e);
        }
        journal.close();
        reporter.info("Released " + run.version + " as " + run.tag
                + run.developmentVersion.map(v -> "; now at " + v).orElse(""));
    }

    /** Undoes every step the journal saw start, last first. */
    private void undoAll(ReleaseRun run) throws IOException {
        ReleaseJournal journal = run.journal();
        List<String> started = new ArrayList<>(journal.startedSteps());
        java.util.Collections.reverse(started);
        Map<String, ReleaseStep> known = new LinkedHashMap<>();
        ReleaseSteps.all().forEach(s -> known.put(s.id(), s));
        for (String id : started) {
            known.get(id).undo(run);
            journal.forget(id);
            reporter.debug("Undid step " + id);
        }
    }

    private Optional<RefusalException> plannedChangelog(ReleaseRun run, Map<String, byte[][]> files)
            throws IOException {
        Optional<Path> changelog = run.request.changelog();
        if (changelog.isEmpty() || !Files.exists(changelog.get())
                || run.request.changelogDialect() == Dialect.NONE) {
            return Optional.empty();
        }
        byte[] before = Files.readAllBytes(changelog.get());
        try {
            files.put(display(run.request, changelog.get()),
                    new byte[][] {before, ReleaseSteps.promotedChangelog(run, before)});
            return Optional.empty();
        } catch (RefusalException e) {
            return Optional.of(e);
        }
    }

    private Optional<RefusalException> plannedVersions(ReleaseRun run, Map<String, byte[][]> files)
            throws IOException {
        try {
            for (FileChange change : ReleaseSteps.versionChange(run, run.request.currentVersion(),
                    run.version).changes()) {
                files.put(display(run.request, change.file()),
                        new byte[][] {change.before(), change.after()});
            }
            return Optional.empty();
        } catch (RefusalException e) {
            return Optional.of(e);
        }
    }

    private static List<PrepareResult.FileDiff> diffs(PrepareRequest request,
            Map<String, byte[][]> files) {
        List<PrepareResult.FileDiff> out = new ArrayList<>();
        files.forEach((path, bytes) -> out.add(new PrepareResult.FileDiff(path,
                TextDiff.unified(path, bytes[0], bytes[1]))));
        return out;
    }

    private static String display(PrepareRequest request, Path file) {
        return request.rootDirectory().toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static List<String> describe(List<ReleaseStep> steps, ReleaseRun run) {
        List<String> out = new ArrayList<>();
        for (ReleaseStep step : steps) {
            out.add(step.id() + ": " + step.describe(run));
        }
        return out;
    }

    private void report(PrepareResult result) {
        reporter.info("Release " + result.version() + " (" + result.decision().bump().id()
                + "), tag " + result.tag() + result.developmentVersion()
                        .map(v -> ", then " + v).orElse(""));
        for (GateResult gate : result.gates()) {
            String line = String.format("  %-4s %s: %s", gate.status(), gate.gate(), gate.message());
            // Failures are listed together in the refusal; warnings stand on their own.
            if (gate.status() == Status.WARN) {
                reporter.warn(line.trim());
                gate.items().forEach(i -> reporter.warn("    " + i));
            } else {
                reporter.debug(line);
            }
        }
    }

    /**
     * The refusal a release with failed gates ends in, listing every failed gate with what it
     * found; empty when every gate passed. A dry run returns its plan first, so that the plan and
     * the JSON are there for the user even when the release would be refused.
     */
    public static Optional<RefusalException> refusalOf(PrepareResult result) {
        List<GateResult> failed = result.gates().stream()
                .filter(g -> g.status() == Status.FAIL).toList();
        return failed.isEmpty() ? Optional.empty()
                : Optional.of(gateRefusal(result.version(), failed));
    }

    private static RefusalException gateRefusal(Version version, List<GateResult> failed) {
        StringBuilder message = new StringBuilder("The release of ").append(version)
                .append(" is refused by ").append(failed.size())
                .append(failed.size() == 1 ? " gate:" : " gates:");
        for (GateResult gate : failed) {
            message.append(System.lineSeparator()).append("  ").append(gate.gate()).append(": ")
                    .append(gate.message());
            for (String item : gate.items()) {
                message.append(System.lineSeparator()).append("    ").append(item);
            }
        }
        message.append(System.lineSeparator()).append("Nothing was changed.");
        return new RefusalException(message.toString());
    }

    private static Optional<Version> developmentVersion(PrepareRequest request, Version release) {
        if (request.developmentVersionOverride().isPresent()) {
            String text = request.developmentVersionOverride().get();
            Version next = Version.tryParse(text).orElseThrow(() -> new RefusalException(
                    "-DdevelopmentVersion="
                            + io.github.releaseprocess.semver.VersionParseException.abbreviate(text)
                            + " is not a Semantic Version, e.g. "
                            + release.nextPatch() + "-SNAPSHOT"));
            if (next.compareTo(release) <= 0) {
                throw new RefusalException("-DdevelopmentVersion=" + text + " is not after the"
                        + " release " + release + "; give e.g. " + release.nextPatch() + "-SNAPSHOT");
            }
            return Optional.of(next);
        }
        if (request.developmentVersion() == PrepareRequest.DevelopmentVersion.NONE) {
            return Optional.empty();
        }
        Version base = release.isPrerelease() ? release.toRelease() : release.nextPatch();
        return Optional.of(base.withPrerelease("SNAPSHOT"));
    }
}
