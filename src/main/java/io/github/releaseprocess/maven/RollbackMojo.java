package io.github.releaseprocess.maven;

import io.github.releaseprocess.deploy.Deployer;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Restores an environment: redeploys its previous good version from the deployment ledger (or
 * the named one, which must have been good there before) from the sources its release tag
 * points at, health-checks it and records the rollback. With {@code force} and a reason, a
 * deployment whose process died is recorded as failed first.
 */
@Mojo(name = "rollback", threadSafe = true, aggregator = true)
public class RollbackMojo extends AbstractDeploymentMojo {

    public RollbackMojo() {
        super((deployer, request) -> deployer.rollback(request));
    }
}
