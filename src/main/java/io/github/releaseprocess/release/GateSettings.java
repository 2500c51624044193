package io.github.releaseprocess.release;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * @param reviewEvidence what the review gate accepts as proof that a commit was reviewed
 */
public record GateSettings(boolean cleanWorkingTree, boolean includeUntracked,
        List<String> allowedBranches, Review review, boolean changelogHasEntries,
        boolean noSnapshotDependencies, Set<ReviewEvidence> reviewEvidence) {

    /** The branches a release may start from by default. */
    public static final List<String> DEFAULT_BRANCHES = List.of("main", "master", "release/*",
            "hotfix/*");

    public GateSettings {
        allowedBranches = List.copyOf(allowedBranches);
        reviewEvidence = reviewEvidence.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(reviewEvidence));
    }

    /** The gates with the default review evidence, {@code trailer,merge}. */
    public GateSettings(boolean cleanWorkingTree, boolean includeUntracked,
            List<String> allowedBranches, Review review, boolean changelogHasEntries,
            boolean noSnapshotDependencies) {
        this(cleanWorkingTree, includeUntracked, allowedBranches, review, changelogHasEntries,
                noSnapshotDependencies, ReviewEvidence.DEFAULT);
    }

    /** These gates, accepting this review evidence. */
    public GateSettings withReviewEvidence(Set<ReviewEvidence> evidence) {
        return new GateSettings(cleanWorkingTree, includeUntracked, allowedBranches, review,
                changelogHasEntries, noSnapshotDependencies, evidence);
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
            return EnumIds.setting(Review.class, value, WARN, () -> "<gates><review>" + value
                    + "</review> is not a review mode; use none, warn or require");
        }
    }

    /**
     * What counts as proof that a commit was reviewed ({@code reviewEvidence}, a comma-separated
     * list). None of them proves a review happened; each says who vouched, as strongly as the
     * repository can tell (docs/goals/prepare.md).
     */
    public enum ReviewEvidence {
        /** A {@code Reviewed-by:} or {@code Approved-by:} trailer in the message. */
        TRAILER,
        /** The commit came in through a merge commit (it is not on HEAD's first-parent line). */
        MERGE,
        /**
         * A pull-request squash merge made by a forge: the subject ends with {@code (#123)} and
         * the committer is the forge's own identity. Opt-in only: a committer can be forged.
         */
        PULL_REQUEST;

        /** {@code trailer,merge}. */
        public static final Set<ReviewEvidence> DEFAULT = Collections.unmodifiableSet(
                EnumSet.of(TRAILER, MERGE));

        /** Parses {@code trailer,merge,pull-request}; blank means the default. */
        public static Set<ReviewEvidence> parseList(String value) {
            if (value == null || value.isBlank()) {
                return DEFAULT;
            }
            EnumSet<ReviewEvidence> out = EnumSet.noneOf(ReviewEvidence.class);
            for (String item : value.split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                out.add(EnumIds.find(ReviewEvidence.class, item).orElseThrow(() ->
                        new RefusalException("<reviewEvidence> " + value + ": '" + item.trim()
                                + "' is not a kind of review evidence; use trailer, merge"
                                + " and/or pull-request, comma-separated")));
            }
            return out;
        }

        /** The name in the configuration: {@code trailer}, {@code merge}, {@code pull-request}. */
        public String id() {
            return EnumIds.id(this);
        }
    }
}
