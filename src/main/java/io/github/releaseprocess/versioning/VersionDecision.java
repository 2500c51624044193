package io.github.releaseprocess.versioning;

import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.semver.Version;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer of {@link NextVersionCalculator}: where the project stands, what comes next and why.
 *
 * @param lastTag the highest release tag reachable from HEAD, or empty before the first release
 * @param lastFinalTag the highest final (not pre-release) release tag reachable from HEAD: the
 *     commits counted are those since it
 * @param nextVersion the version to release, or empty when nothing is releasable
 * @param bump the kind of step from the current version to the next
 * @param commitCount commits since the last final release
 * @param countsByType commits per conventional type, alphabetically; merges, reverts and
 *     non-conventional commits after them under keys in parentheses ({@code (merge)},
 *     {@code (release-tool)} for {@code [maven-release-plugin] …}, …)
 * @param ignored commits that are not Conventional Commits and were left out
 * @param cancelled ids of commits whose effect a revert in the same range cancelled (both sides)
 * @param reasons the decision in sentences, the deciding one last
 * @param analysisMillis how long reading and analysing the history took
 */
public record VersionDecision(Optional<ReleaseTag> lastTag, Optional<ReleaseTag> lastFinalTag,
        Optional<Version> nextVersion,
        BumpKind bump, long commitCount, Map<String, Long> countsByType, long ignored,
        Set<String> cancelled, List<String> reasons, long analysisMillis) {

    public VersionDecision {
        countsByType = Collections.unmodifiableMap(new LinkedHashMap<>(countsByType));
        cancelled = Set.copyOf(cancelled);
        reasons = List.copyOf(reasons);
    }

    /** The last released version, or empty before the first release. */
    public Optional<Version> currentVersion() {
        return lastTag.map(ReleaseTag::version);
    }

    /** True when an analysed commit counts towards the release. */
    public boolean isReleasable(AnalyzedCommit commit) {
        return commit.bump() != io.github.releaseprocess.commits.Bump.NONE
                && !cancelled.contains(commit.id());
    }
}
