package io.github.releaseprocess.publish;

import io.github.releaseprocess.core.Required;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a release's artifacts are published, read from the POM and the command line by the Mojo.
 *
 * @param projectDir the folder of the root POM
 * @param workDir where the clean working copy of the tag goes ({@code target/release-process})
 * @param stagingDir the local staging repository ({@code target/staging})
 * @param from build from the tag ({@code tag}) or take what the release's test build staged
 *     ({@code test-build})
 * @param goals the goals of the publish build ({@code publishGoals}, default {@code deploy})
 * @param profiles its profiles ({@code publishProfiles}, default {@code release})
 * @param properties further user properties of the publish build
 * @param repository where the staged files go; empty when central-publishing-maven-plugin
 *     uploads
 * @param centralWait how long to wait for a Central Portal deployment
 * @param portalUrl the Portal's base URL when the plugin does not print it
 * @param portalToken the Portal's Bearer token (never logged)
 * @param buildTimeout the longest the publish build may run
 * @param centralTimeout the longest to wait for a Portal state
 * @param environment variables added to the publish build's environment
 * @param centralPlugin the project uploads through central-publishing-maven-plugin (seen in the
 *     reactor's build or its profiles)
 */
public record PublishRequest(Path projectDir, Path workDir, Path stagingDir, Source from,
        List<String> goals, List<String> profiles, Map<String, String> properties,
        Optional<RemoteRepository> repository, CentralWait centralWait, Optional<URI> portalUrl,
        Optional<String> portalToken, Duration buildTimeout, Duration centralTimeout,
        Map<String, String> environment, boolean centralPlugin) {

    /** The id of the staging repository in {@code altDeploymentRepository}. */
    public static final String STAGING_ID = "release-process-staging";

    public PublishRequest {
        Required.nonNull("projectDir workDir stagingDir from repository centralWait portalUrl"
                + " portalToken",
                projectDir, workDir, stagingDir, from, repository, centralWait, portalUrl,
                portalToken);
        goals = List.copyOf(goals);
        profiles = List.copyOf(profiles);
        properties = Map.copyOf(properties);
        environment = Map.copyOf(environment);
    }

    /** A request with the defaults: from the tag, {@code deploy} with profile {@code release}. */
    public static PublishRequest defaults(Path projectDir, Path buildDir,
            Optional<RemoteRepository> repository) {
        return new PublishRequest(projectDir, buildDir.resolve("release-process"),
                buildDir.resolve("staging"), Source.TAG, List.of("deploy"), List.of("release"),
                Map.of(), repository, CentralWait.VALIDATED, Optional.empty(), Optional.empty(),
                Duration.ofHours(2), Duration.ofHours(1), Map.of(), false);
    }

    /** This request for a project that uploads through central-publishing-maven-plugin. */
    public PublishRequest withCentralPlugin(boolean value) {
        return new PublishRequest(projectDir, workDir, stagingDir, from, goals, profiles,
                properties, repository, centralWait, portalUrl, portalToken, buildTimeout,
                centralTimeout, environment, value);
    }

    /** This request with another wait. */
    public PublishRequest withCentralWait(CentralWait value) {
        return new PublishRequest(projectDir, workDir, stagingDir, from, goals, profiles,
                properties, repository, value, portalUrl, portalToken, buildTimeout,
                centralTimeout, environment, centralPlugin);
    }

    /** This request with another longest wait for a Portal state (polled 10 times as often). */
    public PublishRequest withCentralTimeout(Duration value) {
        return new PublishRequest(projectDir, workDir, stagingDir, from, goals, profiles,
                properties, repository, centralWait, portalUrl, portalToken, buildTimeout, value,
                environment, centralPlugin);
    }

    /** This request with the Portal's URL and token. */
    public PublishRequest withPortal(Optional<URI> url, Optional<String> token) {
        return new PublishRequest(projectDir, workDir, stagingDir, from, goals, profiles,
                properties, repository, centralWait, url, token, buildTimeout, centralTimeout,
                environment, centralPlugin);
    }

    /** This request with variables added to the build's environment. */
    public PublishRequest withEnvironment(Map<String, String> value) {
        return new PublishRequest(projectDir, workDir, stagingDir, from, goals, profiles,
                properties, repository, centralWait, portalUrl, portalToken, buildTimeout,
                centralTimeout, value, centralPlugin);
    }

    /**
     * The user property that sends maven-deploy-plugin's files into the staging folder instead
     * of the {@code <distributionManagement>} repository (the {@code id::layout::url} form,
     * which maven-deploy-plugin 2.x needs and 3.x still reads).
     */
    public Map.Entry<String, String> stagingProperty() {
        return Map.entry("altDeploymentRepository", STAGING_ID + "::default::"
                + stagingDir.toAbsolutePath().normalize().toUri());
    }

    /** Where the artifacts come from. */
    public enum Source {
        /** A publish build in a clean working copy of the release tag. */
        TAG,
        /** The release's test build, run with the publish goals and profiles. */
        TEST_BUILD;

        /** Parses {@code tag} or {@code test-build}; blank is {@code tag}. */
        public static Source parse(String value) {
            if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("tag")) {
                return TAG;
            }
            if (value.trim().equalsIgnoreCase("test-build")) {
                return TEST_BUILD;
            }
            throw new io.github.releaseprocess.core.RefusalException(
                    "-Drelease-process.publishFrom=" + value + " is not a source; use tag or"
                            + " test-build");
        }

        public String id() {
            return this == TAG ? "tag" : "test-build";
        }
    }
}
