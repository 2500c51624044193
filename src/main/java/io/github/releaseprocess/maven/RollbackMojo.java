package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.DeployRequest;
import io.github.releaseprocess.deploy.GitLedger;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Restores an environment: redeploys its previous good version from the deployment ledger (or
 * the named one, which must have been good there before) from the sources its release tag
 * points at, health-checks it and records the rollback.
 */
@Mojo(name = "rollback", threadSafe = true, aggregator = true)
public class RollbackMojo extends AbstractEnvironmentMojo {

    /** The version to restore; default: the previous good version there. */
    @Parameter(property = "version")
    private String version;

    /**
     * Roll back although a deployment of the environment has no outcome because its process
     * died: that deployment is recorded as failed first. Needs {@code reason}.
     */
    @Parameter(property = "release-process.force", defaultValue = "false")
    private boolean force;

    /** Why {@code force} was needed; recorded in the ledger. */
    @Parameter(property = "release-process.reason")
    private String reason;

    @Override
    protected String goal() {
        return "rollback";
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            deployer(ledger, reporter).rollback(new DeployRequest(environment,
                    Optional.ofNullable(version), force, Optional.ofNullable(reason)));
        }
    }
}
