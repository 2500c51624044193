package io.github.releaseprocess.release;

import io.github.releaseprocess.api.ApiCheckRequest;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.feedback.ProblemReportLink;
import io.github.releaseprocess.versionfiles.VersionFile;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a release needs to know, read from the POM and the command line by the Mojo.
 *
 * @param rootDirectory the execution root: its {@code pom.xml} is the reactor's root
 * @param currentVersion the root project's version now (usually {@code X.Y.Z-SNAPSHOT})
 * @param versioning how the release version is computed
 * @param gates the checks before anything changes
 * @param snapshotDependencies SNAPSHOT dependencies and plugins from outside the reactor, found
 *     by the Mojo in the effective models, one readable line each
 * @param changelog the changelog file, or empty when the project keeps none
 * @param changelogDialect the changelog's heading form
 * @param generateChangelog fill {@code [Unreleased]} from the commits before promoting it
 * @param changelogSections mapping rules for the generated entries
 * @param changelogRules severity per validation rule id, as {@code validate-changelog}'s
 *     {@code <rules>}: the changelog gate applies exactly these
 * @param changelogFailOnWarning the changelog gate fails on warnings too, as
 *     {@code validate-changelog}'s {@code failOnWarning}
 * @param repositoryUrl the project's web URL for the changelog's compare and commit links;
 *     empty: the web URL of {@code remote}'s URL in the repository, if it has one
 * @param versionFiles other files whose version moves with the POMs
 * @param developmentVersion after the release: {@code snapshot} or {@code none}
 * @param developmentVersionOverride {@code -DdevelopmentVersion=}: the exact next version
 * @param releaseCommitMessage with {@code @{version}} substituted
 * @param developmentCommitMessage with {@code @{version}} substituted
 * @param testGoals goals of the test build of the release version, e.g. {@code clean verify}
 * @param testProperties user properties passed to the test build ({@code skipTests} …)
 * @param testProfiles profiles activated in the test build ({@code testProfiles})
 * @param testArguments further arguments of the test build, one element each
 *     ({@code -Drelease-process.arguments}, already split as a shell would, never run by one)
 * @param push push the branch and the tag when done
 * @param remote where to push
 * @param signTag sign the release tag with GPG
 * @param today the release date written to the changelog: the date of {@code releaseTime}
 *     unless a test sets it
 * @param reactorPoms the POMs of the reactor Maven collected for the session (active profiles'
 *     modules included), the root first; empty: follow {@code <modules>} from the root POM
 * @param releaseTime the release instant, chosen once at the start of the run, in the zone of
 *     {@code releaseDateZone}: the changelog's date, and the time of the release commit and tag
 * @param firstRelease release from scratch although tags of another format hold versions
 * @param problemReport where users report problems ({@code <issueManagement>}); the tag message
 *     ends with the "Report a problem with X.Y.Z" link
 * @param publish publish the release's artifacts after the tag, before the push
 *     ({@code -Drelease-process.publish}); empty: do not
 * @param releaseNotesDir where {@code release-notes-X.Y.Z.md} is written
 *     ({@code target/release-process}); empty: not written
 * @param centralGate the Central pre-flight ({@code gates.central}) and the modules it checks
 * @param apiCheck the API check ({@code apiCheck}, {@code apiExcludes}) and the jars it compares
 * @param components the components of a monorepo: each released one gets its own version, tag
 *     and changelog in the one release commit; empty: the reactor is released as one version
 */
