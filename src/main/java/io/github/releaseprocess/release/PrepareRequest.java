package io.github.releaseprocess.release;

import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.versionfiles.VersionFile;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a release needs to know, read from the POM and the command line by the Mojo.
 *
 * @param rootDirectory the execution root: its {@code pom.xml} is the reactor's root
 * @param currentVersion the root project's version now (usually {@code X.Y.Z-SNAPSHOT})
 * @param versioning how the release version is computed
 * @param gates the checks before anything changes
 * @param snapshotDependencies SNAPSHOT dependencies and plugins from outside the reactor, found
 *     by the Mojo in the effective models, one readable line each
 * @param changelog the changelog file, or empty when the project keeps none
 * @param changelogDialect the changelog's heading form
 * @param generateChangelog fill {@code [Unreleased]} from the commits before promoting it
 * @param changelogSections mapping rules for the generated entries
 * @param versionFiles other files whose version moves with the POMs
 * @param developmentVersion after the release: {@code snapshot} or {@code none}
 * @param developmentVersionOverride {@code -DdevelopmentVersion=}: the exact next version
 * @param releaseCommitMessage with {@code @{version}} substituted
 * @param developmentCommitMessage with {@code @{version}} substituted
 * @param testGoals goals of the test build of the release version, e.g. {@code clean verify}
 * @param testProperties user properties passed to the test build ({@code skipTests} …)
 * @param push push the branch and the tag when done
 * @param remote where to push
 * @param signTag sign the release tag with GPG
 * @param today the release date written to the changelog
 */
public record PrepareRequest(Path rootDirectory, String currentVersion,
        NextVersionRequest versioning, GateSettings gates, List<String> snapshotDependencies,
        Optional<Path> changelog, Dialect changelogDialect, boolean generateChangelog,
        SectionMapping changelogSections, List<VersionFile> versionFiles,
        DevelopmentVersion developmentVersion, Optional<String> developmentVersionOverride,
        String releaseCommitMessage, String developmentCommitMessage, List<String> testGoals,
        Map<String, String> testProperties, boolean push, String remote, boolean signTag,
        LocalDate today) {

    /** The default message of the release commit. */
    public static final String DEFAULT_RELEASE_MESSAGE = "chore(release): @{version}";
    /** The default message of the commit that starts the next development version. */
    public static final String DEFAULT_DEVELOPMENT_MESSAGE =
            "chore(release): start @{version} development";

    public PrepareRequest {
        Objects.requireNonNull(rootDirectory, "rootDirectory");
        Objects.requireNonNull(currentVersion, "currentVersion");
        Objects.requireNonNull(versioning, "versioning");
        Objects.requireNonNull(gates, "gates");
        snapshotDependencies = List.copyOf(snapshotDependencies);
        versionFiles = List.copyOf(versionFiles);
        testGoals = List.copyOf(testGoals);
        testProperties = Map.copyOf(testProperties);
    }

    /** What happens after the release commit. */
    public enum DevelopmentVersion {
        /** Commit the next patch version with {@code -SNAPSHOT}: the Maven habit. */
        SNAPSHOT,
        /** Leave the release version in the POMs. */
        NONE;

        /** Parses the POM value; null means the default, {@code snapshot}. */
        public static DevelopmentVersion parse(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("snapshot")) {
                return SNAPSHOT;
            }
            if (value.equalsIgnoreCase("none")) {
                return NONE;
            }
            throw new io.github.releaseprocess.core.RefusalException("<developmentVersion>"
                    + value + "</developmentVersion> is not a mode; use snapshot or none, or give"
                    + " the exact version with -DdevelopmentVersion=X.Y.Z-SNAPSHOT");
        }
    }
}
