package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.Required;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to change: every reactor module that has {@code currentVersion} moves to
 * {@code newVersion}, and so do the configured version files.
 *
 * @param rootDirectory the execution root; relative version file paths and
 *     {@code .mvn/maven.config} are found from here
 * @param currentVersion the version being replaced (the execution root project's version)
 * @param newVersion the new version, a Semantic Version
 * @param modules every project of the reactor
 * @param versionFiles the other files to change
 * @param trackedFiles the files git tracks under the root, searched for release-please's
 *     version markers ({@code versions.txt} at the root is read whether tracked or not)
 * @param outputTimestamp the release instant for {@code project.build.outputTimestamp} where a
 *     POM of the reactor sets it; empty to leave it alone (development versions)
 * @param scmTag the change of {@code <scm><tag>} in the POMs that have one; empty to leave it
 */
public record VersionChangeRequest(Path rootDirectory, String currentVersion, String newVersion,
        List<ReactorModule> modules, List<VersionFile> versionFiles, List<Path> trackedFiles,
        Optional<Instant> outputTimestamp, Optional<ScmTag> scmTag) {

    /**
     * {@code <scm><tag>} becomes {@code to} in every POM of the reactor that declares it (none
     * gains one), as maven-release-plugin writes the release tag into the release commit and
     * {@code HEAD} into the next development commit.
     *
     * @param from only a tag with this value changes ({@code null}: any plain value)
     * @param to the new value
     */
    public record ScmTag(String from, String to) {
        public ScmTag {
            Objects.requireNonNull(to, "to");
        }
    }

    /** A change that leaves {@code <scm><tag>} alone. */
    public VersionChangeRequest(Path rootDirectory, String currentVersion, String newVersion,
            List<ReactorModule> modules, List<VersionFile> versionFiles, List<Path> trackedFiles,
            Optional<Instant> outputTimestamp) {
        this(rootDirectory, currentVersion, newVersion, modules, versionFiles, trackedFiles,
                outputTimestamp, Optional.empty());
    }

    /** A change of the POMs and the configured version files only. */
    public VersionChangeRequest(Path rootDirectory, String currentVersion, String newVersion,
            List<ReactorModule> modules, List<VersionFile> versionFiles) {
        this(rootDirectory, currentVersion, newVersion, modules, versionFiles, List.of(),
                Optional.empty());
    }

    public VersionChangeRequest {
        Required.nonNull("rootDirectory currentVersion newVersion outputTimestamp scmTag",
                rootDirectory, currentVersion, newVersion, outputTimestamp, scmTag);
        modules = List.copyOf(modules);
        versionFiles = versionFiles == null ? List.of() : List.copyOf(versionFiles);
        trackedFiles = trackedFiles == null ? List.of() : List.copyOf(trackedFiles);
    }
}