public record PrepareRequest(Path rootDirectory, String currentVersion,
        NextVersionRequest versioning, GateSettings gates, List<String> snapshotDependencies,
        Optional<Path> changelog, Dialect changelogDialect, boolean generateChangelog,
        SectionMapping changelogSections, Map<String, String> changelogRules,
        boolean changelogFailOnWarning, Optional<String> repositoryUrl,
        List<VersionFile> versionFiles, DevelopmentVersion developmentVersion, Optional<String> developmentVersionOverride,
        String releaseCommitMessage, String developmentCommitMessage, List<String> testGoals,
        Map<String, String> testProperties, List<String> testProfiles,
        List<String> testArguments, boolean push, String remote, boolean signTag,
        LocalDate today, ZonedDateTime releaseTime, List<Path> reactorPoms,
        boolean firstRelease, Optional<ProblemReportLink> problemReport,
        Optional<io.github.releaseprocess.publish.PublishRequest> publish,
        Optional<Path> releaseNotesDir,
        io.github.releaseprocess.publish.CentralReadiness.Settings centralGate,
        ApiCheckRequest apiCheck,
        Optional<ComponentPlanner> components) {

    /** The default message of the release commit. */
    public static final String DEFAULT_RELEASE_MESSAGE = "chore(release): @{version}";
    /** The default message of the commit that starts the next development version. */
    public static final String DEFAULT_DEVELOPMENT_MESSAGE =
            "chore(release): start @{version} development";

    public PrepareRequest {
        Required.nonNull("rootDirectory currentVersion versioning gates releaseTime repositoryUrl"
                + " problemReport publish releaseNotesDir centralGate apiCheck components",
                rootDirectory, currentVersion, versioning, gates, releaseTime, repositoryUrl,
                problemReport, publish, releaseNotesDir, centralGate, apiCheck, components);
        snapshotDependencies = List.copyOf(snapshotDependencies);
        versionFiles = List.copyOf(versionFiles);
        testGoals = List.copyOf(testGoals);
        testProperties = Map.copyOf(testProperties);
        testProfiles = List.copyOf(testProfiles);
        testArguments = List.copyOf(testArguments);
        reactorPoms = List.copyOf(reactorPoms);
        changelogRules = Map.copyOf(changelogRules);
    }

    /**
     * A builder with the defaults a release has when the POM says nothing: every gate as
     * {@link GateSettings#defaults()}, no changelog, no version files, the next {@code -SNAPSHOT},
     * the default commit messages, a {@code clean verify} test build, no push, no signature and
     * the release instant now, in UTC.
     */
    public static Builder builder(Path rootDirectory, String currentVersion,
            NextVersionRequest versioning) {
        return new Builder(rootDirectory, currentVersion, versioning);
    }

    /** A builder holding this request's values, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(rootDirectory, currentVersion, versioning).gates(gates)
                .snapshotDependencies(snapshotDependencies).changelog(changelog)
                .changelogDialect(changelogDialect).generateChangelog(generateChangelog)
                .changelogSections(changelogSections).changelogRules(changelogRules)
                .changelogFailOnWarning(changelogFailOnWarning).repositoryUrl(repositoryUrl)
                .versionFiles(versionFiles).developmentVersion(developmentVersion)
                .developmentVersionOverride(developmentVersionOverride)
                .releaseCommitMessage(releaseCommitMessage)
                .developmentCommitMessage(developmentCommitMessage).testGoals(testGoals)
                .testProperties(testProperties).testProfiles(testProfiles)
                .testArguments(testArguments).push(push).remote(remote).signTag(signTag)
                .today(today).releaseTime(releaseTime).reactorPoms(reactorPoms)
                .firstRelease(firstRelease).problemReport(problemReport).publish(publish)
                .releaseNotesDir(releaseNotesDir).centralGate(centralGate).apiCheck(apiCheck)
                .components(components);
    }

    /** Builds a {@link PrepareRequest}; every setter has the default the Javadoc names. */
    public static final class Builder {
        private final Path rootDirectory;
        private final String currentVersion;
        private NextVersionRequest versioning;
        private GateSettings gates = GateSettings.defaults();
        private List<String> snapshotDependencies = List.of();
        private Optional<Path> changelog = Optional.empty();
        private Dialect changelogDialect = Dialect.AUTO;
        private boolean generateChangelog;
        private SectionMapping changelogSections = SectionMapping.of(List.of());
        private Map<String, String> changelogRules = Map.of();
        private boolean changelogFailOnWarning;
        private Optional<String> repositoryUrl = Optional.empty();
        private List<VersionFile> versionFiles = List.of();
        private DevelopmentVersion developmentVersion = DevelopmentVersion.SNAPSHOT;
        private Optional<String> developmentVersionOverride = Optional.empty();
        private String releaseCommitMessage = DEFAULT_RELEASE_MESSAGE;
        private String developmentCommitMessage = DEFAULT_DEVELOPMENT_MESSAGE;
        private List<String> testGoals = List.of("clean", "verify");
        private Map<String, String> testProperties = Map.of();
        private List<String> testProfiles = List.of();
        private List<String> testArguments = List.of();
        private boolean push;
        private String remote = "origin";
        private boolean signTag;
        private LocalDate today;
        private ZonedDateTime releaseTime = ZonedDateTime.now(ZoneOffset.UTC);
        private List<Path> reactorPoms = List.of();
        private boolean firstRelease;
        private Optional<ProblemReportLink> problemReport = Optional.empty();
        private Optional<io.github.releaseprocess.publish.PublishRequest> publish =
                Optional.empty();
        private Optional<Path> releaseNotesDir = Optional.empty();
        private io.github.releaseprocess.publish.CentralReadiness.Settings centralGate =
                io.github.releaseprocess.publish.CentralReadiness.Settings.off();
        private ApiCheckRequest apiCheck = ApiCheckRequest.off();
        private Optional<ComponentPlanner> components = Optional.empty();

        private Builder(Path rootDirectory, String currentVersion, NextVersionRequest versioning) {
            this.rootDirectory = rootDirectory;
            this.currentVersion = currentVersion;
            this.versioning = versioning;
        }

        public Builder gates(GateSettings value) { gates = value; return this; }
        public Builder snapshotDependencies(List<String> value) {
            snapshotDependencies = value;
            return this;
        }
        public Builder changelog(Optional<Path> value) { changelog = value; return this; }
        public Builder changelogDialect(Dialect value) { changelogDialect = value; return this; }
        public Builder generateChangelog(boolean value) { generateChangelog = value; return this; }
        public Builder changelogSections(SectionMapping value) {
            changelogSections = value;
            return this;
        }
        public Builder changelogRules(Map<String, String> value) {
            changelogRules = value;
            return this;
        }
        public Builder changelogFailOnWarning(boolean value) {
            changelogFailOnWarning = value;
            return this;
        }
        public Builder repositoryUrl(Optional<String> value) { repositoryUrl = value; return this; }
        public Builder versionFiles(List<VersionFile> value) { versionFiles = value; return this; }
        public Builder developmentVersion(DevelopmentVersion value) {
            developmentVersion = value;
            return this;
        }
        public Builder developmentVersionOverride(Optional<String> value) {
            developmentVersionOverride = value;
            return this;
        }
        public Builder releaseCommitMessage(String value) {
            releaseCommitMessage = value;
            return this;
        }
        public Builder developmentCommitMessage(String value) {
            developmentCommitMessage = value;
            return this;
        }
        public Builder testGoals(List<String> value) { testGoals = value; return this; }
        public Builder testProperties(Map<String, String> value) {
            testProperties = value;
            return this;
        }
        public Builder testProfiles(List<String> value) { testProfiles = value; return this; }
        public Builder testArguments(List<String> value) { testArguments = value; return this; }
        public Builder push(boolean value) { push = value; return this; }
        public Builder remote(String value) { remote = value; return this; }
        public Builder signTag(boolean value) { signTag = value; return this; }
        public Builder today(LocalDate value) { today = value; return this; }
        /** The release instant in the release date's zone; the date follows unless set. */
        public Builder releaseTime(ZonedDateTime value) { releaseTime = value; return this; }
        /** The reactor's POMs as the build collected them; default: follow {@code <modules>}. */
        public Builder reactorPoms(List<Path> value) { reactorPoms = value; return this; }
        public Builder firstRelease(boolean value) { firstRelease = value; return this; }
        public Builder problemReport(Optional<ProblemReportLink> value) {
            problemReport = value;
            return this;
        }

        /** Publish after the tag, before the push; default: do not. */
        public Builder publish(Optional<io.github.releaseprocess.publish.PublishRequest> value) {
            publish = value;
            return this;
        }
        /** Where the release notes file goes; default: none is written. */
        public Builder releaseNotesDir(Optional<Path> value) {
            releaseNotesDir = value;
            return this;
        }

        /** The Central pre-flight; default: off. */
        public Builder centralGate(io.github.releaseprocess.publish.CentralReadiness.Settings value) {
            centralGate = value;
            return this;
        }

        /** The API check; default off. */
        public Builder apiCheck(ApiCheckRequest value) { apiCheck = value; return this; }
        /** How the release version is computed (the API check's raise sets its releaseVersion). */
        public Builder versioning(NextVersionRequest value) { versioning = value; return this; }

        /** The components of a monorepo; default: none, one version for the reactor. */
        public Builder components(Optional<ComponentPlanner> value) {
            components = value;
            return this;
        }

        public PrepareRequest build() {
            return new PrepareRequest(rootDirectory, currentVersion, versioning, gates,
                    snapshotDependencies, changelog, changelogDialect, generateChangelog,
                    changelogSections, changelogRules, changelogFailOnWarning, repositoryUrl,
                    versionFiles, developmentVersion,
                    developmentVersionOverride, releaseCommitMessage, developmentCommitMessage,
                    testGoals, testProperties, testProfiles, testArguments, push, remote,
                    signTag, today != null ? today : releaseTime.toLocalDate(), releaseTime,
                    reactorPoms, firstRelease, problemReport, publish, releaseNotesDir,
                    centralGate, apiCheck, components);
        }
    }

    /** What happens after the release commit. */
    public enum DevelopmentVersion {
        /** Commit the next patch version with {@code -SNAPSHOT}: the Maven habit. */
        SNAPSHOT,
        /** Leave the release version in the POMs. */
        NONE;

        /** Parses the POM value; null means the default, {@code snapshot}. */
        public static DevelopmentVersion parse(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("snapshot")) {
                return SNAPSHOT;
            }
            if (value.equalsIgnoreCase("none")) {
                return NONE;
            }
            throw new io.github.releaseprocess.core.RefusalException("<developmentVersion>"
                    + value + "</developmentVersion> is not a mode; use snapshot or none, or give"
                    + " the exact version with -DdevelopmentVersion=X.Y.Z-SNAPSHOT");
        }
    }
}
