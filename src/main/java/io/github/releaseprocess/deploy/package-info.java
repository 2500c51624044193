/**
 * Deployment: {@link io.github.releaseprocess.deploy.Environment environments},
 * {@link io.github.releaseprocess.deploy.Deployer deployments and rollbacks}, health checks and
 * the monitor window ({@link io.github.releaseprocess.deploy.HealthChecker}), and the deployment
 * ledger on {@code refs/release-process/ledger} ({@link io.github.releaseprocess.deploy.GitLedger},
 * read as a {@link io.github.releaseprocess.deploy.DeploymentHistory} and shown by
 * {@link io.github.releaseprocess.deploy.StatusReport}). The deployment build runs through
 * {@link io.github.releaseprocess.build.BuildRunner} (package {@code build}).
 *
 * <p>JGit is used here only by the ledger ({@code GitLedger}, {@code LedgerRecord}) and by
 * {@code GitSourceExport}, which opens the repository through {@code history}. No Maven API;
 * nothing from {@code release}, {@code versioning}, {@code changelog} or {@code adopt}.
 */
package io.github.releaseprocess.deploy;
