package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.Required;
import java.nio.file.Path;

/**
 * One project of the reactor as the build sees it: its POM file and its effective coordinates
 * (inherited groupId and version filled in, CI-friendly properties resolved).
 *
 * @param pom the module's POM file
 * @param groupId effective groupId
 * @param artifactId artifactId
 * @param version effective version, e.g. {@code 1.4.0-SNAPSHOT} even when the POM says
 *     {@code ${revision}}
 */
public record ReactorModule(Path pom, String groupId, String artifactId, String version) {

    public ReactorModule {
        Required.nonNull("pom groupId artifactId version", pom, groupId, artifactId, version);
    }

    /** {@code groupId:artifactId}. */
    public String key() {
        return groupId + ":" + artifactId;
    }
}
