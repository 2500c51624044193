package io.github.releaseprocess.maven;

import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.RepositoryUrl;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.core.ClassPreload;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.release.AnalyzedComponents;
import io.github.releaseprocess.release.ComponentPlanner;
import io.github.releaseprocess.release.GateSettings;
import io.github.releaseprocess.release.PrepareReport;
import io.github.releaseprocess.release.PrepareRequest;
import io.github.releaseprocess.release.PrepareResult;
import io.github.releaseprocess.release.Releaser;
import io.github.releaseprocess.versionfiles.VersionFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.shared.utils.cli.CommandLineUtils;
import org.eclipse.aether.RepositorySystem;

/**
 * The release: gates, then the version, the changelog promotion, the version files, a test build
 * of the release version in a separate Maven process, the release commit, the annotated tag and the
 * next development version, all or nothing. {@code -DdryRun} prints the plan and the diffs and
 * changes nothing; a killed release is finished with {@code -Drelease-process.resume} or put
 * back with {@code -Drelease-process.abort}.
 */
@Mojo(name = "prepare", threadSafe = true, aggregator = true)
public class PrepareMojo extends AbstractChangelogMojo {

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

    /**
     * What the review gate accepts as proof of a review, comma-separated: {@code trailer}
     * ({@code Reviewed-by:}/{@code Approved-by:}), {@code merge} (came in through a merge commit),
     * {@code pull-request} (a forge's squash merge of a pull request; opt-in, because a committer
     * identity can be forged).
     */
    @Parameter(property = "release-process.reviewEvidence", defaultValue = "trailer,merge")
    private String reviewEvidence;

    /**
     * Severity per validation rule id, as for {@code validate-changelog}: the changelog gate
     * applies exactly these, e.g. {@code <rules><section-unknown>off</section-unknown></rules>}.
     */
    @Parameter
    private Map<String, String> rules = Map.of();

