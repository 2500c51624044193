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
            MavenSession session, Path baseDir, String tagFormat, GitLedger ledger,
            Reporter reporter) {
        return new Deployer(EnvironmentConfig.settings(environments, baseDir,
                Path.of(project.getBuild().getDirectory()),
                TagFormat.of(tagFormat, project.getArtifactId()),
                Optional.ofNullable(project.getVersion())), ledger,
                NestedBuilds.runner(session), new HealthChecker(reporter), reporter,
                Clock.systemUTC());
    }
}
