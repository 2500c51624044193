package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.Deployer;
import io.github.releaseprocess.deploy.GitLedger;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that the goals acting on environments ({@code deploy}, {@code rollback},
 * {@code status}) share: the configured {@code <environments>} and the one chosen with
 * {@code -Denvironment}. Maven finds parameters only in a Mojo's class hierarchy, so the group
 * is a class between the base and those goals; each goal adds only what it uses.
 */
abstract class AbstractEnvironmentMojo extends AbstractReleaseProcessMojo {

    /**
     * The environments: {@code <environment>} elements with {@code id}, {@code profiles},
     * {@code goals}, {@code properties}, {@code requires}, {@code healthCheck}, {@code monitor},
     * {@code autoRollback}, {@code source} and {@code timeout}.
     */
    @Parameter
    protected List<EnvironmentConfig> environments;

    /** The environment to act on, e.g. {@code -Denvironment=staging}. */
    @Parameter(property = "environment")
    protected String environment;

    /** The ids of the configured environments, in the POM's order. */
    protected List<String> configuredEnvironments() {
        return environments == null ? List.of()
                : environments.stream().map(e -> e.toEnvironment().id()).toList();
    }

    /** The core's deployer for these environments, recording in {@code ledger}. */
    protected Deployer deployer(GitLedger ledger, Reporter reporter) {
        return DeploymentSetup.deployer(environments, project, session, baseDir(), tagFormat,
                ledger, reporter);
    }
}
