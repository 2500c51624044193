package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.publish.CentralWait;
import io.github.releaseprocess.publish.PortalClient;
import io.github.releaseprocess.publish.PublishRequest;
import io.github.releaseprocess.publish.RemoteRepository;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.DeploymentRepository;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The core's {@link PublishRequest} as {@code publish} and {@code prepare
 * -Drelease-process.publish} build it from Maven's model: the repository from
 * {@code publishRepository} or {@code <distributionManagement>}, its credentials from the
 * settings' {@code <server>} (decrypted by Maven's own decrypter), the Portal token from the
 * {@code <server>} with id {@code central}.
 */
final class PublishSetup {

    /** The artifactId of Sonatype's plugin that uploads to the Central Portal. */
    static final String CENTRAL_PLUGIN = "central-publishing-maven-plugin";

    private PublishSetup() {
    }

    /** The parameters both goals read. */
    record Parameters(String from, String goals, String profiles, String repository,
            String centralWait, String portalUrl) {
    }

    static PublishRequest request(Parameters p, MavenProject project, MavenSession session,
            Path baseDir, SettingsDecrypter decrypter) {
        Path buildDir = Path.of(project.getBuild().getDirectory());
        Optional<RemoteRepository> repository = repository(p.repository(), project)
                .map(r -> withCredentials(r, session, decrypter));
        PublishRequest.Source from = PublishRequest.Source.parse(p.from());
        boolean central = usesCentralPlugin(session);
        if (from == PublishRequest.Source.TEST_BUILD && central) {
            throw new RefusalException("publishFrom=test-build cannot be used with "
                    + CENTRAL_PLUGIN + ": it would upload during the test build, before the tag"
                    + " exists; use publishFrom=tag (the default)");
        }
        Optional<String> token = server(session, decrypter, "central")
                .filter(s -> s.getUsername() != null && s.getPassword() != null)
                .map(s -> PortalClient.bearer(s.getUsername(), s.getPassword()));
        Optional<URI> portal = Optional.ofNullable(p.portalUrl()).filter(u -> !u.isBlank())
                .map(u -> {
                    try {
                        return URI.create(u.trim());
                    } catch (IllegalArgumentException e) {
                        throw new RefusalException("-Drelease-process.centralPortalUrl=" + u
                                + " is not a URL");
                    }
                });
        return new PublishRequest(baseDir, buildDir.resolve("release-process"),
                buildDir.resolve("staging"), from, list(p.goals(), "deploy"),
                list(p.profiles(), "release"), Map.of(), repository,
                CentralWait.parse(p.centralWait()), portal, token, Duration.ofHours(2),
                Duration.ofHours(1), Map.of(), central);
    }

    private static List<String> list(String value, String fallback) {
        String text = value == null ? fallback : value;
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static Optional<RemoteRepository> repository(String given, MavenProject project) {
        if (given != null && !given.isBlank()) {
            return Optional.of(RemoteRepository.parse(given));
        }
        if (project.getDistributionManagement() == null
                || project.getDistributionManagement().getRepository() == null) {
            return Optional.empty();
        }
        DeploymentRepository r = project.getDistributionManagement().getRepository();
        if (r.getUrl() == null || r.getId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RemoteRepository.of(r.getId(), URI.create(r.getUrl().trim())));
        } catch (IllegalArgumentException e) {
            throw new RefusalException("<distributionManagement><repository><url>" + r.getUrl()
                    + "</url> is not a URL");
        }
    }

    private static RemoteRepository withCredentials(RemoteRepository repository,
            MavenSession session, SettingsDecrypter decrypter) {
        return server(session, decrypter, repository.id())
                .map(s -> repository.withCredentials(Optional.ofNullable(s.getUsername()),
                        Optional.ofNullable(s.getPassword())))
                .orElse(repository);
    }

    private static Optional<Server> server(MavenSession session, SettingsDecrypter decrypter,
            String id) {
        Server server = session.getSettings() == null ? null : session.getSettings().getServer(id);
        if (server == null) {
            return Optional.empty();
        }
        if (decrypter == null) {
            return Optional.of(server);
        }
        SettingsDecryptionResult result = decrypter.decrypt(
                new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new RefusalException("The password of <server><id>" + id + "</id> in the"
                        + " settings cannot be decrypted (" + problem.getMessage() + ")");
            }
        }
        return Optional.ofNullable(result.getServer());
    }

    /**
     * What in the POM would break the publishing order, one sentence each: central-publishing-
     * maven-plugin with {@code autoPublish=true} publishes the deployment as soon as it is
     * validated, before release-process pushes the tag.
     */
    static List<String> warnings(MavenSession session) {
        List<String> out = new java.util.ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            List<Plugin> plugins = new java.util.ArrayList<>(p.getBuildPlugins());
            for (Profile profile : p.getModel().getProfiles()) {
                if (profile.getBuild() != null) {
                    plugins.addAll(profile.getBuild().getPlugins());
                }
            }
            for (Plugin plugin : plugins) {
                if (CENTRAL_PLUGIN.equals(plugin.getArtifactId())
                        && plugin.getConfiguration() instanceof org.codehaus.plexus.util.xml.Xpp3Dom dom
                        && dom.getChild("autoPublish") != null
                        && "true".equals(dom.getChild("autoPublish").getValue())) {
                    out.add(p.getFile().getName() + " of " + p.getArtifactId() + ": "
                            + CENTRAL_PLUGIN + " has <autoPublish>true</autoPublish>, so the"
                            + " Portal publishes the release before the tag is pushed; set it to"
                            + " false and let -Drelease-process.centralWait=published publish it"
                            + " after the push");
                    return out;
                }
            }
        }
        return out;
    }

    /** True when a project of the reactor uses central-publishing-maven-plugin, in a profile too. */
    static boolean usesCentralPlugin(MavenSession session) {
        for (MavenProject p : session.getProjects()) {
            if (hasCentralPlugin(p.getBuildPlugins())) {
                return true;
            }
            for (Profile profile : p.getModel().getProfiles()) {
                if (profile.getBuild() != null && hasCentralPlugin(profile.getBuild().getPlugins())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCentralPlugin(List<Plugin> plugins) {
        return plugins != null && plugins.stream().anyMatch(pl -> CENTRAL_PLUGIN.equals(
                pl.getArtifactId()));
    }
}
