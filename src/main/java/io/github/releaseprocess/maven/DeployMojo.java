package io.github.releaseprocess.maven;

import io.github.releaseprocess.deploy.Deployer;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Deploys a release to an environment: records the rollback plan in the deployment ledger, runs
 * the environment's Maven profiles and goals on the exact sources of the release tag (in a
 * working copy under {@code target/release-process/deploy/}), health-checks and monitors the
 * result, records it, and rolls back automatically when the environment asks for it.
 */
@Mojo(name = "deploy", threadSafe = true, aggregator = true)
public class DeployMojo extends AbstractDeploymentMojo {

    public DeployMojo() {
        super(Deployer::deploy);
    }
}
