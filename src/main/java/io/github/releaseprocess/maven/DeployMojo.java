package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.DeployRequest;
import io.github.releaseprocess.deploy.Deployer;
import io.github.releaseprocess.deploy.GitLedger;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys a release to an environment: records the rollback plan in the deployment ledger, runs
 * the environment's Maven profiles and goals on the exact sources of the release tag (in a
 * working copy under {@code target/release-process/deploy/}), health-checks and monitors the
 * result, records it, and rolls back automatically when the environment asks for it.
 */
@Mojo(name = "deploy", threadSafe = true, aggregator = true)
public class DeployMojo extends AbstractReleaseProcessMojo {

    /**
     * The environments: {@code <environment>} elements with {@code id}, {@code profiles},
     * {@code goals}, {@code properties}, {@code requires}, {@code healthCheck}, {@code monitor},
     * {@code autoRollback}, {@code source} and {@code timeout}.
     */
    @Parameter
    private List<EnvironmentConfig> environments;

    /** The environment to deploy to, e.g. {@code -Denvironment=staging}. */
    @Parameter(property = "release-process.environment")
    private String environment;

    /** The released version to deploy; default: the latest release tag. */
    @Parameter(property = "release-process.version")
    private String version;

    /**
     * Deploy although the environments in {@code requires} do not run the version (or there is
     * no rollback target); needs {@code reason}.
     */
    @Parameter(property = "release-process.force", defaultValue = "false")
    private boolean force;

    /** Why {@code force} was needed; recorded in the ledger. */
    @Parameter(property = "release-process.reason")
    private String reason;

    @Override
    protected String goal() {
        return "deploy";
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            Deployer deployer = DeploymentSetup.deployer(environments, project, session,
                    baseDir(), tagFormat, ledger, reporter);
            deployer.deploy(new DeployRequest(environment, Optional.ofNullable(version), force,
                    Optional.ofNullable(reason)));
        }
    }
}