    /** The changelog gate fails on warnings too, as {@code validate-changelog} does with it. */
    @Parameter(property = "release-process.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Fill {@code [Unreleased]} from the commits before promoting it. */
    @Parameter(property = "release-process.generateChangelog", defaultValue = "false")
    private boolean generateChangelog;

    /** Other files whose version moves with the POMs (as for {@code set-version}). */
    @Parameter
    private List<VersionFileSpec> versionFiles;

    /**
     * After the release: {@code snapshot} (next patch {@code -SNAPSHOT}, the default) or
     * {@code none}; or an exact version, e.g. {@code -DdevelopmentVersion=2.0.0-SNAPSHOT}
     * ({@code -Drelease-process.developmentVersion} is the same).
     */
    @Parameter(property = "release-process.developmentVersion", defaultValue = "snapshot")
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

    /** Print the plan and the diffs, write the JSON plan, change nothing; {@code -DdryRun} too. */
    @Parameter(property = "release-process.dryRun", defaultValue = "false")
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

    /**
     * Further arguments of the test build, split as a shell would split them (quotes group
     * words; no shell ever runs them), e.g. {@code -Drelease-process.arguments="-Psign
     * -Dgpg.keyname=ABC"}. {@code -Darguments} (as in maven-release-plugin) is an alias. Secret
     * {@code -D} values go into a private settings file, never onto the command line.
     */
    @Parameter(property = "release-process.arguments")
    private String arguments;

    /** Profiles activated in the test build, comma-separated. */
    @Parameter(property = "release-process.testProfiles")
    private String testProfiles;

    /**
     * Release from scratch (the initial version) although tags in another format than
     * {@code tagFormat} hold versions; without it such a release is refused.
     */
    @Parameter(property = "release-process.firstRelease", defaultValue = "false")
    private boolean firstRelease;

    /**
     * The API check: {@code off} (default), {@code warn}, {@code enforce} or {@code raise}. After
     * the test build, japicmp compares the last release's jar (from the build's repositories, else
     * built from the last release tag) with the release build's jar; an incompatible change
     * requires a major release (minor while 0.x), new API a minor one. {@code warn} logs the
     * changes and both levels, {@code enforce} refuses a release below the API's level,
     * {@code raise} releases at the API's level.
     */
    @Parameter(property = "release-process.apiCheck", defaultValue = "off")
    private String apiCheck;

    /**
     * What the API check leaves out, as japicmp's excludes: packages ({@code com.acme.internal}),
     * classes, members ({@code com.acme.Foo#bar()}) and annotations by fully qualified name
     * ({@code @com.google.common.annotations.Beta}); comma-separated on the command line.
     */
    @Parameter(property = "release-process.apiExcludes")
    private List<String> apiExcludes = List.of();

    @Component
    private RepositorySystem repositorySystem;

    /** Write the plan or the result as JSON to this file. */
    @Parameter(property = "release-process.outputFile")
    private File outputFile;

    /**
     * The Central pre-flight gate for this run, overriding {@code <gates><central>}:
     * {@code off}, {@code warn} or {@code require}.
     */
    @Parameter(property = "release-process.central")
    private String central;

    /**
     * Publish the release's artifacts after the tag and before the push (see the
     * {@code publish} goal).
     */
    @Parameter(property = "release-process.publish", defaultValue = "false")
    private boolean publish;

    /** Where the published artifacts come from: {@code tag} (a clean copy) or {@code test-build}. */
    @Parameter(property = "release-process.publishFrom", defaultValue = "tag")
    private String publishFrom;

    /** Goals of the publish build, space- or comma-separated. */
    @Parameter(property = "release-process.publishGoals", defaultValue = "deploy")
    private String publishGoals;

    /** Profiles of the publish build, comma-separated. */
    @Parameter(property = "release-process.publishProfiles", defaultValue = "release")
    private String publishProfiles;

    /** Where the staged files go, {@code id::url}; default: {@code <distributionManagement>}. */
    @Parameter(property = "release-process.publishRepository")
    private String publishRepository;

    /** For a Central Portal deployment: {@code validated}, {@code published} or {@code none}. */
    @Parameter(property = "release-process.centralWait", defaultValue = "validated")
    private String centralWait;

    /** The Central Portal's base URL, when central-publishing-maven-plugin does not print it. */
    @Parameter(property = "release-process.centralPortalUrl")
    private String centralPortalUrl;

    @org.apache.maven.plugins.annotations.Component
    private org.apache.maven.settings.crypto.SettingsDecrypter decrypter;

    /**
     * With components: release only these (comma-separated ids) and what they pull along, e.g.
     * {@code -Drelease-process.only=gax,api-common}.
     */
    @Parameter(property = "release-process.only")
    private String only;

    /**
     * With components: release this one and what it pulls along, as {@code only} does; the name
     * the other goals give one component, e.g. {@code -Drelease-process.component=gax} or
     * {@code <component>gax</component>} in an execution's configuration.
     */
    @Parameter(property = "release-process.component")
    private String component;

    /** The classes of prepare's own work, listed by bench/preload-classes.sh, on a second core. */
    @Override
    protected void startPreloading() {
        ClassPreload.start(PrepareMojo.class, "prepare.classes");
    }

    @Override
    protected boolean continuesAnUnfinishedRelease() {
        return resume || abort;
    }

    /** The releaser refuses a running or unfinished release on the repository it opens. */
    @Override
    protected boolean refusesUnfinishedReleaseItself() {
        return true;
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        if (resume && abort) {
            throw new RefusalException("-Drelease-process.resume and -Drelease-process.abort"
                    + " exclude each other; choose one");
        }
        PrepareRequest request = request(reporter);
        if (request.publish().isPresent() && !resume && !abort) {
            PublishSetup.warnings(session).forEach(reporter::warn);
        }
        Releaser releaser = new Releaser(reporter, NestedBuilds.runner(session));
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
            GoalOutput.write(baseDir(), outputFile,
                    target -> PrepareReport.write(result, target, Feedback.link(project)), reporter);
        }
        GoalOutput.toGitHubActions(PrepareReport.outputs(result, releaseNotesDir()), reporter);
        Optional<RefusalException> refused = Releaser.refusalOf(result);
        if (refused.isPresent()) {
            throw refused.get();
        }
        reporter.debug("Goal prepare ends"); // for bench/prepare.sh's phases
    }

    /** Where the release writes {@code release-notes-X.Y.Z.md}: {@code target/release-process}. */
    private Path releaseNotesDir() {
        return Path.of(project.getBuild().getDirectory()).resolve("release-process");
    }

