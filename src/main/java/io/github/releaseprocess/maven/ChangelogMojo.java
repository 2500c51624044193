package io.github.releaseprocess.maven;

import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.changelog.ChangelogGenerator;
import io.github.releaseprocess.changelog.ChangelogPromoter;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.PromotionOptions;
import io.github.releaseprocess.changelog.ReleaseSection;
import io.github.releaseprocess.changelog.RepositoryUrl;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.JournaledWrite;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.ProjectPaths;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the Conventional Commits since the last release into {@code ## [Unreleased]} of the
 * changelog: feat → Added, fix → Fixed, perf/refactor → Changed, security, deprecations and
 * removals by footer, scope or type, breaking changes marked {@code **Breaking:**}. Each entry
 * keeps the short commit id, so a second run adds nothing. Runs once, at the execution root.
 */
@Mojo(name = "changelog", threadSafe = true, requiresProject = false)
public class ChangelogMojo extends AbstractChangelogMojo {

    /** Prints the entries it would add and changes nothing; {@code -DdryRun} works too. */
    @Parameter(property = "release-process.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void run(Reporter reporter) throws IOException {
        SectionMapping mapping = SectionMapping.of(changelogSections);
        Dialect dialect = Dialect.of(changelogDialect);
        Path file = changelog != null && hasPom() ? changelog.toPath()
                : baseDir().resolve("CHANGELOG.md");
        if (dialect == Dialect.NONE) {
            reporter.info("changelogDialect is none: " + file.getFileName() + " is left alone.");
            return;
        }
        file = ProjectPaths.writableFileInside(Path.of(session.getExecutionRootDirectory()), file,
                "<changelog>");
        io.github.releaseprocess.components.ComponentConfig config = componentConfig();
        if (config.hasComponents() && hasPom()) {
            componentChangelogs(config, dialect, mapping, reporter);
            return;
        }
        List<AnalyzedCommit> analysed = new ArrayList<>();
        VersionDecision decision;
        Optional<String> remoteUrl;
        try (GitRepository repository = GitRepository.open(baseDir())) {
            decision = new NextVersionCalculator(reporter).calculate(repository, versionRequest(),
                    CommitSink.into(analysed));
            remoteUrl = repository.remoteUrl("origin");
        }
        List<ChangelogCommit> commits = ChangelogCommit.from(analysed, decision.cancelled());
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        if (dialect == Dialect.AUTO) {
            dialect = Changelog.parse(before, Dialect.AUTO).dialect();
        }
        String since = decision.lastTag().map(t -> "since " + t.name()).orElse("in the history");
        if (!dialect.hasUnreleased()) {
            preview(file, before, dialect, commits, analysed, decision, since, remoteUrl, reporter);
            return;
        }
        ChangelogGenerator.Generation result = ChangelogGenerator.generate(before, commits,
                dialect, mapping);
        reporter.info(summary(analysed, decision, since, result.added(), result.alreadyPresent(),
                result.unmapped()));
        logEntries(result, reporter);
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

    /** Each component's commits since its last release into its own changelog, in one write. */
    private void componentChangelogs(io.github.releaseprocess.components.ComponentConfig config,
            Dialect configured, SectionMapping mapping, Reporter reporter) throws IOException {
        List<io.github.releaseprocess.release.ComponentRelease> all;
        try (GitRepository repository = GitRepository.open(baseDir())) {
            all = new io.github.releaseprocess.release.AnalyzedComponents(config, baseDir(),
                    Reactor.poms(session), componentRulesRequest(), List.of())
                    .plan(repository, reporter);
        }
        Map<Path, byte[]> writes = new java.util.LinkedHashMap<>();
        for (io.github.releaseprocess.release.ComponentRelease c : all) {
            if (c.changelog().isEmpty()) {
                continue; // <changelog>none</changelog>
            }
            Path file = c.changelog().get();
            byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            Dialect dialect = configured == Dialect.AUTO
                    ? Changelog.parse(before, Dialect.AUTO).dialect() : configured;
            String name = baseDir().relativize(file.toAbsolutePath()).toString();
            if (!dialect.hasUnreleased()) {
                reporter.info(c.id() + ": " + name + " is in the " + dialect + " form; its"
                        + " entries are written when the component is released (prepare)");
                continue;
            }
            ChangelogGenerator.Generation result = ChangelogGenerator.generate(before,
                    ChangelogCommit.from(c.commits(), c.decision() == null ? Set.of()
                            : c.decision().cancelled()), dialect, mapping);
            reporter.info(c.id() + ": " + result.added().size() + " new entr"
                    + (result.added().size() == 1 ? "y" : "ies") + " for " + name + " from "
                    + c.commits().size() + " commit(s) since "
                    + c.lastRelease().map(v -> c.tagFormat().tagFor(v)).orElse("the start"));
            logEntries(result, reporter);
            if (result.changed()) {
                writes.put(file, result.bytes());
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        if (dryRun) {
            reporter.info("Dry run: " + writes.size() + " changelog(s) not written.");
            return;
        }
        JournaledWrite.writeAll(baseDir(), goal(), writes.size() + " changelogs", writes);
        reporter.info("Wrote " + writes.size() + " changelog(s)");
    }

    /** Each new entry under its section: shown with {@code dryRun}, else a DEBUG line. */
    private void logEntries(ChangelogGenerator.Generation result, Reporter reporter) {
        Consumer<String> sink = GoalOutput.detail(reporter, dryRun);
        result.entries().forEach((section, lines) -> lines.forEach(
                line -> sink.accept("  ### " + section.title() + ": " + line)));
    }

    /**
     * A form without Unreleased gets its entries at release time: show the section the release
     * would add, and write nothing.
     */
    private void preview(Path file, byte[] before, Dialect dialect, List<ChangelogCommit> commits,
            List<AnalyzedCommit> analysed, VersionDecision decision, String since,
            Optional<String> remoteUrl, Reporter reporter) {
        if (decision.nextVersion().isEmpty()) {
            reporter.info(summary(analysed, decision, since, List.of(), List.of(), List.of())
                    + "; nothing to release, so " + file.getFileName() + " (" + dialect
                    + ") would get no section.");
            return;
        }
        Version version = decision.nextVersion().get();
        PromotionOptions options = PromotionOptions.defaults().withDialect(dialect)
                .withTagFor(versionRequest().tagFormat()::tagFor)
                .withDisplayName(file.getFileName().toString())
                .withCommits(commits, versionRequest().policy().preset());
        Optional<String> url = Optional.ofNullable(project == null ? null : project.getScm())
                .map(scm -> scm.getUrl()).flatMap(RepositoryUrl::webUrl)
                .or(() -> remoteUrl.flatMap(RepositoryUrl::webUrl));
        if (url.isPresent()) {
            options = options.withRepositoryUrl(url.get());
        }
        ReleaseSection section = ChangelogPromoter.releaseSection(before, version,
                LocalDate.now(ReleaseDateZone.of(releaseDateZone)), options);
        reporter.info(summary(analysed, decision, since, section.added(), List.of(),
                section.unmapped()));
        reporter.info(file.getFileName() + " is in the " + dialect + " form, which has no"
                + " Unreleased section: the entries are written when " + version + " is released"
                + " (prepare). The section it would add:");
        for (String line : section.lines()) {
            reporter.info("  " + line);
        }
    }

    /**
     * One line whose counts add up to the commits analysed: each commit is written, already in
     * the changelog, of a type with no section, not a Conventional Commit, or cancelled by a
     * revert.
     */
    static String summary(List<AnalyzedCommit> analysed, VersionDecision decision, String since,
            List<ChangelogCommit> added, List<ChangelogCommit> already,
            List<ChangelogCommit> unmapped) {
        Set<String> written = ids(added);
        Set<String> present = ids(already);
        present.removeAll(written);
        Set<String> noSection = ids(unmapped);
        noSection.removeAll(written);
        noSection.removeAll(present);
        int reverted = 0;
        int notConventional = 0;
        for (AnalyzedCommit commit : analysed) {
            if (decision.cancelled().contains(commit.id())) {
                reverted++;
            } else if (commit.parts().stream().noneMatch(p -> p.isConventional())) {
                notConventional++;
            }
        }
        return analysed.size() + " commit" + (analysed.size() == 1 ? "" : "s") + " " + since
                + ": " + written.size() + " with new entries (" + added.size() + " entr"
                + (added.size() == 1 ? "y" : "ies") + "), " + present.size() + " already in the"
                + " changelog, " + noSection.size() + " of a type with no section, "
                + notConventional + " not Conventional Commits, " + reverted + " reverted";
    }

    private static Set<String> ids(List<ChangelogCommit> commits) {
        Set<String> ids = new HashSet<>();
        commits.forEach(c -> ids.add(c.shortId()));
        return ids;
    }
}
