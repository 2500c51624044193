package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.Deployer;
import io.github.releaseprocess.deploy.GitLedger;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Restores an environment: redeploys its previous good version from the deployment ledger (or
 * the named one, which must have been good there before) from the exact tagged sources,
 * health-checks it and records the rollback.
 */
@Mojo(name = "rollback", threadSafe = true, aggregator = true)
public class RollbackMojo extends AbstractReleaseProcessMojo {

    /** The environments, as for the {@code deploy} goal. */
    @Parameter
    private List<EnvironmentConfig> environments;

    /** The environment to roll back, e.g. {@code -Denvironment=production}. */
    @Parameter(property = "release-process.environment")
    private String environment;

    /** The version to restore; default: the previous good version there. */
    @Parameter(property = "release-process.version")
    private String version;

    @Override
    protected String goal() {
        return "rollback";
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            Deployer deployer = DeploymentSetup.deployer(environments, project, session,
                    baseDir(), tagFormat, ledger, reporter);
            deployer.rollback(environment, Optional.ofNullable(version));
        }
    }
}
