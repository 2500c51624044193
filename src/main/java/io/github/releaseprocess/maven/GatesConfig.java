package io.github.releaseprocess.maven;

import io.github.releaseprocess.release.GateSettings;
import java.util.List;

/**
 * The {@code <gates>} element of the plugin configuration, as Maven fills it; turned into the
 * core's {@link GateSettings} with the defaults DESIGN gives.
 */
public class GatesConfig {

    /** Refuse uncommitted changes (default true). */
    private Boolean cleanWorkingTree;
    /** Count untracked files as uncommitted changes (default false). */
    private Boolean includeUntracked;
    /** Branch names or globs a release may start from (default main, master, release/*, hotfix/*). */
    private List<String> allowedBranches;
    /** {@code none}, {@code warn} (default) or {@code require}. */
    private String review;
    /** Goals of the test build of the release version (default {@code clean verify}). */
    private String tests;
    /** Refuse when [Unreleased] has no entries (default true). */
    private Boolean changelogHasEntries;
    /** Refuse SNAPSHOT dependencies and plugins from outside the reactor (default true). */
    private Boolean noSnapshotDependencies;

    /** The Central pre-flight: {@code off} (default), {@code warn} or {@code require}. */
    private String central;

    /** The Central pre-flight's mode, or null for the default. */
    String central() {
        return central;
    }

    GateSettings toSettings(String reviewOverride) {
        GateSettings d = GateSettings.defaults();
        return new GateSettings(
                cleanWorkingTree == null ? d.cleanWorkingTree() : cleanWorkingTree,
                includeUntracked == null ? d.includeUntracked() : includeUntracked,
                allowedBranches == null || allowedBranches.isEmpty() ? d.allowedBranches()
                        : allowedBranches,
                GateSettings.Review.parse(reviewOverride != null ? reviewOverride : review),
                changelogHasEntries == null ? d.changelogHasEntries() : changelogHasEntries,
                noSnapshotDependencies == null ? d.noSnapshotDependencies() : noSnapshotDependencies);
    }

    /** The test goals, or null for the default. */
    String tests() {
        return tests;
    }
}
