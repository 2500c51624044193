package io.github.releaseprocess.components;

import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.BumpKind;
import io.github.releaseprocess.versioning.VersionDecision;
import java.util.List;
import java.util.Optional;

/**
 * What becomes of one component: its last release, the decision its own commits make, and the
 * final answer once dependents and groups are taken into account.
 *
 * @param component the component
 * @param own the decision of its own commits alone (as {@code next-version} of a single project)
 * @param nextVersion the version to release, or empty when it is not released
 * @param bump the kind of step from its current version to the next
 * @param reasons the decision in sentences: last release, commits, the deciding commit, and
 *     "pulled along by" lines for dependents and groups
 * @param pulledAlongBy the components whose release made this one released or bumped higher
 *     (a dependency or a member of its group); empty when its own commits decide
 * @param unreleasedChanges commits that changed its files without asking for a release (tool
 *     commits excluded), at most {@link ComponentAnalyzer#MAX_LISTED_UNRELEASED}, as
 *     {@code shortId subject}
 * @param unreleasedCount how many such commits there are in all
 */
public record ComponentDecision(Component component, VersionDecision own,
        Optional<Version> nextVersion, BumpKind bump, List<String> reasons,
        List<String> pulledAlongBy, List<String> unreleasedChanges, long unreleasedCount) {

    public ComponentDecision {
        reasons = List.copyOf(reasons);
        pulledAlongBy = List.copyOf(pulledAlongBy);
        unreleasedChanges = List.copyOf(unreleasedChanges);
    }

    /** The component id. */
    public String id() {
        return component.id();
    }

    /** Its last release tag reachable from HEAD, or empty before its first release. */
    public Optional<ReleaseTag> lastTag() {
        return own.lastTag();
    }

    /** Its last released version, or empty before its first release. */
    public Optional<Version> currentVersion() {
        return own.currentVersion();
    }

    /** True when it is released. */
    public boolean released() {
        return nextVersion.isPresent();
    }

    /** How many of the commits since its last release are its own. */
    public long commitCount() {
        return own.commitCount();
    }
}
