package io.github.releaseprocess.release;

import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.FileChange;
import io.github.releaseprocess.versionfiles.VersionChangePlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the steps of one release share: the repository, the request, the versions decided, the
 * journal and the runner of the test build.
 */
final class ReleaseRun {

    final GitRepository repository;
    final PrepareRequest request;
    final Version version;
    final String tag;
    final Optional<Version> developmentVersion;
    final Reporter reporter;
    final BuildRunner builds;
    /** The commits since the last release for changelog generation, computed when needed. */
    final Supplier<List<ChangelogCommit>> commits;
    /** The version on disk before the release: from the request, or from the journal on resume. */
    final String startVersion;
    /**
     * The components of a monorepo's release, released or not; empty when the reactor is
     * released as one version ({@link #version} and {@link #tag} are then the release's).
     */
    final List<ComponentRelease> components;
    private final String branchRef;
    private ReleaseJournal journal;
    private ReleaseLock lock;
    private StepListener listener = StepListener.NONE;
    private final List<String> executed = new ArrayList<>();
    private Optional<ReleaseNotes> notes = Optional.empty();
    /** The API check's baseline, found when the release is planned (apiCheck on). */
    ApiCheckStep.Plan apiPlan;
    /** What the API check did, or with a dry run will do. */
    Optional<io.github.releaseprocess.api.ApiCheckOutcome> apiOutcome = Optional.empty();
    /** The version the commits gave, when {@code apiCheck=raise} planned this run higher. */
    Optional<String> apiRaisedFrom = Optional.empty();

    ReleaseRun(GitRepository repository, String branchRef, PrepareRequest request,
            String startVersion, Version version, String tag,
            Optional<Version> developmentVersion, Reporter reporter, BuildRunner builds,
            Supplier<List<ChangelogCommit>> commits) {
        this(repository, branchRef, request, startVersion, version, tag, developmentVersion,
                reporter, builds, commits, List.of());
    }

    ReleaseRun(GitRepository repository, String branchRef, PrepareRequest request,
            String startVersion, Version version, String tag,
            Optional<Version> developmentVersion, Reporter reporter, BuildRunner builds,
            Supplier<List<ChangelogCommit>> commits, List<ComponentRelease> components) {
        this.components = List.copyOf(components);
        this.repository = repository;
        this.branchRef = branchRef;
        this.request = request;
        this.startVersion = startVersion;
        this.version = version;
        this.tag = tag;
        this.developmentVersion = developmentVersion;
        this.reporter = Reporter.warningsOnce(reporter);
        this.builds = builds;
        this.commits = commits;
    }

    /** True for a monorepo's release of components. */
    boolean hasComponents() {
        return !components.isEmpty();
    }

    /** The components this run releases, in order. */
    List<ComponentRelease> released() {
        return components.stream().filter(ComponentRelease::released).toList();
    }

    /** What is released, for messages: {@code 1.3.0}, or {@code lib 1.3.0, app 2.0.1}. */
    String label() {
        if (!hasComponents()) {
            return version.toString();
        }
        return String.join(", ", released().stream().map(ComponentRelease::label).toList());
    }

    /** The tags this run makes, in order. */
    List<String> tags() {
        if (!hasComponents()) {
            return List.of(tag);
        }
        return released().stream().map(c -> c.tag().orElseThrow()).toList();
    }

    /** The development versions after the release, for messages: {@code 1.3.1-SNAPSHOT}, … */
    Optional<String> developmentLabel() {
        if (!hasComponents()) {
            return developmentVersion.map(Version::toString);
        }
        List<String> next = released().stream().filter(c -> c.developmentVersion().isPresent())
                .map(c -> c.id() + " " + c.developmentVersion().get()).toList();
        return next.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", next));
    }

    /** A commit message template with the release's versions substituted. */
    String releaseMessage(String template) {
        return template.replace("@{version}", label());
    }

