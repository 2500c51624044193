package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.DeployRequest;
import io.github.releaseprocess.deploy.Deployer;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.LedgerRecord;
import io.github.releaseprocess.history.TagFormat;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that {@code deploy} and {@code rollback} share, declared once: the configured
 * {@code <environments>}, the one chosen, the version, and {@code force} with its
 * {@code reason}. Maven finds parameters only in a Mojo's class hierarchy, so the group is the
 * one class between the base and those two goals.
 */
abstract class AbstractDeploymentMojo extends AbstractComponentScopedMojo {

    /** What a goal asks of the deployer. */
    @FunctionalInterface
    interface Action {
        LedgerRecord apply(Deployer deployer, DeployRequest request) throws IOException;
    }

    private final Action action;

    /** @param action the deployer's method the goal calls */
    AbstractDeploymentMojo(Action action) {
        this.action = action;
    }

    /**
     * The environments: {@code <environment>} elements with {@code id}, {@code profiles},
     * {@code goals}, {@code properties}, {@code requires}, {@code healthCheck}, {@code monitor},
     * {@code autoRollback}, {@code source} and {@code timeout}.
     */
    @Parameter
    private List<EnvironmentConfig> environments;

    /** The shape of release tags, as for {@code next-version}: the tag of the version to deploy. */
    @Parameter(property = "release-process.tagFormat", defaultValue = TagFormat.DEFAULT)
    private String tagFormat;

    /** The environment, e.g. {@code -Denvironment=staging}. */
    @Parameter(property = "release-process.environment")
    private String environment;

    /**
     * The version: for {@code deploy} a released version (default: the latest release tag), for
     * {@code rollback} one that was good there before (default: the previous good version).
     */
    @Parameter(property = "release-process.version")
    private String version;

    /**
     * Go on although a check refuses: {@code requires} does not hold or there is no rollback
     * target ({@code deploy}), or a deployment there has no outcome because its process died
     * (it is recorded as failed first). Needs {@code reason}.
     */
    @Parameter(property = "release-process.force", defaultValue = "false")
    private boolean force;

    /** Why {@code force} was needed; recorded in the ledger. */
    @Parameter(property = "release-process.reason")
    private String reason;

    @Override
    protected final void run(Reporter reporter) throws IOException {
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            action.apply(DeploymentSetup.deployer(environments, project, session, baseDir(),
                    tagFormat, componentScope(), ledger, reporter), new DeployRequest(environment,
                            Optional.ofNullable(version), force, Optional.ofNullable(reason)));
        }
    }
}
