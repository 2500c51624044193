package io.github.releaseprocess.release;

import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.SectionMapping;
import io.github.releaseprocess.feedback.ProblemReportLink;
import io.github.releaseprocess.versionfiles.VersionFile;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * @param versionFiles other files whose version moves with the POMs
 * @param developmentVersion after the release: {@code snapshot} or {@code none}
 * @param developmentVersionOverride {@code -DdevelopmentVersion=}: the exact next version
 * @param releaseCommitMessage with {@code @{version}} substituted
 * @param developmentCommitMessage with {@code @{version}} substituted
 * @param testGoals goals of the test build of the release version, e.g. {@code clean verify}
 * @param testProperties user properties passed to the test build ({@code skipTests} …)
 * @param push push the branch and the tag when done
 * @param remote where to push
 * @param signTag sign the release tag with GPG
 * @param today the release date written to the changelog
 * @param problemReport where users report problems ({@code <issueManagement>}); the tag message
 *     ends with the "Report a problem with X.Y.Z" link
 */
public record PrepareRequest(Path rootDirectory, String currentVersion,
        NextVersionRequest versioning, GateSettings gates, List<String> snapshotDependencies,
        Optional<Path> changelog, Dialect changelogDialect, boolean generateChangelog,
        SectionMapping changelogSections, List<VersionFile> versionFiles,
        DevelopmentVersion developmentVersion, Optional<String> developmentVersionOverride,
        String releaseCommitMessage, String developmentCommitMessage, List<String> testGoals,
        Map<String, String> testProperties, boolean push, String remote, boolean signTag,
        LocalDate today, Optional<ProblemReportLink> problemReport) {

    /** The default message of the release commit. */
    public static final String DEFAULT_RELEASE_MESSAGE = "chore(release): @{version}";
    /** The default message of the commit that starts the next development version. */
    public static final String DEFAULT_DEVELOPMENT_MESSAGE =
            "chore(release): start @{version} development";

    public PrepareRequest {
        Objects.requireNonNull(rootDirectory, "rootDirectory");
        Objects.requireNonNull(currentVersion, "currentVersion");
        Objects.requireNonNull(versioning, "versioning");
        Objects.requireNonNull(gates, "gates");
        snapshotDependencies = List.copyOf(snapshotDependencies);
        versionFiles = List.copyOf(versionFiles);
        testGoals = List.copyOf(testGoals);
        testProperties = Map.copyOf(testProperties);
        Objects.requireNonNull(problemReport, "problemReport");
    }

    /**
     * A builder with the defaults a release has when the POM says nothing: every gate as
     * {@link GateSettings#defaults()}, no changelog, no version files, the next {@code -SNAPSHOT},
     * the default commit messages, a {@code clean verify} test build, no push, no signature and
     * today's date.
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
                .changelogSections(changelogSections).versionFiles(versionFiles)
                .developmentVersion(developmentVersion)
                .developmentVersionOverride(developmentVersionOverride)
                .releaseCommitMessage(releaseCommitMessage)
                .developmentCommitMessage(developmentCommitMessage).testGoals(testGoals)
                .testProperties(testProperties).push(push).remote(remote).signTag(signTag)
                .today(today).problemReport(problemReport);
    }

    /** Builds a {@link PrepareRequest}; every setter has the default the Javadoc names. */
    public static final class Builder {
        private final Path rootDirectory;
        private final String currentVersion;
        private final NextVersionRequest versioning;
        private GateSettings gates = GateSettings.defaults();
        private List<String> snapshotDependencies = List.of();
        private Optional<Path> changelog = Optional.empty();
        private Dialect changelogDialect = Dialect.AUTO;
        private boolean generateChangelog;
        private SectionMapping changelogSections = SectionMapping.of(List.of());
        private List<VersionFile> versionFiles = List.of();
        private DevelopmentVersion developmentVersion = DevelopmentVersion.SNAPSHOT;
        private Optional<String> developmentVersionOverride = Optional.empty();
        private String releaseCommitMessage = DEFAULT_RELEASE_MESSAGE;
        private String developmentCommitMessage = DEFAULT_DEVELOPMENT_MESSAGE;
        private List<String> testGoals = List.of("clean", "verify");
        private Map<String, String> testProperties = Map.of();
        private boolean push;
        private String remote = "origin";
        private boolean signTag;
        private LocalDate today = LocalDate.now();
        private Optional<ProblemReportLink> problemReport = Optional.empty();

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
        public Builder push(boolean value) { push = value; return this; }
        public Builder remote(String value) { remote = value; return this; }
        public Builder signTag(boolean value) { signTag = value; return this; }
        public Builder today(LocalDate value) { today = value; return this; }
        public Builder problemReport(Optional<ProblemReportLink> value) {
            problemReport = value;
            return this;
        }

        public PrepareRequest build() {
            return new PrepareRequest(rootDirectory, currentVersion, versioning, gates,
                    snapshotDependencies, changelog, changelogDialect, generateChangelog,
                    changelogSections, versionFiles, developmentVersion,
                    developmentVersionOverride, releaseCommitMessage, developmentCommitMessage,
                    testGoals, testProperties, push, remote, signTag, today,
                    problemReport);
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
