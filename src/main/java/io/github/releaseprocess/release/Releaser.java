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
import io.github.releaseprocess.versioning.NextVersionRequest;
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
                PrepareRequest current = request;
                Optional<String> raisedFrom = Optional.empty();
                while (true) {
                    Plan plan = plan(repository, current, false, raisedFrom);
                    Optional<RefusalException> refused = refusalOf(plan.result);
                    if (refused.isPresent()) {
                        throw refused.get();
                    }
                    ReleaseRun run = plan.run;
                    if (request.push()) {
                        repository.writer().checkPushTarget(request.remote()); // before anything changes
                    }
                    ReleaseJournal.Header header = run.hasComponents()
                            ? new ReleaseJournal.Header("prepare", run.label(), run.startVersion,
                                    null, null, run.branchRef(), repository.headCommitId(),
                                    request.releaseTime(), entries(run))
                            : new ReleaseJournal.Header("prepare", run.version.toString(),
                                    run.startVersion, run.tag,
                                    run.developmentVersion.map(Version::toString).orElse(null),
                                    run.branchRef(), repository.headCommitId(),
                                    request.releaseTime());
                    run.attach(ReleaseJournal.begin(repository, lock, header), lock, listener);
                    try {
                        runSteps(run, plan.steps);
                    } catch (ApiCheckStep.Raise raise) {
                        if (raisedFrom.isPresent()) {
                            throw new RefusalException("The API check still finds " + raise
                                    .getMessage() + " after raising the release to " + run.version
                                    + "; nothing is left behind. Set -DreleaseVersion="
                                    + raise.verdict.raised(), raise);
                        }
                        Version raised = raise.verdict.raised();
                        reporter.warn("API check (apiCheck=raise): " + raise.verdict.levels()
                                + "; releasing " + raised + " instead of " + run.version
                                + ". What the run did is put back; it starts again at " + raised
                                + ", test build included");
                        raisedFrom = Optional.of(run.version.toString());
                        NextVersionRequest v = current.versioning();
                        current = current.toBuilder().versioning(new NextVersionRequest(
                                v.policy(), v.tagFormat(), v.initialVersion(), Optional.empty(),
                                Optional.of(raised), v.strictCommits(), v.firstParentOnly()))
                                .build();
                        continue;
                    }
                    PrepareResult planned = plan.result;
                    return new PrepareResult(planned.decision(), planned.version(),
                            planned.tag(), planned.developmentVersion(), planned.gates(),
                            run.executed(), planned.changes(), false, planned.commits(),
                            run.notes().or(planned::notes), run.apiOutcome,
                            planned.components());
                }
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

    /** The journal's record of each component of a monorepo's release. */
    private static List<ReleaseJournal.ComponentEntry> entries(ReleaseRun run) {
        List<ReleaseJournal.ComponentEntry> entries = new ArrayList<>();
        for (ComponentRelease c : run.components) {
            entries.add(new ReleaseJournal.ComponentEntry(c.id(),
                    c.version().map(Version::toString).orElse(null), c.tag().orElse(null),
                    c.developmentVersion().map(Version::toString).orElse(null),
                    c.lastRelease().map(Version::toString).orElse(null)));
        }
        return entries;
    }

    /**
     * A monorepo's release: every component the planner releases, in one commit with one tag
     * each; the others are named in the plan and pinned where released modules refer to them.
     */
    /**
     * What a monorepo's release cannot do yet, said before anything changes: publishing (one
     * release per run; {@code publish -Drelease-process.component=ID} after it) is refused, and
     * the API check, which compares every jar with one last release, is refused under
     * {@code enforce} and {@code raise} and left out with a WARNING under {@code warn}.
     */
    private PrepareRequest componentRequest(PrepareRequest request) {
        if (request.publish().isPresent()) {
            throw new RefusalException("-Drelease-process.publish publishes one release, and this"
                    + " release has components: release them without it, then run 'mvn"
                    + " release-process:publish -Drelease-process.component=ID' for each released"
                    + " component; nothing was changed");
        }
        if (!request.apiCheck().isOn()) {
            return request;
        }
        if (request.apiCheck().mode() != io.github.releaseprocess.api.ApiCheckMode.WARN) {
            throw new RefusalException("apiCheck=" + request.apiCheck().mode().name()
                    .toLowerCase(java.util.Locale.ROOT) + " cannot check a release of components:"
                    + " it compares every jar with one last release, not each component's; run"
                    + " with -Drelease-process.apiCheck=warn or off; nothing was changed");
        }
        reporter.warn("API check: not run for a release of components (apiCheck=warn compares"
                + " every jar with one last release, not each component's); the API was not"
                + " checked");
        return request.toBuilder().apiCheck(io.github.releaseprocess.api.ApiCheckRequest.off())
                .build();
    }

    private Plan planComponents(GitRepository repository, PrepareRequest request,
            boolean dryRun) throws IOException {
        List<ComponentRelease> planned = request.components().orElseThrow()
                .plan(repository, reporter);
        List<ComponentRelease> components = new ArrayList<>();
        for (ComponentRelease c : planned) {
            components.add(c.released() ? c.releasedAt(c.version(),
                    developmentVersion(request, c.version().get())) : c);
        }
        List<ComponentRelease> released = components.stream()
                .filter(ComponentRelease::released).toList();
        if (released.isEmpty()) {
            throw new RefusalException("Nothing to release: none of the " + components.size()
                    + " components has releasable commits since its last release"
                    + " (mvn release-process:next-version lists each one's reasons)");
        }
        if (request.developmentVersionOverride().isPresent() && released.size() > 1) {
            throw new RefusalException("-DdevelopmentVersion gives one version, and this release"
                    + " has " + released.size() + " components (" + String.join(", ",
                            released.stream().map(ComponentRelease::id).toList()) + "); leave it"
                    + " out, or release one component with -Drelease-process.only=ID");
        }
        Map<String, AnalyzedCommit> union = new LinkedHashMap<>();
        java.util.Set<String> cancelled = new java.util.HashSet<>();
        for (ComponentRelease c : released) {
            c.commits().forEach(commit -> union.putIfAbsent(commit.id(), commit));
            if (c.decision() != null) {
                cancelled.addAll(c.decision().cancelled());
            }
        }
        List<AnalyzedCommit> analysed = new ArrayList<>(union.values());
        ComponentRelease first = released.get(0);
        ReleaseRun run = new ReleaseRun(repository, repository.currentBranchRef().orElse(null),
                request, first.currentVersion(), first.version().get(), first.tag().get(),
                first.developmentVersion(), reporter, builds,
                () -> ChangelogCommit.from(analysed, cancelled), components);
        List<ReleaseStep> steps = ReleaseSteps.of(request, components);
        Simulation simulation = Simulation.of(steps, run);
        List<GateResult> gates = new Gates(run, first.decision(), analysed)
                .check(simulation.refusal(ReleaseSteps.CHANGELOG),
                        simulation.refusal(ReleaseSteps.RELEASE_VERSION),
                        simulation.refusal(ReleaseSteps.PUBLISH), simulation.snapshotReferences());
        PrepareResult result = new PrepareResult(first.decision(), first.version().get(),
                first.tag().get(), first.developmentVersion(), gates, simulation.steps(),
                simulation.diffs(), dryRun, analysed, Optional.empty(), Optional.empty(),
                components);
        report(result);
        return new Plan(run, steps, result);
    }

    private Plan plan(GitRepository repository, PrepareRequest request, boolean dryRun)
            throws IOException {
        return plan(repository, request, dryRun, Optional.empty());
    }

    private Plan plan(GitRepository repository, PrepareRequest request, boolean dryRun,
            Optional<String> apiRaisedFrom) throws IOException {
        if (request.components().isPresent()) {
            return planComponents(repository, componentRequest(request), dryRun);
        }
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
        if (request.apiCheck().isOn()) {
            run.apiPlan = ApiCheckStep.Plan.of(request.apiCheck(), decision, reporter);
            run.apiRaisedFrom = apiRaisedFrom;
        }

        // The dry run is the step list simulated; the gates report what a step could not do.
        Simulation simulation = Simulation.of(steps, run);
        List<GateResult> gates = new Gates(run, decision, analysed)
                .check(simulation.refusal(ReleaseSteps.CHANGELOG),
                        simulation.refusal(ReleaseSteps.RELEASE_VERSION),
                        simulation.refusal(ReleaseSteps.PUBLISH), List.of());
        Optional<String> section = request.changelog().flatMap(simulation::after)
                .flatMap(bytes -> ReleaseSteps.releaseNotes(bytes, version));
        section = ReleaseSteps.orFromCommits(run, section);
        PrepareResult result = new PrepareResult(decision, version, tag,
                run.developmentVersion, gates, simulation.steps(), simulation.diffs(),
                dryRun, analysed, Optional.of(ReleaseSteps.notesOf(run, section)),
                run.apiOutcome, List.of());
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
            List<ReleaseStep> steps = ReleaseSteps.of(request, run.components);
            if (journal.startedSteps().contains(ReleaseSteps.PUSH) && !request.push()
                    && journal.startedSteps().contains(ReleaseSteps.PUBLISH)) {
                throw new RefusalException("The release of " + run.version + " published its"
                        + " artifacts and stopped at its push; resume it with"
                        + " -Drelease-process.push too; nothing was changed");
            }
            if (journal.startedSteps().contains(ReleaseSteps.PUBLISH)
                    && request.publish().isEmpty()) {
                throw new RefusalException("The release of " + run.version + " publishes its"
                        + " artifacts and stopped in or after that step; resume it with"
                        + " -Drelease-process.publish too (and the same publish settings);"
                        + " nothing was changed");
            }
            reporter.info("Resuming the release of " + run.label() + " after "
                    + journal.lastDoneStep().map(s -> "step '" + s + "'")
                            .orElse("its start"));
            try {
                runSteps(run, steps);
            } catch (ApiCheckStep.Raise raise) {
                throw new RefusalException("The API check of the resumed release of "
                        + run.version + " finds that " + raise.verdict.levels() + "; everything"
                        + " was put back. Run 'mvn release-process:prepare' again: with"
                        + " apiCheck=raise it releases " + raise.verdict.raised(), raise);
            }
            return new PrepareResult(null, run.version, run.tag, run.developmentVersion,
                    List.of(), describe(steps, run), List.of(), false, List.of(),
                    run.notes(), run.apiOutcome, run.components);
        }
    }

    /** Puts everything an unfinished release changed back as it was, and forgets it. */
    public void abort(PrepareRequest request) throws IOException {
        try (GitRepository repository = GitRepository.open(request.rootDirectory());
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "prepare -abort")) {
            ReleaseJournal journal = pending(repository, "abort");
            // A monorepo's release can be put back from the journal's records alone, even when
            // the configuration no longer names its components.
            boolean recordsOnly = !journal.components().isEmpty()
                    && request.components().isEmpty();
            if (!"prepare".equals(journal.goal()) || recordsOnly) {
                // set-version, changelog, hotfix: the journal's records are all there is to undo.
                journal.checkUndoable(repository);
                List<String> started = new ArrayList<>(journal.startedSteps());
                java.util.Collections.reverse(started);
                for (String id : started) {
                    journal.undo(id, repository);
                    journal.forget(id);
                }
                journal.close();
                reporter.info(recordsOnly ? "Aborted the release of " + journal.releaseVersion()
                        + ": files, index, commits, tags and branches are as they were before it"
                        : "Aborted the " + journal.goal() + " to " + journal.releaseVersion()
                        + ": files, index, commits and branches are as they were before it");
                return;
            }
            ReleaseRun run = resumedRun(repository, journal, lock, request);
            undoAll(run);
            journal.close();
            reporter.info("Aborted the " + ("prepare".equals(journal.goal()) ? "release of "
                    : journal.goal() + " to ") + run.label() + ": files, index, commits, tags"
                    + " and branches are as they were before it");
        }
    }

    private static ReleaseJournal pending(GitRepository repository, String action)
            throws IOException {
        Optional<ReleaseJournal> journal = ReleaseJournal.find(repository);
        if (journal.isEmpty()) {
            ReleaseJournal.removeLeftovers(repository); // the caller holds the lock
        }
        return journal.orElseThrow(() -> new RefusalException(
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
        if (!journal.components().isEmpty()) {
            return resumedComponentRun(repository, journal, lock, request);
        }
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
        if (request.apiCheck().isOn()) {
            // The tag is not made before the API check: the last release is still the baseline.
            run.apiPlan = ApiCheckStep.Plan.of(request.apiCheck(), new NextVersionCalculator(
                    reporter).calculate(repository, request.versioning(), CommitSink.into(
                            new ArrayList<>())), reporter);
        }
        run.attach(journal, lock, listener);
        return run;
    }

    /**
     * The run of a monorepo's release that a killed process left: the versions, tags and last
     * releases from the journal; paths, modules, tag formats and changelogs from the
     * configuration, which must still name every component the journal does.
     */
    private ReleaseRun resumedComponentRun(GitRepository repository, ReleaseJournal journal,
            ReleaseLock lock, PrepareRequest request) throws IOException {
        List<ReleaseJournal.ComponentEntry> entries = journal.components();
        String names = String.join(", ", entries.stream().map(ReleaseJournal.ComponentEntry::id)
                .toList());
        ComponentPlanner planner = request.components().orElseThrow(() -> new RefusalException(
                "The unfinished release is of the components " + names + ", and the POM"
                        + " configures no <components>; nothing was changed. Restore the"
                        + " configuration the release ran with and run it again"));
        Map<String, ComponentRelease> configured = new LinkedHashMap<>();
        for (ComponentRelease c : planner.plan(repository, reporter)) {
            configured.put(c.id(), c);
        }
        List<ComponentRelease> components = new ArrayList<>();
        for (ReleaseJournal.ComponentEntry entry : entries) {
            ComponentRelease c = configured.remove(entry.id());
            if (c == null) {
                throw new RefusalException("The unfinished release names the component "
                        + entry.id() + ", which <components> does not configure; nothing was"
                        + " changed. Restore the configuration the release ran with, or run"
                        + " 'mvn release-process:prepare -Drelease-process.abort'");
            }
            Optional<Version> version = Optional.ofNullable(entry.releaseVersion())
                    .map(Version::parse);
            ComponentRelease resumed = new ComponentRelease(c.id(), c.modules(), c.tagFormat(),
                    c.changelog(), c.currentVersion(),
                    Optional.ofNullable(entry.lastRelease()).map(Version::parse), version,
                    Optional.ofNullable(entry.developmentVersion()).map(Version::parse),
                    c.decision(), c.commits(), c.reasons(), c.pulledAlongBy());
            String expected = resumed.tag().orElse(null);
            if (!java.util.Objects.equals(expected, entry.tag())) {
                throw new RefusalException("The release journal names the tag " + entry.tag()
                        + " for " + entry.id() + ", while its tag format gives " + expected
                        + "; nothing was changed. Restore the tag format the release ran with,"
                        + " or check the repository by hand and delete the folder .git/"
                        + ReleaseJournal.FOLDER);
            }
            components.add(resumed);
        }
        components.addAll(configured.values().stream().map(c -> c.releasedAt(Optional.empty(),
                Optional.empty())).toList());
        String recorded = journal.branchRef();
        Optional<String> current = repository.currentBranchRef();
        boolean onRecorded = recorded == null ? current.isEmpty()
                : current.map(recorded::equals).orElse(false);
        if (!onRecorded) {
            String name = recorded == null ? "a detached HEAD"
                    : recorded.substring("refs/heads/".length());
            throw new RefusalException("The unfinished release of " + journal.releaseVersion()
                    + " ran on " + name + ", and " + current.map(c -> c.replaceFirst(
                            "^refs/heads/", "")).orElse("a detached HEAD") + " is checked out;"
                    + " nothing was changed. Check out " + name + " (git switch " + name
                    + ") and run it again");
        }
        ComponentRelease first = components.stream().filter(ComponentRelease::released)
                .findFirst().orElseThrow(() -> new RefusalException("The release journal names"
                        + " no component it releases; run 'mvn release-process:prepare"
                        + " -Drelease-process.abort'"));
        Map<String, AnalyzedCommit> union = new LinkedHashMap<>();
        components.stream().filter(ComponentRelease::released)
                .forEach(c -> c.commits().forEach(x -> union.putIfAbsent(x.id(), x)));
        List<AnalyzedCommit> analysed = new ArrayList<>(union.values());
        ReleaseRun run = new ReleaseRun(repository, recorded, request, first.currentVersion(),
                first.version().get(), first.tag().get(), first.developmentVersion(), reporter,
                builds, () -> ChangelogCommit.from(analysed, java.util.Set.of()), components);
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
                if (journal.startedSteps().contains(step.id()) && !step.resumesInPlace()) {
                    journal.checkUndoable(run.repository);
                    step.undo(run);
                    journal.forget(step.id());
                }
                // A step that records before it changes anything saves its start with that
                // record; the others (the test build, the API check, a server's step) now.
                journal.started(step.id(), !step.recordsBeforeChanging());
                listener.started(step.id());
                run.executing(Simulation.line(step, run));
                step.execute(run);
                // A local step's end goes to disk with the next step's start, in one save (and
                // fsync) instead of two; a step that acts on a server saves it now.
                journal.done(step.id(), step.resumesInPlace());
                listener.finished(step.id());
            }
        } catch (ApiCheckStep.Raise raise) {
            // Not a failure: the release is planned again at the API's level.
            undoAll(run);
            journal.close();
            throw raise;
        } catch (RuntimeException | IOException e) {
            String reason = reason(e);
            if (journal.reachedServer()) {
                // What reached a server cannot be undone: the local commit and tag stay with it.
                throw new RefusalException("The release of " + run.version + " stopped at step '"
                        + current + "': " + reason + ". " + remoteStop(run, current), e);
            }
            try {
                undoAll(run);
                journal.close();
            } catch (RuntimeException | IOException undo) {
                e.addSuppressed(undo);
                throw new RefusalException("The release of " + run.label() + " failed at step '"
                        + current + "': " + reason + "; putting things back failed too ("
                        + reason(undo) + "), and the journal in .git/" + ReleaseJournal.FOLDER
                        + "/ keeps what is left to undo: run 'mvn release-process:prepare"
                        + " -Drelease-process.abort' to try again", e);
            }
            String message = "The release of " + run.label() + " failed at step '" + current
                    + "': " + reason + ". Nothing is left behind: files, index, commits and tags"
                    + " are as they were.";
            if (e instanceof RefusalException) {
                throw new RefusalException(message, e);
            }
            throw new IOException(message, e);
        }
        journal.close();
        reporter.info("Released " + run.label() + " as " + String.join(", ", run.tags())
                + run.developmentLabel().map(v -> "; now at " + v).orElse(""));
    }

    /**
     * What an operator does when a release stopped after something reached a server: the
     * journal keeps the release; resume finishes it, abort undoes only what is local.
     */
    private static String remoteStop(ReleaseRun run, String step) {
        boolean pushing = ReleaseSteps.PUSH.equals(step);
        return (pushing ? "The artifacts were published before the push, and a remote step"
                + " cannot be undone" : "Part of the publication reached the server, which"
                + " cannot be undone") + ", so the release commit and the tag " + run.tag
                + " stay, and the journal in .git/" + ReleaseJournal.FOLDER + "/ keeps the"
                + " release. Run '" + PublishSteps.RESUME
                + (run.request.push() ? " -Drelease-process.push" : "") + "' to finish it ("
                + (pushing ? "it retries only the push" : "it goes on from what reached the"
                        + " server") + "), or 'mvn release-process:prepare"
                + " -Drelease-process.abort' to undo the local commit and tag and remove by hand"
                + " what reached the server (docs/goals/publish.md)";
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
        if (!result.components().isEmpty()) {
            List<ComponentRelease> released = result.components().stream()
                    .filter(ComponentRelease::released).toList();
            reporter.info("Release of " + released.size() + " of " + result.components().size()
                    + " components in one commit:");
            for (ComponentRelease c : result.components()) {
                String line = String.format("  %-16s %s", c.id(), c.released()
                        ? c.lastRelease().map(Version::toString).orElse("(first)") + " -> "
                                + c.version().get() + ", tag " + c.tag().get()
                                + c.developmentVersion().map(v -> ", then " + v).orElse("")
                        : "not released" + c.lastRelease().map(v -> " (stays at " + v + ")")
                                .orElse(""));
                reporter.info(line);
                c.reasons().forEach(r -> reporter.debug("    " + r));
            }
        } else {
            reporter.info("Release " + result.version() + " (" + result.decision().bump().id()
                    + "), tag " + result.tag() + result.developmentVersion()
                            .map(v -> ", then " + v).orElse(""));
        }
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
                : Optional.of(gateRefusal(result.components().isEmpty()
                        ? result.version().toString()
                        : String.join(", ", result.components().stream()
                                .filter(ComponentRelease::released)
                                .map(ComponentRelease::label).toList()), failed));
    }

    private static RefusalException gateRefusal(String version, List<GateResult> failed) {
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
