package io.github.releaseprocess.maven;

import io.github.releaseprocess.api.ApiCheckMode;
import io.github.releaseprocess.api.ApiCheckRequest;
import io.github.releaseprocess.api.ApiModule;
import io.github.releaseprocess.api.BaselineResolver;
import io.github.releaseprocess.core.Reporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The API check's request as the session sees it: the reactor's jar modules (those not marked
 * {@code maven.deploy.skip}), and a resolver that
 * finds the last release's jars with the session's repository system in the local repository and
 * the project's remote repositories (only the local one with {@code -o}).
 */
final class ApiBaselines {

    /** Packagings whose main artifact is a jar of classes. */
    private static final Set<String> JAR_PACKAGINGS = Set.of("jar", "bundle", "maven-plugin",
            "ejb");

    private ApiBaselines() {
    }

    static ApiCheckRequest request(String mode, List<String> excludes, MavenSession session,
            RepositorySystem repositories, Reporter reporter) {
        ApiCheckMode parsed = ApiCheckMode.parse(mode);
        if (parsed == ApiCheckMode.OFF) {
            return ApiCheckRequest.off();
        }
        List<ApiModule> modules = new ArrayList<>();
        for (MavenProject project : Reactor.projects(session)) {
            // A module that is never deployed (samples, tests, benchmarks) has no API to keep.
            boolean deployed = !"true".equalsIgnoreCase(
                    project.getProperties().getProperty("maven.deploy.skip", "false").trim());
            if (JAR_PACKAGINGS.contains(project.getPackaging()) && deployed) {
                modules.add(new ApiModule(project.getGroupId(), project.getArtifactId(),
                        Path.of(project.getBuild().getDirectory()),
                        project.getBuild().getFinalName(), project.getVersion()));
            }
        }
        MavenProject root = session.getTopLevelProject() != null ? session.getTopLevelProject()
                : session.getCurrentProject();
        BaselineResolver resolver = (groupId, artifactId, version) -> {
            ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(groupId,
                    artifactId, "jar", version), root.getRemoteProjectRepositories(), null);
            try {
                return Optional.of(repositories.resolveArtifact(session.getRepositorySession(),
                        request).getArtifact().getFile().toPath());
            } catch (ArtifactResolutionException e) {
                reporter.debug("API baseline " + groupId + ":" + artifactId + ":" + version
                        + " not resolved: " + e.getMessage());
                return Optional.empty();
            }
        };
        return new ApiCheckRequest(parsed, excludes == null ? List.of() : excludes.stream()
                .map(String::strip).filter(e -> !e.isEmpty()).toList(), modules, resolver);
    }
}
