package io.github.releaseprocess.maven;

import io.github.releaseprocess.changelog.ChangelogValidator;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.Finding;
import io.github.releaseprocess.changelog.ReleaseTags;
import io.github.releaseprocess.changelog.Severity;
import io.github.releaseprocess.changelog.ValidationOptions;
import io.github.releaseprocess.changelog.ValidationReport;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.GitHubActions;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks {@code CHANGELOG.md} against the rules of its dialect and prints every
 * finding as {@code FILE:LINE:COL: severity: message [rule]} with the source line and a caret.
 * Errors fail the build; warnings too with {@code failOnWarning}. Runs in every module that has a
 * changelog.
 */
@Mojo(name = "validate-changelog", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateChangelogMojo extends AbstractReleaseProcessMojo {

    /** The changelog to check. */
    @Parameter(property = "release-process.changelog", defaultValue = "${project.basedir}/CHANGELOG.md")
    private File changelog;

    /**
     * {@code auto} (decided from the headings), {@code keepachangelog}, {@code seed},
     * {@code conventional-changelog}, {@code commitizen}, or {@code none} (not validated).
     */
    @Parameter(property = "release-process.changelogDialect", defaultValue = "auto")
    private String changelogDialect;

    /** Fails the build on warnings too. */
    @Parameter(property = "release-process.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Also writes the findings as JSON to this file. */
    @Parameter(property = "release-process.outputFile")
    private File outputFile;

    /** Severity per rule id: {@code <rules><date-future>warning</date-future></rules>}; or off. */
    @Parameter
    private Map<String, String> rules = Map.of();

    /** The shape of release tags, as for {@code next-version}: the tags the file is checked against. */
    @Parameter(property = "release-process.tagFormat", defaultValue = TagFormat.DEFAULT)
    private String tagFormat;

    /** The time zone of "today", against which release dates are checked ({@code date-future}). */
    @Parameter(property = ReleaseDateZone.PROPERTY, defaultValue = "UTC")
    private String releaseDateZone;

    /** Cross-checks released versions against the release tags when in a git repository. */
    @Parameter(property = "release-process.checkTags", defaultValue = "true")
    private boolean checkTags;

    @Override
    protected boolean shouldRunHere() {
        return true;
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        Path file = changelog.toPath();
        String name = displayName(file);
        if (Dialect.of(changelogDialect) == Dialect.NONE) {
            reporter.info("changelogDialect is none: " + name + " is not validated.");
            return;
        }
        if (!Files.isRegularFile(file)) {
            reporter.info("No changelog at " + name + ": nothing to validate.");
            return;
        }
        ValidationOptions options = ValidationOptions.defaults().withSeverities(rules)
                .withToday(LocalDate.now(ReleaseDateZone.of(releaseDateZone)));
        Optional<ReleaseTags> tags = releaseTags(reporter);
        if (tags.isPresent()) {
            options = options.withReleaseTags(tags.get());
        }
        ValidationReport report = ChangelogValidator.validate(file, Dialect.of(changelogDialect),
                options);
        reporter.debug("Changelog dialect " + report.dialect() + (report.dialectDetected()
                ? " (decided from the headings)" : "") + (report.streamed()
                        ? "; validated one release section at a time" : ""));
        print(report, name, reporter);
        if (outputFile != null) {
            AtomicFiles.write(outputFile.toPath(), report.toJson(name)
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (GitHubActions.fromEnvironment().isActive()) {
            // Workflow commands must start the line: the Maven log's "[ERROR] " prefix hides them.
            report.githubAnnotations(name).forEach(System.out::println);
        }
        if (report.fails(failOnWarning)) {
            throw new RefusalException(name + " has " + report.errors() + " error(s) and "
                    + report.warnings() + " warning(s)" + (report.errors() == 0
                            ? " and failOnWarning is on" : "") + "; fix them as shown above, or set a"
                    + " rule's severity in <rules>.");
        }
    }

    private void print(ValidationReport report, String name, Reporter reporter) {
        int i = 0;
        List<String> lines = report.formatted(name);
        for (Finding f : report.findings()) {
            for (int k = 0; k < 3; k++, i++) {
                if (f.severity() == Severity.ERROR) {
                    getLog().error(lines.get(i));
                } else {
                    reporter.warn(lines.get(i));
                }
            }
        }
        String summary = report.summary(name) + (report.dialectDetected()
                ? ", dialect decided from the headings" : "");
        reporter.info(summary);
    }

    /** The release tags for the cross-check; none outside a git repository. */
    private Optional<ReleaseTags> releaseTags(Reporter reporter) throws IOException {
        if (!checkTags) {
            return Optional.empty();
        }
        GitRepository repository;
        try {
            repository = GitRepository.open(changelog.toPath().toAbsolutePath().getParent());
        } catch (RefusalException e) {
            reporter.debug("No git repository: release tags are not cross-checked");
            return Optional.empty();
        }
        try (repository) {
            TagFormat format = TagFormat.of(tagFormat, project.getArtifactId());
            Map<Version, String> tags = new LinkedHashMap<>();
            for (ReleaseTag tag : repository.releaseTags(format, reporter)) {
                tags.putIfAbsent(tag.version(), tag.name());
            }
            reporter.debug("Cross-checking " + tags.size() + " release tags in " + format);
            return Optional.of(ReleaseTags.of(tags, format::tagFor));
        }
    }

    private String displayName(Path file) {
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/')
                : abs.toString();
    }
}
