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
abstract class AbstractDeploymentMojo extends AbstractReleaseProcessMojo {

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

    /** The components of a monorepo (as for {@code prepare}); needed for {@code component}. */
    @Parameter
    private List<ComponentSpec> components;

    /** Components released together (as for {@code prepare}). */
    @Parameter
    private List<GroupSpec> groups;

    /** {@code single} (one version) or {@code independent} (a component per versioned module). */
    @Parameter(property = "release-process.versioning", defaultValue = "single")
    private String versioning;

    /** What a component's release does to its dependents: {@code patch} or {@code none}. */
    @Parameter(property = "release-process.dependents", defaultValue = "patch")
    private String dependents;

    /** A commit scope equal to a component id assigns the commit to that component. */
    @Parameter(property = "release-process.scopeSelectsComponent", defaultValue = "false")
    private boolean scopeSelectsComponent;

    /** The one component of a monorepo to act on, e.g. {@code -Drelease-process.component=gax}. */
    @Parameter(property = "release-process.component")
    private String component;

    /** The component named by {@code component}, or empty. */
    private java.util.Optional<io.github.releaseprocess.release.ComponentScope> componentScope()
            throws java.io.IOException {
        return ComponentSelection.resolve(component, ComponentSettings.config(components, groups,
                versioning, dependents, scopeSelectsComponent), baseDir(), session);
    }

    @Override
    protected final void run(Reporter reporter) throws IOException {
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            action.apply(DeploymentSetup.deployer(environments, project, session, baseDir(),
                    tagFormat, componentScope(), ledger, reporter), new DeployRequest(environment,
                            Optional.ofNullable(version), force, Optional.ofNullable(reason)));
        }
    }
}