    /** The release instant the run chose once ({@code releaseTime}), to the second. */
    java.time.Instant releaseInstant() {
        return request.releaseTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    void attach(ReleaseJournal journal, ReleaseLock lock, StepListener listener) {
        this.journal = journal;
        this.lock = lock;
        this.listener = listener;
    }

    /** The lock this run holds; its token lets the test build run the plugin's goals. */
    ReleaseLock lock() {
        return lock;
    }

    StepListener listener() {
        return listener;
    }

    /** Records the plan line of a step as it starts executing. */
    void executing(String line) {
        executed.add(line);
    }

    /** The plan lines of the steps this run executed, in order. */
    List<String> executed() {
        return List.copyOf(executed);
    }

    private Optional<String> apiChanges = Optional.empty();

    /**
     * The API check's summary of the API changes (Markdown), for the release notes' "API
     * changes" section; set by the API check before the tag step runs.
     */
    Optional<String> apiChanges() {
        return apiChanges;
    }

    void apiChanges(String summary) {
        apiChanges = Optional.ofNullable(summary);
    }

    /** The release notes the tag step wrote, once it ran. */
    Optional<ReleaseNotes> notes() {
        return notes;
    }

    void notes(ReleaseNotes value) {
        notes = Optional.of(value);
    }

    ReleaseJournal journal() {
        return journal;
    }

    /** The branch being released, e.g. {@code refs/heads/main}. */
    String branchRef() {
        return branchRef;
    }

    /** The ref a release commit moves: the branch, or HEAD itself when it is detached. */
    String movedRef() {
        return branchRef != null ? branchRef : "HEAD";
    }

    /**
     * Commits the files the given steps changed as part of {@code step}, after recording the
     * index and where the branch is, so that undo can put both back exactly.
     */
    String commit(ReleaseStep step, String message, String... changedBy) throws IOException {
        return commitAt(step, null, message, changedBy);
    }

    /**
     * Commits as {@link #commit} does, with author and committer time {@code at} (the release
     * instant); {@code null} means now.
     */
    String commitAt(ReleaseStep step, java.time.ZonedDateTime at, String message,
            String... changedBy) throws IOException {
        List<String> files = changedFiles(changedBy);
        String before = repository.headCommitId();
        // Both records go to disk in one save, before the commit changes the index or the ref.
        journal.backupIndex(step.id(), repository.indexFile(), false);
        journal.refMoving(step.id(), movedRef(), before, null, message);
        // Nothing changed (a version moved by hand, no changelog): the commit carries only the
        // message, so that the tag still marks a release commit.
        String id = files.isEmpty() ? repository.writer().commitUnchanged(message, at)
                : repository.writer().commit(files, message, at);
        // The new id waits for the next save: the commit is recognised by its message on top of
        // `before` (a first commit has no `before`, and saves it now).
        journal.refMoved(step.id(), movedRef(), id, before == null);
        reporter.debug("Commit " + id + " with " + files);
        return id;
    }

    /**
     * Writes a file as part of a step, after backing up what it held (by its blob id when the
     * index holds exactly those bytes, else a flushed copy; the record saved either way).
     */
    void write(ReleaseStep step, Path file, byte[] content) throws IOException {
        journal.backupAll(step.id(), List.of(file), repository);
        AtomicFiles.write(file, content);
        listener.wrote(step.id(), file);
    }

    /**
     * Writes every file of a version change as part of a step, as {@link #write} does one: all
     * of them are backed up first, with one save of the journal, then written as one change
     * (flushed in parallel for a large reactor, all or none).
     */
    void write(ReleaseStep step, VersionChangePlan plan) throws IOException {
        journal.backupAll(step.id(), plan.changes().stream().map(FileChange::file).toList(),
                repository);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        plan.changes().forEach(change -> files.put(change.file(), change.after()));
        AtomicFiles.writeAll(files);
        for (FileChange change : plan.changes()) {
            listener.wrote(step.id(), change.file());
        }
    }

    /** The files the given steps changed, relative to the work tree, '/'-separated. */
    List<String> changedFiles(String... stepIds) {
        List<String> out = new ArrayList<>();
        for (String id : stepIds) {
            for (String relative : journal.backedUpFiles(id)) {
                if (!out.contains(relative)) {
                    out.add(relative);
                }
            }
        }
        return out;
    }

    /** The text of a message template with the version substituted. */
    static String message(String template, Version version) {
        return template.replace("@{version}", version.toString());
    }
}
