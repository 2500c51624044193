package io.github.releaseprocess.release;

import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.VersionDecision;
import java.util.List;
import java.util.Optional;

/**
 * What a release did, or with a dry run would do.
 *
 * @param decision how the version was found
 * @param version the release version
 * @param tag the release tag
 * @param developmentVersion the version committed after the release, if any
 * @param gates every gate's outcome
 * @param steps the steps, one line each
 * @param changes the files the release changes, with their unified diffs
 * @param dryRun true when nothing was changed
 * @param commits the commits since the last release
 * @param components a monorepo's components, released or not; empty for a release of one
 *     version ({@code decision}, {@code version}, {@code tag} and {@code developmentVersion} are
 *     then those of the first component released)
 */
public record PrepareResult(VersionDecision decision, Version version, String tag,
        Optional<Version> developmentVersion, List<GateResult> gates, List<String> steps,
        List<FileDiff> changes, boolean dryRun, List<AnalyzedCommit> commits,
        List<ComponentRelease> components) {

    public PrepareResult {
        gates = List.copyOf(gates);
        steps = List.copyOf(steps);
        changes = List.copyOf(changes);
        commits = List.copyOf(commits);
        components = List.copyOf(components);
    }

    /** The result of a release of one version. */
    public PrepareResult(VersionDecision decision, Version version, String tag,
            Optional<Version> developmentVersion, List<GateResult> gates, List<String> steps,
            List<FileDiff> changes, boolean dryRun, List<AnalyzedCommit> commits) {
        this(decision, version, tag, developmentVersion, gates, steps, changes, dryRun, commits,
                List.of());
    }

    /** A file the release changes: its path from the project root and its unified diff. */
    public record FileDiff(String path, String diff) {
    }
}
