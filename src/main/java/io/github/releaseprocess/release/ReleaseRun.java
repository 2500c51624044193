package io.github.releaseprocess.release;

import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final String branchRef;
    private ReleaseJournal journal;
    ReleaseRun(GitRepository repository, String branchRef, PrepareRequest request,
            Version version, String tag, Optional<Version> developmentVersion, Reporter reporter,
            BuildRunner builds, Supplier<List<ChangelogCommit>> commits) {
        this.repository = repository;
        this.branchRef = branchRef;
        this.request = request;
        this.version = version;
        this.tag = tag;
        this.developmentVersion = developmentVersion;
        this.reporter = reporter;
        this.builds = builds;
        this.commits = commits;
    }

    /**
     * The time of the release, taken once per run, in whole seconds: what
     * {@code project.build.outputTimestamp} is set to. (One place to point at a release instant
     * shared with the changelog date and the commit and tag times.)
     */
    /** The release instant the run chose once ({@code releaseTime}), to the second. */
    java.time.Instant releaseInstant() {
        return request.releaseTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    void attach(ReleaseJournal journal) {
        this.journal = journal;
    }

    ReleaseJournal journal() {
        return journal;
    }

    /** The branch being released, e.g. {@code refs/heads/main}. */
    String branchRef() {
        return branchRef;
    }

    /** Writes a file as part of a step, after backing up what it held. */
    void write(ReleaseStep step, Path file, byte[] content) throws IOException {
        journal.backup(step.id(), file);
        AtomicFiles.write(file, content);
    }

    /** The files the given steps changed, relative to the work tree, '/'-separated. */
    List<String> changedFiles(String... stepIds) throws IOException {
        List<String> out = new ArrayList<>();
        Path top = repository.workTree().toRealPath();
        for (String id : stepIds) {
            for (Path file : journal.backedUpFiles(id)) {
                String relative = top.relativize(file.toAbsolutePath().normalize().toRealPath())
                        .toString().replace('\\', '/');
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