    /**
     * The web URL for the changelog's links from {@code <scm><url>}; without one the releaser
     * takes the remote's URL from the repository it opens.
     */
    private Optional<String> repositoryUrl(Reporter reporter) {
        Optional<String> url = Optional.ofNullable(project.getScm())
                .map(scm -> scm.getUrl()).flatMap(RepositoryUrl::webUrl);
        reporter.debug("Changelog links to " + url.orElse("the web URL of the remote " + remote
                + ", if it has one"));
        return url;
    }

    private PrepareRequest request(Reporter reporter) {
        GatesConfig gatesConfig = gates != null ? gates : new GatesConfig();
        String tests = gatesConfig.tests() == null ? "clean verify" : gatesConfig.tests();
        Map<String, String> testProperties = new LinkedHashMap<>();
        for (String passed : List.of("skipTests", "maven.test.skip", "skipITs")) {
            String value = session.getUserProperties().getProperty(passed);
            if (value != null) {
                testProperties.put(passed, value);
            }
        }
        List<String> testArguments;
        try {
            testArguments = arguments == null || arguments.isBlank() ? List.of()
                    : List.of(CommandLineUtils.translateCommandline(arguments));
        } catch (Exception e) {
            throw new RefusalException("-Drelease-process.arguments cannot be split into"
                    + " arguments (" + e.getMessage() + "); check its quotes");
        }
        List<String> profiles = testProfiles == null ? List.of()
                : Arrays.stream(testProfiles.split(",")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
        String mode = developmentVersion == null ? "snapshot" : developmentVersion.trim();
        boolean isMode = mode.equalsIgnoreCase("snapshot") || mode.equalsIgnoreCase("none");
        List<VersionFile> files = VersionFileSpec.toVersionFiles(versionFiles);
        // The release instant, once per run: the changelog's date, the commit's and tag's time.
        ZonedDateTime releaseTime = ZonedDateTime.now(ReleaseDateZone.of(releaseDateZone));
        ComponentConfig config = componentConfig();
        List<String> onlyIds = ComponentSelection.releasedByPrepare(only, component, config);
        Optional<ComponentPlanner> planner = config.hasComponents()
                ? Optional.of(new AnalyzedComponents(config, baseDir(), Reactor.poms(session),
                        componentRulesRequest(), onlyIds))
                : Optional.empty();
        return PrepareRequest.builder(baseDir(), project.getVersion(), versionRequest())
                .components(planner)
                .releaseTime(releaseTime).reactorPoms(Reactor.poms(session))
                .gates(gatesConfig.toSettings(review).withReviewEvidence(
                        GateSettings.ReviewEvidence.parseList(reviewEvidence)))
                .snapshotDependencies(SnapshotDependencies.find(session))
                .problemReport(Feedback.link(project))
                .changelog(Optional.ofNullable(changelog).map(File::toPath))
                .changelogDialect(Dialect.of(changelogDialect))
                .generateChangelog(generateChangelog)
                .changelogSections(SectionMapping.of(changelogSections))
                .changelogRules(rules == null ? Map.of() : rules)
                .changelogFailOnWarning(failOnWarning)
                .repositoryUrl(repositoryUrl(reporter)).versionFiles(files)
                .developmentVersion(PrepareRequest.DevelopmentVersion.parse(
                        isMode ? mode : "snapshot"))
                .developmentVersionOverride(isMode ? Optional.empty() : Optional.of(mode))
                .releaseCommitMessage(releaseCommitMessage)
                .developmentCommitMessage(developmentCommitMessage)
                .testGoals(Arrays.asList(tests.trim().split("\\s+")))
                .testProperties(testProperties).testProfiles(profiles)
                .testArguments(testArguments).push(push).remote(remote).signTag(signTag)
                .firstRelease(firstRelease)
                .publish(publish ? Optional.of(PublishSetup.request(new PublishSetup.Parameters(
                        publishFrom, publishGoals, publishProfiles, publishRepository,
                        centralWait, centralPortalUrl), project, session, baseDir(), decrypter))
                        : Optional.empty())
                .releaseNotesDir(Optional.of(releaseNotesDir()))
                .centralGate(CentralGateSetup.settings(central != null ? central
                        : gatesConfig.central(), publishProfiles, session, baseDir()))
                .apiCheck(ApiBaselines.request(apiCheck, apiExcludes, session, repositorySystem,
                        reporter)).build();
    }
}
