package io.github.releaseprocess.maven;

import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.core.GitHubActions;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.release.PrepareReport;
import io.github.releaseprocess.release.PrepareRequest;
import io.github.releaseprocess.release.PrepareResult;
import io.github.releaseprocess.release.Releaser;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.VersionFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The release: gates, then the version, the changelog promotion, the version files, a test build
 * of the release version in a separate Maven process, the release commit, the annotated tag and the
 * next development version, all or nothing. {@code -DdryRun} prints the plan and the diffs and
 * changes nothing; a killed release is finished with {@code -Drelease-process.resume} or put
 * back with {@code -Drelease-process.abort}.
 */
@Mojo(name = "prepare", threadSafe = true, aggregator = true)
public class PrepareMojo extends AbstractReleaseProcessMojo {

    /**
     * The gates: {@code cleanWorkingTree}, {@code includeUntracked}, {@code allowedBranches},
     * {@code review} ({@code none|warn|require}), {@code tests} (goals of the test build, default
     * {@code clean verify}), {@code changelogHasEntries}, {@code noSnapshotDependencies}.
     */
    @Parameter
    private GatesConfig gates;

    /** The code review gate for this run: {@code none}, {@code warn} or {@code require}. */
    @Parameter(property = "release-process.review")
    private String review;

    /** The changelog to promote; none when the file does not exist and the gate allows it. */
    @Parameter(property = "release-process.changelog", defaultValue = "${project.basedir}/CHANGELOG.md")
    private File changelog;

    /** {@code keepachangelog}, {@code seed} or {@code auto}. */
    @Parameter(property = "release-process.changelogDialect", defaultValue = "auto")
    private String changelogDialect;

    /** Fill {@code [Unreleased]} from the commits before promoting it. */
    @Parameter(property = "release-process.generateChangelog", defaultValue = "false")
    private boolean generateChangelog;

    /** Mapping rules for generated entries, e.g. {@code type:docs=Changed}. */
    @Parameter(property = "release-process.changelogSections")
    private List<String> changelogSections = List.of();

    /** Other files whose version moves with the POMs (as for {@code set-version}). */
    @Parameter
    private List<VersionFileSpec> versionFiles;

    /**
     * After the release: {@code snapshot} (next patch {@code -SNAPSHOT}, the default) or
     * {@code none}; or an exact version, e.g. {@code -DdevelopmentVersion=2.0.0-SNAPSHOT}.
     */
    @Parameter(property = "developmentVersion", defaultValue = "snapshot")
    private String developmentVersion;

    /** The release commit's message; {@code @{version}} is substituted. */
    @Parameter(property = "release-process.releaseCommitMessage",
            defaultValue = PrepareRequest.DEFAULT_RELEASE_MESSAGE)
    private String releaseCommitMessage;

    /** The message of the commit of the next development version. */
    @Parameter(property = "release-process.developmentCommitMessage",
            defaultValue = PrepareRequest.DEFAULT_DEVELOPMENT_MESSAGE)
    private String developmentCommitMessage;

    /** Push the branch and the tag, atomically, when the release is done. */
    @Parameter(property = "release-process.push", defaultValue = "false")
    private boolean push;

    /** The remote to push to. */
    @Parameter(property = "release-process.remote", defaultValue = "origin")
    private String remote;

    /** Sign the release tag with GPG (needs JGit's GPG signer on the plugin's class path). */
    @Parameter(property = "release-process.signTag", defaultValue = "false")
    private boolean signTag;

    /** Print the plan and the diffs, write the JSON plan, change nothing. */
    @Parameter(property = "dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Finish a release that was interrupted. */
    @Parameter(property = "release-process.resume", defaultValue = "false")
    private boolean resume;

    /**
     * Put back everything an interrupted release (or {@code set-version}, {@code changelog},
     * {@code hotfix}) changed.
     */
    @Parameter(property = "release-process.abort", defaultValue = "false")
    private boolean abort;

    /** Write the plan or the result as JSON to this file. */
    @Parameter(property = "release-process.outputFile")
    private File outputFile;

    @Override
    protected String goal() {
        return "prepare";
    }

    @Override
    protected boolean continuesAnUnfinishedRelease() {
        return resume || abort;
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        if (resume && abort) {
            throw new RefusalException("-Drelease-process.resume and -Drelease-process.abort"
                    + " exclude each other; choose one");
        }
        PrepareRequest request = request();
        Releaser releaser = new Releaser(reporter, new InvokerBuildRunner(session));
        if (abort) {
            releaser.abort(request);
            return;
        }
        PrepareResult result = resume ? releaser.resume(request) : releaser.prepare(request, dryRun);
        if (result.dryRun()) {
            reporter.info("Dry run: the release would run these steps and change these files;"
                    + " nothing was changed.");
            result.steps().forEach(s -> reporter.info("  " + s));
            result.changes().forEach(c -> Arrays.stream(c.diff().split("\n"))
                    .forEach(line -> reporter.info("  " + line)));
        }
        if (outputFile != null && result.decision() != null) {
            Path target = baseDir().resolve(outputFile.toPath());
            PrepareReport.write(result, target);
            reporter.info("Wrote " + target);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("releaseVersion", result.version().toString());
        outputs.put("tag", result.tag());
        outputs.put("developmentVersion", result.developmentVersion().map(Version::toString).orElse(""));
        outputs.put("dryRun", Boolean.toString(result.dryRun()));
        GitHubActions.fromEnvironment().appendOutputs(outputs);
        Optional<RefusalException> refused = Releaser.refusalOf(result);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    private PrepareRequest request() {
        GatesConfig gatesConfig = gates != null ? gates : new GatesConfig();
        String tests = gatesConfig.tests() == null ? "clean verify" : gatesConfig.tests();
        Map<String, String> testProperties = new LinkedHashMap<>();
        for (String passed : List.of("skipTests", "maven.test.skip", "skipITs")) {
            String value = session.getUserProperties().getProperty(passed);
            if (value != null) {
                testProperties.put(passed, value);
            }
        }
        String mode = developmentVersion == null ? "snapshot" : developmentVersion.trim();
        boolean isMode = mode.equalsIgnoreCase("snapshot") || mode.equalsIgnoreCase("none");
        List<VersionFile> files = VersionFileSpec.toVersionFiles(versionFiles);
        return PrepareRequest.builder(baseDir(), project.getVersion(), versionRequest())
                .gates(gatesConfig.toSettings(review))
                .snapshotDependencies(SnapshotDependencies.find(session))
                .changelog(Optional.ofNullable(changelog).map(File::toPath))
                .changelogDialect(Dialect.of(changelogDialect))
                .generateChangelog(generateChangelog)
                .changelogSections(SectionMapping.of(changelogSections)).versionFiles(files)
                .developmentVersion(PrepareRequest.DevelopmentVersion.parse(
                        isMode ? mode : "snapshot"))
                .developmentVersionOverride(isMode ? Optional.empty() : Optional.of(mode))
                .releaseCommitMessage(releaseCommitMessage)
                .developmentCommitMessage(developmentCommitMessage)
                .testGoals(Arrays.asList(tests.trim().split("\\s+")))
                .testProperties(testProperties).push(push).remote(remote).signTag(signTag)
                .build();
    }
}
