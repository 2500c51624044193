package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.StatusReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
public class StatusMojo extends AbstractComponentScopedMojo {

    /** The environments, as for {@code deploy}; shown even before their first deployment. */
    @Parameter
    private List<EnvironmentConfig> environments;

    /** Show only this environment, e.g. {@code -Denvironment=production}. */
    @Parameter(property = "release-process.environment")
    private String environment;

    /** Writes the status as JSON to this file (relative to the project folder). */
    @Parameter(property = "release-process.outputFile")
    private File outputFile;

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
                GoalOutput.write(baseDir(), outputFile, target -> AtomicFiles.write(target,
                        report.toJson().getBytes(StandardCharsets.UTF_8)), reporter);
            }
        }
    }
}
