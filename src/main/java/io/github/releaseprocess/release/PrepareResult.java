package io.github.releaseprocess.release;

import io.github.releaseprocess.api.ApiCheckOutcome;
import io.github.releaseprocess.core.Required;
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
 * @param notes the release notes for the forge (written to
 *     {@code target/release-process/release-notes-X.Y.Z.md}), when known
 * @param api what the API check did ({@code apiCheck}), when it is on
 * @param components a monorepo's components, released or not; empty for a release of one
 *     version ({@code decision}, {@code version}, {@code tag} and {@code developmentVersion} are
 *     then those of the first component released)
 */
public record PrepareResult(VersionDecision decision, Version version, String tag,
        Optional<Version> developmentVersion, List<GateResult> gates, List<String> steps,
        List<FileDiff> changes, boolean dryRun, List<AnalyzedCommit> commits,
        Optional<ReleaseNotes> notes, Optional<ApiCheckOutcome> api,
        List<ComponentRelease> components) {

    public PrepareResult {
        gates = List.copyOf(gates);
        steps = List.copyOf(steps);
        changes = List.copyOf(changes);
        commits = List.copyOf(commits);
        Required.nonNull("notes api", notes, api);
        components = List.copyOf(components);
    }

    /** The result of a release of one version, without release notes and without an API check. */
    public PrepareResult(VersionDecision decision, Version version, String tag,
            Optional<Version> developmentVersion, List<GateResult> gates, List<String> steps,
            List<FileDiff> changes, boolean dryRun, List<AnalyzedCommit> commits) {
        this(decision, version, tag, developmentVersion, gates, steps, changes, dryRun, commits,
                Optional.empty(), Optional.empty(), List.of());
    }

    /** The same result with the API check's outcome. */
    public PrepareResult withApi(Optional<ApiCheckOutcome> outcome) {
        return new PrepareResult(decision, version, tag, developmentVersion, gates, steps,
                changes, dryRun, commits, notes, outcome, components);
    }

    /** A file the release changes: its path from the project root and its unified diff. */
    public record FileDiff(String path, String diff) {
    }
}
