package io.github.releaseprocess.maven;

import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.changelog.ChangelogGenerator;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.JournaledWrite;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the Conventional Commits since the last release into {@code ## [Unreleased]} of the
 * changelog: feat → Added, fix → Fixed, perf/refactor → Changed, security, deprecations and
 * removals by footer, scope or type, breaking changes marked {@code **Breaking:**}. Each entry
 * keeps the short commit id, so a second run adds nothing. Runs once, at the execution root.
 */
@Mojo(name = "changelog", threadSafe = true, requiresProject = false)
public class ChangelogMojo extends AbstractReleaseProcessMojo {

    /** The changelog to fill; created when missing. */
    @Parameter(property = "release-process.changelog", defaultValue = "${project.basedir}/CHANGELOG.md")
    private File changelog;

    /** {@code keepachangelog}, {@code seed} or {@code auto}: the form of a new Unreleased heading. */
    @Parameter(property = "release-process.changelogDialect", defaultValue = "auto")
    private String changelogDialect;

    /**
     * Mapping rules tried before the defaults, e.g. {@code type:docs=Changed},
     * {@code scope:security=Security}, {@code footer:Deprecated=Deprecated}, {@code type:chore=none}.
     */
    @Parameter(property = "release-process.changelogSections")
    private List<String> changelogSections = List.of();

    /** Prints the entries it would add and changes nothing. */
    @Parameter(property = "dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected String goal() {
        return "changelog";
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        SectionMapping mapping = SectionMapping.of(changelogSections);
        Dialect dialect = Dialect.of(changelogDialect);
        Path file = changelog != null && hasPom() ? changelog.toPath()
                : baseDir().resolve("CHANGELOG.md");
        List<AnalyzedCommit> analysed = new ArrayList<>();
        VersionDecision decision;
        try (GitRepository repository = GitRepository.open(baseDir())) {
            decision = new NextVersionCalculator(reporter).calculate(repository, versionRequest(),
                    CommitSink.into(analysed));
        }
        List<ChangelogCommit> commits = ChangelogCommit.from(analysed, decision.cancelled());
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        ChangelogGenerator.Generation result = ChangelogGenerator.generate(before, commits,
                dialect, mapping);
        String since = decision.lastTag().map(t -> "since " + t.name()).orElse("in the history");
        reporter.info(result.added().size() + " new entries from " + analysed.size() + " commits "
                + since + " (" + result.alreadyPresent().size() + " already in the changelog, "
                + result.unmapped().size() + " with no section)");
        for (ChangelogCommit c : result.added()) {
            reporter.debug("  + " + c.shortId() + " " + c.type() + ": " + c.description());
        }
        if (!result.changed()) {
            return;
        }
        if (dryRun) {
            reporter.info("Dry run: " + file.getFileName() + " not written.");
            return;
        }
        JournaledWrite.writeAll(baseDir(), goal(), file.getFileName().toString(),
                Map.of(file, result.bytes()));
        reporter.info("Wrote " + baseDir().relativize(file.toAbsolutePath()));
    }
}
