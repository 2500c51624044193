package io.github.releaseprocess.release;

import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.ChangelogGenerator;
import io.github.releaseprocess.changelog.ChangelogPromoter;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.PromotionOptions;
import io.github.releaseprocess.changelog.Release;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.publish.CentralWait;
import io.github.releaseprocess.publish.PublishRequest;
import io.github.releaseprocess.publish.Publisher;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.FileChange;
import io.github.releaseprocess.versionfiles.ReactorReader;
import io.github.releaseprocess.versionfiles.VersionChangePlan;
import io.github.releaseprocess.versionfiles.VersionChangeRequest;
import io.github.releaseprocess.versionfiles.VersionSetter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The steps of a release, in the order they run, and the computations they share. */
final class ReleaseSteps {

    static final String CHANGELOG = "changelog";
    static final String RELEASE_VERSION = "release-version";
    static final String TEST_BUILD = "test-build";
    static final String RELEASE_COMMIT = "release-commit";
    static final String TAG = "tag";
    static final String DEVELOPMENT_VERSION = "development-version";
    static final String PUSH = "push";
    static final String PUBLISH = "publish";
    static final String CENTRAL_PUBLISHED = "central-published";

    /** The longest a test build may run. */
    static final Duration TEST_BUILD_TIMEOUT = Duration.ofHours(2);

    private ReleaseSteps() {
    }

    /** The steps this request asks for, in order. */
    static List<ReleaseStep> of(PrepareRequest request) {
        List<ReleaseStep> steps = new ArrayList<>();
        if (request.changelog().isPresent() && Files.exists(request.changelog().get())
                && request.changelogDialect() != Dialect.NONE) {
            steps.add(new ChangelogStep());
        }
        steps.add(new ReleaseVersionStep());
        if (!request.testGoals().isEmpty()) {
            steps.add(new TestBuildStep());
        }
        if (request.apiCheck().isOn()) {
            steps.add(new ApiCheckStep());
        }
        steps.add(new ReleaseCommitStep());
        steps.add(new TagStep());
        if (request.publish().isPresent()) {
            steps.add(new PublishStep());
        }
        if (request.developmentVersion() != PrepareRequest.DevelopmentVersion.NONE
                || request.developmentVersionOverride().isPresent()) {
            steps.add(new DevelopmentVersionStep());
        }
        if (request.push()) {
            steps.add(new PushStep());
        }
        if (request.publish().filter(p -> p.centralWait() == CentralWait.PUBLISHED)
                .isPresent()) {
            steps.add(new CentralPublishedStep());
        }
        return steps;
    }

    /** One of every step, to undo what a journal recorded whatever the request says now. */
    static List<ReleaseStep> all() {
        return List.of(new ChangelogStep(), new ReleaseVersionStep(), new TestBuildStep(),
                new ApiCheckStep(), new ReleaseCommitStep(), new TagStep(), new PublishStep(),
                new DevelopmentVersionStep(), new PushStep(), new CentralPublishedStep());
    }

    /** The changelog with the release promoted (and, when asked, the entries generated first). */
    static byte[] promotedChangelog(ReleaseRun run, byte[] current) {
        byte[] bytes = current;
        PrepareRequest request = run.request;
        Dialect dialect = request.changelogDialect() == Dialect.AUTO
                ? Changelog.parse(current, Dialect.AUTO).dialect() : request.changelogDialect();
        if (request.generateChangelog() && dialect.hasUnreleased()) {
            bytes = ChangelogGenerator.generate(bytes, run.commits.get(), dialect,
                    request.changelogSections()).bytes();
        }
        PromotionOptions options = PromotionOptions.defaults()
                .withDialect(dialect)
                .withTagFor(request.versioning().tagFormat()::tagFor)
                .withDisplayName(request.changelog().orElseThrow().getFileName().toString());
        if (!dialect.hasUnreleased()) {
            // A form without Unreleased gets its release section from the commits now.
            options = options.withCommits(run.commits.get(), request.versioning().policy().preset());
        }
        if (request.repositoryUrl().isPresent()) {
            options = options.withRepositoryUrl(request.repositoryUrl().get());
        }
        return ChangelogPromoter.promote(bytes, run.version, request.today(), options);
    }

