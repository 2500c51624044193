package io.github.releaseprocess.release;

import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.GateResult.Status;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.ProjectPaths;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.IOException;
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
    private final StepListener listener;

    /**
     * @param builds runs the test build in a separate Maven process
     */
    public Releaser(Reporter reporter, BuildRunner builds) {
        this(reporter, builds, StepListener.NONE);
    }

    /** A releaser whose steps are watched, for the crash tests. */
    Releaser(Reporter reporter, BuildRunner builds, StepListener listener) {
        this.reporter = reporter;
        this.builds = builds;
        this.listener = listener;
    }

    /**
     * Prepares the release: computes the version, checks every gate, and, unless this is a dry
     * run, executes the steps.
     *
     * @throws RefusalException when a gate fails (all failures listed), when there is nothing to
     *     release, when another run holds the repository's lock, or when a step fails (after
     *     everything was put back)
     */
    public PrepareResult prepare(PrepareRequest request, boolean dryRun) throws IOException {
        request = changelogInside(request);
        try (GitRepository repository = GitRepository.open(request.rootDirectory())) {
            if (dryRun) {
                ReleaseJournal.refuseIfPending(repository);
                return plan(repository, request, true).result;
            }
            try (ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "prepare")) {
                ReleaseJournal.refuseIfJournal(repository);
                Plan plan = plan(repository, request, false);
                Optional<RefusalException> refused = refusalOf(plan.result);
                if (refused.isPresent()) {
                    throw refused.get();
                }
                ReleaseRun run = plan.run;
                if (request.push()) {
                    repository.checkPushTarget(request.remote()); // before anything is changed
                }
                run.attach(ReleaseJournal.begin(repository, lock, new ReleaseJournal.Header(
                        "prepare", run.version.toString(), run.startVersion, run.tag,
                        run.developmentVersion.map(Version::toString).orElse(null),
                        run.branchRef(), repository.headCommitId(),
                        request.releaseTime())), lock, listener);
                runSteps(run, plan.steps);
                PrepareResult planned = plan.result;
                return new PrepareResult(planned.decision(), planned.version(), planned.tag(),
                        planned.developmentVersion(), planned.gates(), run.executed(),
                        planned.changes(), false, planned.commits());
            }
        }
    }

    /**
     * The request with the changelog it writes checked, before anything runs: a path that leaves
     * the project ({@code ../x.md}, or through a symlink) is refused; a symlink inside it is
     * written through, so it stays a link.
     */
    private static PrepareRequest changelogInside(PrepareRequest request) throws IOException {
        if (request.changelog().isEmpty() || request.changelogDialect() == Dialect.NONE) {
            return request;
        }
        Path file = request.changelog().get();
        Path target = ProjectPaths.writableFileInside(request.rootDirectory(), file,
                "<changelog>");
        return target.equals(file) ? request
                : request.toBuilder().changelog(Optional.of(target)).build();
    }

    /** A computed release: the run, its steps and the result to report. */
    private record Plan(ReleaseRun run, List<ReleaseStep> steps, PrepareResult result) {
    }

    private Plan plan(GitRepository repository, PrepareRequest request, boolean dryRun)
            throws IOException {
        List<AnalyzedCommit> analysed = new ArrayList<>();
        VersionDecision decision = new NextVersionCalculator(reporter).calculate(repository,
                request.versioning(), CommitSink.into(analysed));
        Version version = decision.nextVersion().orElseThrow(() -> new RefusalException(
                decision.reasons().get(decision.reasons().size() - 1)));
        String tag = request.versioning().tagFormat().tagFor(version);
        ReleaseRun run = new ReleaseRun(repository,
                repository.currentBranchRef().orElse(null), request, request.currentVersion(),
                version, tag, developmentVersion(request, version), reporter, builds,
                () -> ChangelogCommit.from(analysed, decision.cancelled()));
        List<ReleaseStep> steps = ReleaseSteps.of(request);

        // The dry run is the step list simulated; the gates report what a step could not do.
        Simulation simulation = Simulation.of(steps, run);
        List<GateResult> gates = new Gates(run, decision, analysed)
                .check(simulation.refusal(ReleaseSteps.CHANGELOG),
                        simulation.refusal(ReleaseSteps.RELEASE_VERSION));
        PrepareResult result = new PrepareResult(decision, version, tag,
                run.developmentVersion, gates, simulation.steps(), simulation.diffs(),
                dryRun, analysed);
        report(result);
        return new Plan(run, steps, result);
    }

    /** Finishes a release that a killed process left unfinished, from where it stopped. */
    public PrepareResult resume(PrepareRequest request) throws IOException {
        try (GitRepository repository = GitRepository.open(request.rootDirectory());
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "prepare -resume")) {
            ReleaseJournal journal = pending(repository, "resume");
            if (!"prepare".equals(journal.goal())) {
                throw new RefusalException("The unfinished change is a " + journal.goal()
                        + ", which cannot be resumed; run 'mvn release-process:prepare"
                        + " -Drelease-process.abort' to put it back, then run it again");
            }
            ReleaseRun run = resumedRun(repository, journal, lock, request);
            List<ReleaseStep> steps = ReleaseSteps.of(request);
            reporter.info("Resuming the release of " + run.version + " after "
                    + journal.lastDoneStep().map(s -> "step '" + s + "'")
                            .orElse("its start"));
            runSteps(run, steps);
            return new PrepareResult(null, run.version, run.tag, run.developmentVersion,
                    List.of(), describe(steps, run), List.of(), false, List.of());
        }
    }

    /** Puts everything an unfinished release changed back as it was, and forgets it. */
    public void abort(PrepareRequest request) throws IOException {
        try (GitRepository repository = GitRepository.open(request.rootDirectory());
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "prepare -abort")) {
            ReleaseJournal journal = pending(repository, "abort");
            if (!"prepare".equals(journal.goal())) {
                // set-version, changelog, hotfix: the journal's records are all there is to undo.
                journal.checkUndoable(repository);
                List<String> started = new ArrayList<>(journal.startedSteps());
                java.util.Collections.reverse(started);
                for (String id : started) {
                    journal.undo(id, repository);
                    journal.forget(id);
                }
                journal.close();
                reporter.info("Aborted the " + journal.goal() + " to " + journal.releaseVersion()
                        + ": files, index, commits and branches are as they were before it");
                return;
            }
            ReleaseRun run = resumedRun(repository, journal, lock, request);
            undoAll(run);
            journal.close();
            reporter.info("Aborted the " + ("prepare".equals(journal.goal()) ? "release of "
                    : journal.goal() + " to ") + run.version + ": files, index, commits, tags"
                    + " and branches are as they were before it");
        }
    }

    private static ReleaseJournal pending(GitRepository repository, String action)
            throws IOException {
        return ReleaseJournal.find(repository).orElseThrow(() -> new RefusalException(
                "There is no unfinished release to " + action + " in " + repository.workTree()
                        + ("resume".equals(action) ? "; run 'mvn release-process:prepare'" : "")));
    }

    private ReleaseRun resumedRun(GitRepository repository, ReleaseJournal journal,
            ReleaseLock lock, PrepareRequest given) throws IOException {
        // The dates of a resumed release are those of the run that started it.
        // A date derived from the instant is derived again; one set on its own stays.
        boolean derived = given.today().equals(given.releaseTime().toLocalDate());
        PrepareRequest request = journal.releaseTime().map(started -> given.toBuilder()
                .releaseTime(started).today(derived ? started.toLocalDate() : given.today())
                .build()).orElse(given);
        Version version = Version.parse(journal.releaseVersion());
        if ("prepare".equals(journal.goal())) {
            String expected = request.versioning().tagFormat().tagFor(version);
            if (!expected.equals(journal.tag())) {
                throw new RefusalException("The release journal names the tag " + journal.tag()
                        + ", while the tag format gives " + expected + " for " + version
                        + "; nothing was changed. Restore the <tagFormat> the release ran with,"
                        + " or check the repository by hand and delete the folder .git/"
                        + ReleaseJournal.FOLDER);
            }
        }
        // Undo and resume act on the branch the release ran on, and only while it is checked out:
        // the index and the files belong to whatever branch is checked out.
        String recorded = journal.branchRef();
        Optional<String> current = repository.currentBranchRef();
        boolean onRecorded = recorded == null ? current.isEmpty() : current.map(recorded::equals)
                .orElse(false);
        if ("prepare".equals(journal.goal()) && !onRecorded) {
            String name = recorded == null ? "a detached HEAD" : recorded.substring(
                    "refs/heads/".length());
            throw new RefusalException("The unfinished release of " + version + " ran on "
                    + name + ", and " + current.map(c -> c.replaceFirst("^refs/heads/", ""))
                            .orElse("a detached HEAD") + " is checked out; nothing was changed."
                    + " Check out " + name + " (git switch " + name + ") and run it again");
        }
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
        String start = journal.startVersion() != null ? journal.startVersion()
                : request.currentVersion();
        ReleaseRun run = new ReleaseRun(repository, journal.branchRef(), request, start, version,
                journal.tag(), Optional.ofNullable(journal.developmentVersion()).map(Version::parse),
                reporter, builds, commits);
        run.attach(journal, lock, listener);
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
                    journal.checkUndoable(run.repository);
                    step.undo(run);
                    journal.forget(step.id());
                }
                journal.started(step.id());
                listener.started(step.id());
                run.executing(Simulation.line(step, run));
                step.execute(run);
                journal.done(step.id());
                listener.finished(step.id());
            }
        } catch (RuntimeException | IOException e) {
            String reason = reason(e);
            try {
                undoAll(run);
                journal.close();
            } catch (RuntimeException | IOException undo) {
                e.addSuppressed(undo);
                throw new RefusalException("The release of " + run.version + " failed at step '"
                        + current + "': " + reason + "; putting things back failed too ("
                        + reason(undo) + "), and the journal in .git/" + ReleaseJournal.FOLDER
                        + "/ keeps what is left to undo: run 'mvn release-process:prepare"
                        + " -Drelease-process.abort' to try again", e);
            }
            String message = "The release of " + run.version + " failed at step '" + current
                    + "': " + reason + ". Nothing is left behind: files, index, commits and tags"
                    + " are as they were.";
            if (e instanceof RefusalException) {
                throw new RefusalException(message, e);
            }
            throw new IOException(message, e);
        }
        journal.close();
        reporter.info("Released " + run.version + " as " + run.tag
                + run.developmentVersion.map(v -> "; now at " + v).orElse(""));
    }

    /** The exception's message, or what it is when it has none ("NullPointerException"). */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        StackTraceElement[] trace = e.getStackTrace();
        return "an unexpected " + e.getClass().getSimpleName()
                + (trace.length > 0 ? " at " + trace[0].getClassName().replaceFirst(".*\\.", "")
                        + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber() : "")
                + " (please report it; run with -e for the stack trace)";
    }

    /** Undoes every step the journal saw start, last first, after checking that all can be. */
    private void undoAll(ReleaseRun run) throws IOException {
        ReleaseJournal journal = run.journal();
        journal.checkUndoable(run.repository);
        List<String> started = new ArrayList<>(journal.startedSteps());
        java.util.Collections.reverse(started);
        Map<String, ReleaseStep> known = new LinkedHashMap<>();
        ReleaseSteps.all().forEach(s -> known.put(s.id(), s));
        for (String id : started) {
            ReleaseStep step = known.get(id);
            if (step != null) {
                step.undo(run);
            } else {
                journal.undo(id, run.repository);
            }
            journal.forget(id);
            reporter.debug("Undid step " + id);
        }
    }

    private static List<String> describe(List<ReleaseStep> steps, ReleaseRun run) {
        List<String> out = new ArrayList<>();
        for (ReleaseStep step : steps) {
            out.add(Simulation.line(step, run));
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
