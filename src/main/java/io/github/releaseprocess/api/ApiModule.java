package io.github.releaseprocess.api;

import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.semver.Version;
import java.nio.file.Path;

/**
 * A module of the reactor whose jar is checked.
 *
 * @param groupId the module's groupId
 * @param artifactId the module's artifactId
 * @param buildDirectory where its build writes the jar ({@code ${project.build.directory}})
 * @param finalName the jar's name without {@code .jar} at the POM's current version
 *     ({@code ${project.build.finalName}}, e.g. {@code lib-1.3.0-SNAPSHOT})
 * @param pomVersion the POM's current version, which {@code finalName} holds
 */
public record ApiModule(String groupId, String artifactId, Path buildDirectory, String finalName,
        String pomVersion) {

    public ApiModule {
        Required.nonNull("groupId artifactId buildDirectory finalName pomVersion", groupId,
                artifactId, buildDirectory, finalName, pomVersion);
    }

    /** {@code groupId:artifactId}. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }

    /** The jar the build of {@code version} writes, e.g. {@code target/lib-1.3.0.jar}. */
    public Path jar(Version version) {
        return jarUnder(buildDirectory, version);
    }

    /** The jar of {@code version} in the build directory {@code directory}. */
    public Path jarUnder(Path directory, Version version) {
        return directory.resolve(finalName.replace(pomVersion, version.toString()) + ".jar");
    }
}
