package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.StatusReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows, per environment, the version that runs there, since when, its health and its history,
 * read from the deployment ledger ({@code refs/release-process/ledger}); a clone that fetched the
 * ref shows the same. Changes nothing.
 */
@Mojo(name = "status", threadSafe = true, aggregator = true)
public class StatusMojo extends AbstractReleaseProcessMojo {

    /** The environments, as for {@code deploy}; shown even before their first deployment. */
    @Parameter
    private List<EnvironmentConfig> environments;

    /** Show only this environment, e.g. {@code -Denvironment=production}. */
    @Parameter(property = "release-process.environment")
    private String environment;

    /** Writes the status as JSON to this file (relative to the project folder). */
    @Parameter(property = "release-process.outputFile")
    private File outputFile;

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
    protected void run(Reporter reporter) throws IOException {
        List<String> configured = new ArrayList<>();
        if (environments != null) {
            environments.forEach(e -> configured.add(e.toEnvironment().id()));
        }
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            Optional<String> only = componentScope().map(
                    io.github.releaseprocess.release.ComponentScope::id);
            StatusReport report = new StatusReport(ledger.read().forComponent(only), configured,
                    Optional.ofNullable(environment), Feedback.link(project));
            report.lines().forEach(reporter::info);
            if (outputFile != null) {
                Path target = baseDir().resolve(outputFile.toPath());
                AtomicFiles.write(target, report.toJson().getBytes(StandardCharsets.UTF_8));
                reporter.info("Wrote " + target);
            }
        }
    }
}
