package io.github.releaseprocess.release;

import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.VersionDecision;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One component of a monorepo in a release: released in it (with its new version) or not (its
 * references in released POMs then point at its last release).
 *
 * @param id the component's id, e.g. {@code gax}
 * @param modules the reactor modules that carry its version, {@code groupId:artifactId}
 * @param tagFormat its release tags, e.g. {@code gax/v@{version}}
 * @param changelog its changelog, promoted when it is released; empty when it keeps none
 * @param currentVersion the version its modules have on disk now, e.g. {@code 1.3.0-SNAPSHOT}
 * @param lastRelease the version of its last release tag; empty before its first release
 * @param version the version it is released at in this run; empty when it is not released
 * @param developmentVersion the version its modules get after the release, if any
 * @param decision how its version was found; null when not analysed (a resumed release)
 * @param commits the commits since its last release that belong to it
 * @param reasons why it is released (or not), for the plan: e.g. pulled along by a dependency
 * @param pulledAlongBy the components whose release made it released (a dependency or a member
 *     of its group); empty when its own commits decide
 */
public record ComponentRelease(String id, List<String> modules, TagFormat tagFormat,
        Optional<Path> changelog, String currentVersion, Optional<Version> lastRelease,
        Optional<Version> version, Optional<Version> developmentVersion, VersionDecision decision,
        List<AnalyzedCommit> commits, List<String> reasons, List<String> pulledAlongBy) {

    public ComponentRelease {
        Required.nonNull("id tagFormat changelog currentVersion lastRelease version"
                + " developmentVersion",
                id, tagFormat, changelog, currentVersion, lastRelease, version, developmentVersion);
        modules = List.copyOf(modules);
        commits = List.copyOf(commits);
        reasons = List.copyOf(reasons);
        pulledAlongBy = List.copyOf(pulledAlongBy);
    }

    /** True when this run releases it. */
    public boolean released() {
        return version.isPresent();
    }

    /** Its release tag in this run; empty when it is not released. */
    public Optional<String> tag() {
        return version.map(tagFormat::tagFor);
    }

    /** The same component released at {@code next}, then at {@code development}. */
    public ComponentRelease releasedAt(Optional<Version> next, Optional<Version> development) {
        return new ComponentRelease(id, modules, tagFormat, changelog, currentVersion,
                lastRelease, next, development, decision, commits, reasons, pulledAlongBy);
    }

    /** {@code id version}, e.g. {@code gax 2.41.0}; {@code id} alone when not released. */
    public String label() {
        return id + version.map(v -> " " + v).orElse("");
    }
}
