package io.github.releaseprocess.release;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks made before a release changes anything ({@code <gates>} in the POM).
 *
 * @param cleanWorkingTree refuse uncommitted changes
 * @param includeUntracked count untracked files as changes too
 * @param allowedBranches branch names or globs ({@code release/*}) a release may start from
 * @param review what to do with commits that were not reviewed
 * @param changelogHasEntries refuse when {@code [Unreleased]} has no entries (and none are
 *     generated)
 * @param noSnapshotDependencies refuse SNAPSHOT dependencies and plugins from outside the reactor
 */
public record GateSettings(boolean cleanWorkingTree, boolean includeUntracked,
        List<String> allowedBranches, Review review, boolean changelogHasEntries,
        boolean noSnapshotDependencies) {

    /** The branches a release may start from by default. */
    public static final List<String> DEFAULT_BRANCHES = List.of("main", "master", "release/*",
            "hotfix/*");

    public GateSettings {
        allowedBranches = List.copyOf(allowedBranches);
    }

    /** Every gate on, as DESIGN describes the defaults. */
    public static GateSettings defaults() {
        return new GateSettings(true, false, DEFAULT_BRANCHES, Review.WARN, true, true);
    }

    /** True when {@code branch} matches one of the allowed names or globs. */
    public boolean allowsBranch(String branch) {
        for (String allowed : allowedBranches) {
            StringBuilder regex = new StringBuilder();
            String[] parts = allowed.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i > 0 ? "[^/]*" : "").append(Pattern.quote(parts[i]));
            }
            if (branch.matches(regex.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The code review gate: {@code none}, {@code warn} or {@code require}. */
    public enum Review {
        NONE, WARN, REQUIRE;

        /** Parses the POM value; null means the default, {@code warn}. */
        public static Review parse(String value) {
            if (value == null || value.isBlank()) {
                return WARN;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new io.github.releaseprocess.core.RefusalException("<gates><review>" + value
                        + "</review> is not a review mode; use none, warn or require");
            }
        }
    }
}
