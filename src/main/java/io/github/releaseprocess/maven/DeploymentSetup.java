package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.Deployer;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.HealthChecker;
import io.github.releaseprocess.history.TagFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** The core's deployer as the {@code deploy} and {@code rollback} goals build it from Maven's model. */
final class DeploymentSetup {

    private DeploymentSetup() {
    }

    static Deployer deployer(List<EnvironmentConfig> environments, MavenProject project,
            MavenSession session, Path baseDir, String tagFormat,
            Optional<io.github.releaseprocess.release.ComponentScope> component, GitLedger ledger,
            Reporter reporter) {
        io.github.releaseprocess.deploy.DeploySettings settings = EnvironmentConfig.settings(
                environments, baseDir, Path.of(project.getBuild().getDirectory()),
                TagFormat.of(tagFormat, project.getArtifactId()),
                Optional.ofNullable(project.getVersion()));
        if (component.isPresent()) {
            // One component of a monorepo: its tags, its records in the ledger.
            settings = new io.github.releaseprocess.deploy.DeploySettings(settings.projectDir(),
                    settings.workDir(), settings.environments(), component.get().tagFormat(),
                    settings.projectVersion(), Optional.of(component.get().id()));
        }
        return new Deployer(settings, ledger,
                NestedBuilds.runner(session), new HealthChecker(reporter), reporter,
                Clock.systemUTC());
    }
}
