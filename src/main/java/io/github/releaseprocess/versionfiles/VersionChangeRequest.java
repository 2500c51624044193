package io.github.releaseprocess.versionfiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 */
public record VersionChangeRequest(Path rootDirectory, String currentVersion, String newVersion,
        List<ReactorModule> modules, List<VersionFile> versionFiles) {

    public VersionChangeRequest {
        Objects.requireNonNull(rootDirectory, "rootDirectory");
        Objects.requireNonNull(currentVersion, "currentVersion");
        Objects.requireNonNull(newVersion, "newVersion");
        modules = List.copyOf(modules);
        versionFiles = versionFiles == null ? List.of() : List.copyOf(versionFiles);
    }
}
