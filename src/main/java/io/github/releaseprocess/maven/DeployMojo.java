package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.DeployRequest;
import io.github.releaseprocess.deploy.GitLedger;
import java.io.IOException;
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
public class DeployMojo extends AbstractEnvironmentMojo {

    /** The released version to deploy; default: the latest release tag. */
    @Parameter(property = "version")
    private String version;

    /**
     * Deploy although the environments in {@code requires} do not run the version, there is no
     * rollback target, or a deployment whose process died has no outcome (it is recorded as
     * failed); needs {@code reason}.
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
            deployer(ledger, reporter).deploy(new DeployRequest(environment,
                    Optional.ofNullable(version), force, Optional.ofNullable(reason)));
        }
    }
}
