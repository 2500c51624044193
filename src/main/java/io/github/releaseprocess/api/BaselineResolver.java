package io.github.releaseprocess.api;

import java.util.Optional;

/**
 * Finds a released jar in the build's repositories: the local repository, then the remote ones
 * the project declares. The Maven adapter implements it with the session's repository system.
 */
@FunctionalInterface
public interface BaselineResolver {

    /** Never finds anything: the baseline is always built from the last release tag. */
    BaselineResolver NONE = (groupId, artifactId, version) -> Optional.empty();

    /**
     * The jar of {@code groupId:artifactId:version}, or empty when no repository has it.
     * Failures to reach a repository count as not found; the reason goes to the debug log.
     */
    Optional<java.nio.file.Path> resolve(String groupId, String artifactId, String version);
}
