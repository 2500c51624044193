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
 */
public record NextVersionRequest(VersioningPolicy policy, TagFormat tagFormat,
        Version initialVersion, Optional<String> prerelease, Optional<Version> releaseVersion,
        boolean strictCommits, boolean firstParentOnly) {

    /** The fallback first version when the POM's is not usable: {@code 0.1.0}. */
    public static final Version FALLBACK_INITIAL_VERSION = Version.of(0, 1, 0);

    public NextVersionRequest {
        Required.nonNull("policy tagFormat initialVersion prerelease releaseVersion", policy,
                tagFormat, initialVersion, prerelease, releaseVersion);
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