    /**
     * The version change from the version on disk to {@code to}, across reactor, configured
     * version files and release-please's markers; the release (not the development version) also
     * sets {@code project.build.outputTimestamp} to the release instant.
     */
    static VersionChangePlan versionChange(ReleaseRun run, String from, Version to)
            throws IOException {
        Path root = run.request.rootDirectory();
        boolean release = to.equals(run.version);
        return VersionSetter.plan(new VersionChangeRequest(root, from, to.toString(),
                ReactorReader.read(root.resolve("pom.xml"), run.request.reactorPoms()), run.request.versionFiles(),
                run.repository.trackedFiles(root),
                release ? Optional.of(run.releaseInstant()) : Optional.empty()), run.reporter);
    }

    /** The release's section of the changelog, for the tag message; empty without one. */
    static Optional<String> releaseNotes(byte[] changelog, Version version) {
        Changelog parsed = Changelog.parse(changelog);
        for (Release release : parsed.releases()) {
            if (release.version().filter(version::equals).isPresent()) {
                StringBuilder notes = new StringBuilder();
                for (int line = release.line() + 1; line <= release.lastLine(); line++) {
                    notes.append(parsed.source().line(line)).append('\n');
                }
                String text = notes.toString().strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Promotes {@code [Unreleased]} to the release (after generating entries, when asked). */
    static final class ChangelogStep implements ReleaseStep {
        @Override
        public String id() {
            return CHANGELOG;
        }

        @Override
        public String describe(ReleaseRun run) {
            Path file = run.request.changelog().orElseThrow();
            Dialect dialect = run.request.changelogDialect();
            if (dialect == Dialect.AUTO) {
                try {
                    dialect = Changelog.parse(Files.readAllBytes(file), Dialect.AUTO).dialect();
                } catch (IOException e) {
                    dialect = Dialect.KEEPACHANGELOG;
                }
            }
            if (!dialect.hasUnreleased()) {
                return "write the " + run.version + " section of " + file.getFileName() + " ("
                        + dialect + ") from the commits, dated " + run.request.today();
            }
            return (run.request.generateChangelog() ? "fill and promote" : "promote")
                    + " [Unreleased] of " + file.getFileName()
                    + " to " + run.version + " - " + run.request.today();
        }

        @Override
        public void simulate(ReleaseRun run, Simulation simulation) throws IOException {
            Path file = run.request.changelog().orElseThrow();
            byte[] before = Files.readAllBytes(file);
            simulation.write(file, before, promotedChangelog(run, before));
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            Path file = run.request.changelog().orElseThrow();
            run.write(this, file, promotedChangelog(run, Files.readAllBytes(file)));
        }
    }

    /** Sets the release version in every POM of the reactor and in the version files. */
    static final class ReleaseVersionStep implements ReleaseStep {
        @Override
        public String id() {
            return RELEASE_VERSION;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "set " + run.startVersion + " -> " + run.version
                    + " in the reactor and version files";
        }

        @Override
        public void simulate(ReleaseRun run, Simulation simulation) throws IOException {
            for (FileChange change : versionChange(run, run.startVersion, run.version)
                    .changes()) {
                simulation.write(change.file(), change.before(), change.after());
            }
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            for (FileChange change : versionChange(run, run.startVersion, run.version)
                    .changes()) {
                run.write(this, change.file(), change.after());
            }
        }
    }

    /** Builds and tests the release version in a separate Maven process. */
    static final class TestBuildStep implements ReleaseStep {
        @Override
        public String id() {
            return TEST_BUILD;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "test build: " + commandLine(run);
        }

        /** The test build, as the runner starts it. */
        static BuildInvocation invocation(ReleaseRun run) {
            List<String> goals = run.request.testGoals();
            List<String> profiles = run.request.testProfiles();
            Map<String, String> properties = run.request.testProperties();
            Optional<PublishRequest> publish = run.request.publish()
                    .filter(p -> p.from() == PublishRequest.Source.TEST_BUILD);
            if (publish.isPresent()) {
                // publishFrom=test-build: the test build stages the artifacts it tested.
                goals = new ArrayList<>(goals);
                goals.removeAll(publish.get().goals());
                goals.addAll(publish.get().goals());
                profiles = new ArrayList<>(profiles);
                profiles.removeAll(publish.get().profiles());
                profiles.addAll(publish.get().profiles());
                Map<String, String> more = new java.util.LinkedHashMap<>(properties);
                more.put(publish.get().stagingProperty().getKey(),
                        publish.get().stagingProperty().getValue());
                properties = more;
            }
            return new BuildInvocation(run.request.rootDirectory().resolve("pom.xml"),
                    goals, profiles, properties, TEST_BUILD_TIMEOUT,
                    run.lock() == null ? Map.of()
                            : Map.of(ReleaseLock.TOKEN_VARIABLE, run.lock().token()),
                    run.request.testArguments());
        }

        /** The test build's command line with the properties passed on, secrets masked. */
        static String commandLine(ReleaseRun run) {
            BuildInvocation invocation = invocation(run);
            return invocation.describe(SecretMasker.withProcessEnvironment(
                    invocation.properties(), invocation.environment()));
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            BuildInvocation invocation = invocation(run);
            if (run.request.publish().filter(p -> p.from() == PublishRequest.Source.TEST_BUILD)
                    .isPresent()) {
                Publisher.clean(run.request.publish().get().stagingDir());
            }
            run.reporter.info("Test build of " + run.version + ": " + commandLine(run));
            SecretMasker masker = SecretMasker.withProcessEnvironment(invocation.properties(),
                    invocation.environment());
            BuildResult result = run.builds.run(invocation,
                    line -> run.reporter.info("[test build] " + masker.mask(line)));
            if (!result.isSuccess()) {
                String how = result.failure().orElse(result.timedOut()
                        ? "it ran longer than " + TEST_BUILD_TIMEOUT.toMinutes() + " minutes"
                                + " and was stopped with every process it started"
                        : "mvn " + String.join(" ", run.request.testGoals()) + " exited with "
                                + result.exitCode());
                throw new RefusalException("the test build of " + run.version + " failed (" + how
                        + "; its output is above, prefixed [test build])");
            }
        }

    }

    /** Commits the release's changes. */
    static final class ReleaseCommitStep implements ReleaseStep {
        @Override
        public String id() {
            return RELEASE_COMMIT;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "commit '" + ReleaseRun.message(run.request.releaseCommitMessage(), run.version)
                    + "'";
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            run.commitAt(this, run.request.releaseTime(),
                    ReleaseRun.message(run.request.releaseCommitMessage(), run.version),
                    CHANGELOG, RELEASE_VERSION, ApiCheckStep.ID);
        }
    }

    /** Tags the release commit, with the release's changelog section as the message. */
    static final class TagStep implements ReleaseStep {
        @Override
        public String id() {
            return TAG;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "annotated tag " + run.tag + (run.request.signTag() ? ", signed" : "");
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            String notes = "Release " + run.version;
            Optional<String> section = Optional.empty();
            if (run.request.changelog().isPresent() && Files.exists(run.request.changelog().get())) {
                section = releaseNotes(Files.readAllBytes(run.request.changelog().get()),
                        run.version);
                notes = section.map(n -> "Release " + run.version + "\n\n" + n).orElse(notes);
            }
            run.notes(notesOf(run, section));
            if (run.request.releaseNotesDir().isPresent()) {
                Path file = run.notes().get().write(run.request.releaseNotesDir().get());
                run.reporter.info("Release notes of " + run.version + ": " + file);
            }
            notes += ApiCheckStep.tagNotes(run, section.isPresent()).map(n -> "\n\n" + n)
                    .orElse("");
            notes += run.request.problemReport()
                    .map(link -> "\n\n" + link.line(run.version.toString())).orElse("");
            // The commit this run made, by record: never "whatever HEAD is now".
            String commit = run.journal().refAfter(RELEASE_COMMIT, run.movedRef())
                    .orElseThrow(() -> new IllegalStateException("no release commit recorded"));
            String ref = "refs/tags/" + run.tag;
            run.journal().refMoving(id(), ref, null, commit, null);
            run.repository.writer().tag(run.tag, notes + "\n", commit, run.request.signTag(),
                    run.request.releaseTime());
            run.journal().refMoved(id(), ref, run.repository.refId(ref).orElseThrow());
        }
    }

    /** The forge's release notes of this run, from the changelog's section of the release. */
    static ReleaseNotes notesOf(ReleaseRun run, Optional<String> section) {
        return new ReleaseNotes(run.version, run.tag, section, run.apiChanges(),
                run.request.problemReport().map(link -> link.line(run.version.toString())));
    }

    /** Sets and commits the next development version. */
    static final class DevelopmentVersionStep implements ReleaseStep {
        @Override
        public String id() {
            return DEVELOPMENT_VERSION;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "set and commit the next development version "
                    + run.developmentVersion.orElseThrow();
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            Version next = run.developmentVersion.orElseThrow();
            for (FileChange change : versionChange(run, run.version.toString(), next).changes()) {
                run.write(this, change.file(), change.after());
            }
            run.commit(this, ReleaseRun.message(run.request.developmentCommitMessage(), next),
                    id());
        }
    }

    /** Pushes the branch and the tag together. */
    static final class PushStep implements ReleaseStep {
        @Override
        public String id() {
            return PUSH;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "push " + run.branchRef() + " and " + run.tag + " to " + run.request.remote()
                    + " atomically";
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            run.repository.writer().push(run.request.remote(), run.branchRef(), run.tag);
        }

        @Override
        public boolean resumesInPlace() {
            return true; // pushing the same branch and tag again is harmless
        }

        @Override
        public void undo(ReleaseRun run) {
            run.reporter.warn("The push to " + run.request.remote() + " cannot be taken back here;"
                    + " if it went through, delete the tag " + run.tag + " there by hand");
        }
    }

    /**
     * Publishes the release's artifacts from the tag: see {@link PublishSteps}. Its progress (files
     * that reached the repository, the Central deployment id and state) is noted in the journal
     * as it happens, so resume goes on from there.
     */
    static final class PublishStep implements ReleaseStep {
        @Override
        public String id() {
            return PUBLISH;
        }

        @Override
        public String describe(ReleaseRun run) {
            return PublishSteps.describe(run);
        }

        @Override
        public boolean resumesInPlace() {
            return true;
        }

        @Override
        public void simulate(ReleaseRun run, Simulation simulation) {
            PublishSteps.check(run);
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            PublishSteps.publish(run, this);
        }

        @Override
        public void undo(ReleaseRun run) throws IOException {
            PublishSteps.warnWhatStays(run);
            run.journal().undo(id(), run.repository);
        }
    }

    /** Waits, after the push, until the Central deployment is published. */
    static final class CentralPublishedStep implements ReleaseStep {
        @Override
        public String id() {
            return CENTRAL_PUBLISHED;
        }

        @Override
        public String describe(ReleaseRun run) {
            return "publish the Central Portal deployment, if any, and wait until it is PUBLISHED";
        }

        @Override
        public boolean resumesInPlace() {
            return true;
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            PublishSteps.awaitPublished(run);
        }

        @Override
        public void undo(ReleaseRun run) {
            // Nothing local; what the Portal holds is told by the publish step's undo.
        }
    }

}
