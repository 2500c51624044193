package io.github.releaseprocess.versioning;

import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import java.util.Optional;

/**
 * What to compute a next version from: the rules, the tag format and the user's overrides.
 *
 * @param policy the bump rules (a preset refined by the POM settings)
 * @param tagFormat which tags are releases
 * @param initialVersion the version of the first release, when no release tag exists
 * @param prerelease a pre-release label such as {@code rc}, or empty for a final release
 * @param releaseVersion {@code -DreleaseVersion}: the version to release, overriding the bump
 * @param strictCommits refuse instead of ignoring commits that are not Conventional Commits
 * @param firstParentOnly count only first-parent commits
 * @param snapshotVersion the POM's {@code X.Y.Z-SNAPSHOT} as {@code X.Y.Z}: after a release, the
 *     computed version is at least this one, as maven-release-plugin releases the SNAPSHOT's
 *     version (decision 0020); empty without a POM or a SNAPSHOT version
 */
public record NextVersionRequest(VersioningPolicy policy, TagFormat tagFormat,
        Version initialVersion, Optional<String> prerelease, Optional<Version> releaseVersion,
        boolean strictCommits, boolean firstParentOnly, Optional<Version> snapshotVersion) {

    /** The fallback first version when the POM's is not usable: {@code 0.1.0}. */
    public static final Version FALLBACK_INITIAL_VERSION = Version.of(0, 1, 0);

    public NextVersionRequest {
        Required.nonNull("policy tagFormat initialVersion prerelease releaseVersion snapshotVersion",
                policy, tagFormat, initialVersion, prerelease, releaseVersion, snapshotVersion);
    }

    /** A request without a POM's SNAPSHOT version (a component, a folder, a forced version). */
    public NextVersionRequest(VersioningPolicy policy, TagFormat tagFormat,
            Version initialVersion, Optional<String> prerelease, Optional<Version> releaseVersion,
            boolean strictCommits, boolean firstParentOnly) {
        this(policy, tagFormat, initialVersion, prerelease, releaseVersion, strictCommits,
                firstParentOnly, Optional.empty());
    }

    /**
     * The version a POM's {@code X.Y.Z-SNAPSHOT} stands for, when it is one and {@code X.Y.Z} is
     * a valid Semantic Version; empty for a release version or none.
     */
    public static Optional<Version> snapshotVersionOf(String pomVersion) {
        if (pomVersion == null || !pomVersion.endsWith("-SNAPSHOT")) {
            return Optional.empty();
        }
        return Version.tryParse(pomVersion.substring(0,
                pomVersion.length() - "-SNAPSHOT".length()));
    }

    /**
     * The default first version: the POM version without {@code -SNAPSHOT} when that is valid
     * SemVer (a {@code 1.0.0-SNAPSHOT} project releases 1.0.0 first), else {@code 0.1.0}.
     */
    public static Version defaultInitialVersion(String pomVersion) {
        if (pomVersion == null) {
            return FALLBACK_INITIAL_VERSION;
        }
        String release = pomVersion.endsWith("-SNAPSHOT")
                ? pomVersion.substring(0, pomVersion.length() - "-SNAPSHOT".length())
                : pomVersion;
        return Version.tryParse(release).map(Version::toRelease).orElse(FALLBACK_INITIAL_VERSION);
    }
}
