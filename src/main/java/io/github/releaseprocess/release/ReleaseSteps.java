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
import io.github.releaseprocess.changelog.SectionType;
import io.github.releaseprocess.changelog.RepositoryUrl;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.publish.CentralWait;
import io.github.releaseprocess.publish.PublishRequest;
import io.github.releaseprocess.publish.Publisher;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.changelog.ChangelogCommit;
import io.github.releaseprocess.versionfiles.FileChange;
import io.github.releaseprocess.versionfiles.ModuleVersionRequest;
import io.github.releaseprocess.versionfiles.ReactorModule;
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

    /** A step whose id is given once, by its constructor. */
    abstract static class Step implements ReleaseStep {
        private final String id;

        Step(String id) {
            this.id = id;
        }

        @Override
        public final String id() {
            return id;
        }
    }

    /**
     * A local step whose first act is a record of its own, saved before it changes anything: its
     * start goes to disk with that record (see {@link ReleaseStep#recordsBeforeChanging}).
     */
    abstract static class RecordingStep extends Step {
        RecordingStep(String id) {
            super(id);
        }

        @Override
        public final boolean recordsBeforeChanging() {
            return true;
        }
    }

    /**
     * A step that acts on a server: run again after a stop, it goes on in place (see
     * {@link ReleaseStep#resumesInPlace}).
     */
    abstract static class ServerStep extends Step {
        ServerStep(String id) {
            super(id);
        }

        @Override
        public final boolean resumesInPlace() {
            return true;
        }
    }

    /** The steps this request asks for, in order. */
    static List<ReleaseStep> of(PrepareRequest request) {
        return of(request, List.of());
    }

    /** The steps this request asks for, in order, for a release of these components (or none). */
    static List<ReleaseStep> of(PrepareRequest request, List<ComponentRelease> components) {
        List<ReleaseStep> steps = new ArrayList<>();
        boolean componentChangelogs = components.stream().anyMatch(c -> c.released()
                && c.changelog().filter(Files::exists).isPresent());
        if ((components.isEmpty() ? request.changelog().isPresent()
                && Files.exists(request.changelog().get()) : componentChangelogs)
                && request.changelogDialect() != Dialect.NONE) {
            steps.add(new ChangelogStep());
        }
        steps.add(new ReleaseVersionStep());
        if (!request.testGoals().isEmpty()) {
            steps.add(new TestBuildStep());
        }
        // A release of components has neither (Releaser refuses or leaves them out first).
        if (request.apiCheck().isOn() && components.isEmpty()) {
            steps.add(new ApiCheckStep());
        }
        steps.add(new ReleaseCommitStep());
        steps.add(new TagStep());
        if (request.publish().isPresent() && components.isEmpty()) {
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
        return promotedChangelog(run, current, run.request.changelog().orElseThrow(), run.version,
                run.request.versioning().tagFormat(), run.commits);
    }

    /**
     * A component's changelog with its release promoted. A component released only because
     * components it depends on are (its {@code [Unreleased]} is empty) gets the entry
     * {@code - Updated dependencies: lib 1.3.0.} under {@code ### Changed} first; one pulled
     * along by its group, {@code - Released with gax 2.41.0.}
     */
    static byte[] promotedChangelog(ReleaseRun run, byte[] current, ComponentRelease component)
            throws IOException {
        Dialect dialect = run.request.changelogDialect() == Dialect.AUTO
                ? Changelog.parse(current, Dialect.AUTO).dialect() : run.request.changelogDialect();
        List<String> dependencies = releasedDependencies(run, component);
        String entry = "Updated dependencies: " + String.join(", ", dependencies) + ".";
        if (dependencies.isEmpty()) {
            List<String> with = run.released().stream()
                    .filter(c -> component.pulledAlongBy().contains(c.id()))
                    .map(ComponentRelease::label).toList();
            entry = with.isEmpty() ? null : "Released with " + String.join(", ", with) + ".";
        }
        if (dialect.hasUnreleased()) {
            current = withChangedEntry(current, dialect, entry);
        }
        // Pulled along: a file without [Unreleased], or a form that writes its entries from
        // the commits while the component has none that it lists, gets the entry instead.
        Optional<PromotionOptions.PulledAlong> pulled = entry == null
                || component.pulledAlongBy().isEmpty() ? Optional.empty()
                : Optional.of(new PromotionOptions.PulledAlong(entry, !dependencies.isEmpty()));
        return promotedChangelog(run, current, component.changelog().orElseThrow(),
                component.version().orElseThrow(), component.tagFormat(),
                () -> ChangelogCommit.from(component.commits(), component.decision() == null
                        ? java.util.Set.of() : component.decision().cancelled()), pulled);
    }

    /** The other released components that {@code component}'s modules refer to, as labels. */
    static List<String> releasedDependencies(ReleaseRun run, ComponentRelease component)
            throws IOException {
        Map<String, ComponentRelease> byModule = new java.util.HashMap<>();
        run.released().forEach(c -> c.modules().forEach(m -> byModule.put(m, c)));
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        for (VersionChangePlan.Reference r : componentChange(run, true).references()) {
            ComponentRelease target = byModule.get(r.target());
            if (component.modules().contains(r.site().holder()) && target != null
                    && target != component && !target.id().equals(component.id())) {
                labels.add(target.label());
            }
        }
        return List.copyOf(labels);
    }

    /**
     * The changelog with {@code ### Changed} and the entry {@code - text} in an
     * {@code [Unreleased]} section that has no entries; unchanged otherwise or without a text.
     */
    static byte[] withChangedEntry(byte[] bytes, Dialect dialect, String text) {
        if (text == null) {
            return bytes;
        }
        Changelog parsed = Changelog.parse(bytes, dialect);
        Optional<Release> unreleased = parsed.unreleased();
        if (unreleased.isEmpty() || unreleased.get().hasEntries()) {
            return bytes;
        }
        int at = 0;
        for (int line = 1; line <= unreleased.get().line() && at < bytes.length; line++) {
            while (at < bytes.length && bytes[at] != '\n') {
                at++;
            }
            at++;
        }
        at = Math.min(at, bytes.length);
        String eol = at >= 2 && bytes[at - 2] == '\r' ? "\r\n" : "\n";
        String prefix = at > 0 && bytes[at - 1] == '\n' ? "" : eol;
        String entry = prefix + eol + "### Changed" + eol + eol + "- " + text + eol;
        byte[] inserted = entry.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static byte[] promotedChangelog(ReleaseRun run, byte[] current, Path file,
            Version version, io.github.releaseprocess.history.TagFormat tagFormat,
            java.util.function.Supplier<List<ChangelogCommit>> commits) {
        return promotedChangelog(run, current, file, version, tagFormat, commits,
                Optional.empty());
    }

    private static byte[] promotedChangelog(ReleaseRun run, byte[] current, Path file,
            Version version, io.github.releaseprocess.history.TagFormat tagFormat,
            java.util.function.Supplier<List<ChangelogCommit>> commits,
            Optional<PromotionOptions.PulledAlong> pulledAlong) {
        byte[] bytes = current;
        PrepareRequest request = run.request;
        Dialect dialect = request.changelogDialect() == Dialect.AUTO
                ? Changelog.parse(current, Dialect.AUTO).dialect() : request.changelogDialect();
        if (request.generateChangelog() && dialect.hasUnreleased()) {
            bytes = ChangelogGenerator.generate(bytes, commits.get(), dialect,
                    request.changelogSections()).bytes();
        }
        PromotionOptions options = PromotionOptions.defaults()
                .withDialect(dialect)
                .withTagFor(tagFormat::tagFor)
                .withDisplayName(file.getFileName().toString());
        if (!dialect.hasUnreleased()) {
            // A form without Unreleased gets its release section from the commits now.
            options = options.withCommits(commits.get(), request.versioning().policy().preset());
        }
        Optional<String> url = request.repositoryUrl().isPresent() ? request.repositoryUrl()
                : run.repository.remoteUrl(request.remote()).flatMap(RepositoryUrl::webUrl);
        if (url.isPresent()) {
            options = options.withRepositoryUrl(url.get());
        }
        if (pulledAlong.isPresent()) {
            options = options.withPulledAlong(pulledAlong.get());
        }
        return ChangelogPromoter.promote(bytes, version, request.today(), options);
    }

    /**
     * The version change from the version on disk to {@code to}, across reactor, configured
     * version files and release-please's markers; the release (not the development version) also
     * sets {@code project.build.outputTimestamp} to the release instant. {@code <scm><tag>},
     * where a POM has one, becomes the release tag, and {@code HEAD} again after it.
     */
    static VersionChangePlan versionChange(ReleaseRun run, String from, Version to)
            throws IOException {
        Path root = run.request.rootDirectory();
        boolean release = to.equals(run.version);
        return VersionSetter.plan(new VersionChangeRequest(root, from, to.toString(),
                ReactorReader.read(root.resolve("pom.xml"), run.request.reactorPoms()), run.request.versionFiles(),
                run.repository.trackedFiles(root),
                release ? Optional.of(run.releaseInstant()) : Optional.empty(),
                Optional.ofNullable(run.tag).map(tag -> release
                        ? new VersionChangeRequest.ScmTag(null, tag)
                        : new VersionChangeRequest.ScmTag(tag, "HEAD"))), run.reporter);
    }

    /**
     * This run's version change: with {@code release}, to the release version (per component in
     * a monorepo); else to the next development version.
     */
    static VersionChangePlan runChange(ReleaseRun run, boolean release) throws IOException {
        if (run.hasComponents()) {
            return componentChange(run, release);
        }
        return release ? versionChange(run, run.startVersion, run.version)
                : versionChange(run, run.version.toString(), run.developmentVersion.orElseThrow());
    }

    /**
     * The change of a monorepo's release per module: with {@code release}, each released
     * component's modules to its release version, every reference to them to that version, and
     * every SNAPSHOT reference that a released module holds to a component not released to that
     * component's last release; else the next development versions, with those references put
     * back as they were before the release (from the journal's backups).
     */
    static VersionChangePlan componentChange(ReleaseRun run, boolean release) throws IOException {
        Path root = run.request.rootDirectory();
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"),
                run.request.reactorPoms());
        Map<String, ComponentRelease> byModule = new java.util.HashMap<>();
        for (ComponentRelease c : run.components) {
            c.modules().forEach(m -> byModule.put(m, c));
        }
        Map<String, String> current = new java.util.HashMap<>();
        modules.forEach(m -> current.put(m.key(), m.version()));
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        for (ComponentRelease c : run.released()) {
            if (!release && c.developmentVersion().isEmpty()) {
                continue;
            }
            for (String m : c.modules()) {
                String now = current.get(m);
                if (now != null) {
                    versions.put(m, release ? moduleRelease(m, now, c)
                            : moduleDevelopment(now, c));
                }
            }
        }
        ModuleVersionRequest.ReferenceRule rule;
        Map<Path, byte[]> originals = Map.of();
        if (release) {
            rule = (target, text, site) -> {
                ComponentRelease c = byModule.get(target);
                if (c == null) {
                    return null;
                }
                if (c.released()) {
                    return versions.get(target);
                }
                ComponentRelease holder = byModule.get(site.holder());
                if (!text.endsWith("-SNAPSHOT") || holder == null || !holder.released()) {
                    return null;
                }
                return c.lastRelease().map(Version::toString).orElse(null);
            };
        } else {
            originals = run.journal().backupContents(run.repository, RELEASE_VERSION);
            rule = (target, text, site) -> {
                ComponentRelease c = byModule.get(target);
                if (c != null && c.released()) {
                    return versions.get(target);
                }
                return site.original().orElse(null);
            };
        }
        Map<String, String> levels = new java.util.HashMap<>();
        for (ComponentRelease c : run.released()) {
            String level = c.lastRelease().map(l -> l.toRelease().levelOfChangeTo(
                    c.version().get().toRelease()).name().toLowerCase(java.util.Locale.ROOT))
                    .orElse("patch");
            c.modules().forEach(m -> levels.put(m, level));
        }
        return VersionSetter.plan(new ModuleVersionRequest(root, modules, versions, rule,
                originals, release ? Optional.of(run.releaseInstant()) : Optional.empty(),
                run.repository.trackedFiles(root), levels), run.reporter);
    }

    /**
     * The release version of one module of a released component: the component's version for
     * the modules at the component's version; a module with a number of its own (a sub-artifact,
     * as in release-please's {@code versions.txt}) moves by the component's level from its own
     * number, {@code X.Y.Z-SNAPSHOT} counting as the way to {@code X.Y.Z}.
     *
     * @throws RefusalException when the module's version is not a Semantic Version
     */
    static String moduleRelease(String module, String current, ComponentRelease c) {
        Version release = c.version().orElseThrow();
        if (current.equals(c.currentVersion()) || current.equals(release.toString())) {
            return release.toString();
        }
        Version own = Version.tryParse(current).orElseThrow(() -> new RefusalException(module
                + " of the component " + c.id() + " is at " + current + ", which is neither the"
                + " component's version " + c.currentVersion() + " nor a Semantic Version to move"
                + " from; give it the component's version or a component of its own"));
        Version.Level level = c.lastRelease().map(l -> l.toRelease().levelOfChangeTo(
                release.toRelease())).orElse(Version.Level.PATCH);
        if (own.isPrerelease()) {
            Version base = own.toRelease();
            boolean patchZero = base.patch().signum() == 0;
            Version moved = switch (level) {
                case PATCH -> base;
                case MINOR -> patchZero ? base : base.nextMinor();
                case MAJOR -> patchZero && base.minor().signum() == 0 ? base : base.nextMajor();
            };
            return moved.toString();
        }
        Version moved = switch (level) {
            case PATCH -> own.nextPatch();
            case MINOR -> own.nextMinor();
            case MAJOR -> own.nextMajor();
        };
        return moved.toString();
    }

    /** The development version of one module after its release at {@code released}. */
    static String moduleDevelopment(String released, ComponentRelease c) {
        if (c.version().map(Version::toString).filter(released::equals).isPresent()) {
            return c.developmentVersion().orElseThrow().toString();
        }
        return Version.tryParse(released).map(v -> v.isPrerelease() ? v
                : v.nextPatch().withPrerelease("SNAPSHOT")).map(Version::toString)
                .orElse(released);
    }

    /**
     * The SNAPSHOT references that released modules would hold after the release change, one
     * line each ({@code file:line: what -> groupId:artifactId version}).
     */
    static List<String> snapshotReferences(ReleaseRun run, VersionChangePlan plan) {
        java.util.Set<String> releasedModules = new java.util.HashSet<>();
        run.released().forEach(c -> releasedModules.addAll(c.modules()));
        List<String> found = new ArrayList<>();
        for (VersionChangePlan.Reference r : plan.references()) {
            if (releasedModules.contains(r.site().holder()) && r.version().endsWith("-SNAPSHOT")) {
                found.add(r.site() + " -> " + r.target() + " " + r.version());
            }
        }
        return found;
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
    static final class ChangelogStep extends RecordingStep {
        ChangelogStep() {
            super(CHANGELOG);
        }

        /** The released components whose changelog exists. */
        private static List<ComponentRelease> withChangelog(ReleaseRun run) {
            return run.released().stream()
                    .filter(c -> c.changelog().filter(Files::exists).isPresent()).toList();
        }

        @Override
        public String describe(ReleaseRun run) {
            String verb = run.request.generateChangelog() ? "fill and promote" : "promote";
            if (run.hasComponents()) {
                Path root = run.request.rootDirectory().toAbsolutePath().normalize();
                List<String> promoted = new ArrayList<>();
                List<String> written = new ArrayList<>();
                for (ComponentRelease c : withChangelog(run)) {
                    Path file = c.changelog().get().toAbsolutePath().normalize();
                    String name = (file.startsWith(root) ? root.relativize(file) : file)
                            .toString().replace('\\', '/');
                    Dialect dialect = dialectOf(run, file);
                    if (dialect.hasUnreleased()) {
                        promoted.add(name + " to " + c.version().get());
                    } else {
                        written.add("the " + c.version().get() + " section of " + name + " ("
                                + dialect + ")");
                    }
                }
                List<String> parts = new ArrayList<>();
                if (!promoted.isEmpty()) {
                    parts.add(verb + " [Unreleased] of " + String.join(", ", promoted));
                }
                if (!written.isEmpty()) {
                    parts.add("write " + String.join(", ", written) + " from the commits");
                }
                return String.join("; ", parts) + " - " + run.request.today();
            }
            Path file = run.request.changelog().orElseThrow();
            Dialect dialect = dialectOf(run, file);
            if (!dialect.hasUnreleased()) {
                return "write the " + run.version + " section of " + file.getFileName() + " ("
                        + dialect + ") from the commits, dated " + run.request.today();
            }
            return verb + " [Unreleased] of " + file.getFileName()
                    + " to " + run.version + " - " + run.request.today();
        }

        /** The form of a changelog the step writes: the configured one, or read from the file. */
        private static Dialect dialectOf(ReleaseRun run, Path file) {
            Dialect dialect = run.request.changelogDialect();
            if (dialect != Dialect.AUTO) {
                return dialect;
            }
            try {
                return Changelog.parse(Files.readAllBytes(file), Dialect.AUTO).dialect();
            } catch (IOException e) {
                return Dialect.KEEPACHANGELOG;
            }
        }

        /** Each changelog the step writes, with the release promoted, all computed first. */
        private static Map<Path, byte[]> promoted(ReleaseRun run) throws IOException {
            Map<Path, byte[]> promoted = new java.util.LinkedHashMap<>();
            if (run.hasComponents()) {
                for (ComponentRelease c : withChangelog(run)) {
                    Path file = c.changelog().get();
                    promoted.put(file, promotedChangelog(run, Files.readAllBytes(file), c));
                }
            } else {
                Path file = run.request.changelog().orElseThrow();
                promoted.put(file, promotedChangelog(run, Files.readAllBytes(file)));
            }
            return promoted;
        }

        @Override
        public void simulate(ReleaseRun run, Simulation simulation) throws IOException {
            for (Map.Entry<Path, byte[]> e : promoted(run).entrySet()) {
                simulation.write(e.getKey(), Files.readAllBytes(e.getKey()), e.getValue());
            }
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            for (Map.Entry<Path, byte[]> e : promoted(run).entrySet()) {
                run.write(this, e.getKey(), e.getValue());
            }
        }
    }

    /** Sets the release version in every POM of the reactor and in the version files. */
    static final class ReleaseVersionStep extends RecordingStep {
        ReleaseVersionStep() {
            super(RELEASE_VERSION);
        }

        @Override
        public String describe(ReleaseRun run) {
            if (run.hasComponents()) {
                return "set " + run.label() + " in their modules and in every reference to them"
                        + " in the reactor; references to components not released point at"
                        + " their last releases";
            }
            return "set " + run.startVersion + " -> " + run.version
                    + " in the reactor and version files";
        }

        @Override
        public void simulate(ReleaseRun run, Simulation simulation) throws IOException {
            VersionChangePlan plan = runChange(run, true);
            for (FileChange change : plan.changes()) {
                simulation.write(change.file(), change.before(), change.after());
            }
            if (run.hasComponents()) {
                simulation.snapshotReferences(snapshotReferences(run, plan));
            }
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            run.write(this, runChange(run, true));
        }
    }

    /** Builds and tests the release version in a separate Maven process. */
    static final class TestBuildStep extends Step {
        TestBuildStep() {
            super(TEST_BUILD);
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
            run.reporter.debug("Test build of " + run.version + " ended: exit code "
                    + result.exitCode());
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
    static final class ReleaseCommitStep extends RecordingStep {
        ReleaseCommitStep() {
            super(RELEASE_COMMIT);
        }

        @Override
        public String describe(ReleaseRun run) {
            return "commit '" + run.releaseMessage(run.request.releaseCommitMessage()) + "'";
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            run.commitAt(this, run.request.releaseTime(),
                    run.releaseMessage(run.request.releaseCommitMessage()),
                    CHANGELOG, RELEASE_VERSION, ApiCheckStep.ID);
        }
    }

    /** Tags the release commit, with the release's changelog section as the message. */
    static final class TagStep extends RecordingStep {
        TagStep() {
            super(TAG);
        }

        @Override
        public String describe(ReleaseRun run) {
            List<String> tags = run.tags();
            return "annotated tag" + (tags.size() == 1 ? " " : "s ") + String.join(", ", tags)
                    + (run.request.signTag() ? ", signed" : "");
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            if (run.hasComponents()) {
                String commit = run.journal().refAfter(RELEASE_COMMIT, run.movedRef())
                        .orElseThrow(() -> new IllegalStateException("no release commit recorded"));
                for (ComponentRelease c : run.released()) {
                    Version version = c.version().orElseThrow();
                    String notes = "Release " + c.label();
                    if (c.changelog().filter(Files::exists).isPresent()) {
                        String heading = notes;
                        notes = releaseNotes(Files.readAllBytes(c.changelog().get()), version)
                                .map(n -> heading + "\n\n" + n).orElse(notes);
                    }
                    notes += run.request.problemReport()
                            .map(link -> "\n\n" + link.line(version.toString())).orElse("");
                    String tag = c.tag().orElseThrow();
                    String ref = "refs/tags/" + tag;
                    run.journal().refMoving(id(), ref, null, commit, null);
                    run.repository.writer().tag(tag, notes + "\n", commit, run.request.signTag(),
                            run.request.releaseTime());
                    run.journal().refMoved(id(), ref, run.repository.refId(ref).orElseThrow(),
                            false);
                    run.listener().moved(id(), ref);
                }
                return;
            }
            String notes = "Release " + run.version;
            Optional<String> section = Optional.empty();
            if (run.request.changelog().isPresent() && Files.exists(run.request.changelog().get())) {
                section = releaseNotes(Files.readAllBytes(run.request.changelog().get()),
                        run.version);
            }
            section = orFromCommits(run, section);
            notes = section.map(n -> "Release " + run.version + "\n\n" + n).orElse(notes);
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
            // The new id waits for the next save: the tag is recognised by its target.
            run.journal().refMoved(id(), ref, run.repository.refId(ref).orElseThrow(), false);
        }
    }

    /**
     * The changelog's section of the release, or, when the changelog gives none (there is no
     * changelog, {@code changelogDialect} is {@code none}, or it is a form the plugin does not
     * read, such as reStructuredText), the entries the release's commits would make, by section.
     */
    static Optional<String> orFromCommits(ReleaseRun run, Optional<String> section) {
        if (section.isPresent()) {
            return section;
        }
        Map<SectionType, List<String>> entries = ChangelogGenerator.generate(new byte[0],
                run.commits.get(), Dialect.KEEPACHANGELOG, run.request.changelogSections())
                .entries();
        List<String> lines = new ArrayList<>();
        entries.forEach((type, items) -> {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("### " + type.title());
            lines.add("");
            lines.addAll(items);
        });
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** The forge's release notes of this run, from the changelog's section of the release. */
    static ReleaseNotes notesOf(ReleaseRun run, Optional<String> section) {
        return new ReleaseNotes(run.version, run.tag, section, run.apiChanges(),
                run.request.problemReport().map(link -> link.line(run.version.toString())));
    }

    /** Sets and commits the next development version. */
    static final class DevelopmentVersionStep extends RecordingStep {
        DevelopmentVersionStep() {
            super(DEVELOPMENT_VERSION);
        }

        @Override
        public String describe(ReleaseRun run) {
            if (run.hasComponents()) {
                return "set and commit the next development versions "
                        + run.developmentLabel().orElse("(none)")
                        + "; references to components not released back as they were";
            }
            return "set and commit the next development version "
                    + run.developmentVersion.orElseThrow();
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            run.write(this, runChange(run, false));
            String template = run.request.developmentCommitMessage();
            run.commit(this, run.hasComponents() ? template.replace("@{version}",
                    run.developmentLabel().orElse(""))
                    : ReleaseRun.message(template, run.developmentVersion.orElseThrow()), id());
        }
    }

    /** Pushes the branch and the tag together; pushing them again after a stop is harmless. */
    static final class PushStep extends ServerStep {
        PushStep() {
            super(PUSH);
        }

        @Override
        public String describe(ReleaseRun run) {
            return "push " + run.branchRef() + " and " + String.join(", ", run.tags()) + " to "
                    + run.request.remote() + " atomically";
        }

        @Override
        public void execute(ReleaseRun run) throws IOException {
            run.repository.writer().push(run.request.remote(), run.branchRef(), run.tags());
        }

        @Override
        public void undo(ReleaseRun run) {
            List<String> tags = run.tags();
            run.reporter.warn("The push to " + run.request.remote() + " cannot be taken back here;"
                    + " if it went through, delete the tag" + (tags.size() == 1 ? " " : "s ")
                    + String.join(", ", tags) + " there by hand");
        }
    }

    /**
     * Publishes the release's artifacts from the tag: see {@link PublishSteps}. Its progress (files
     * that reached the repository, the Central deployment id and state) is noted in the journal
     * as it happens, so resume goes on from there.
     */
    static final class PublishStep extends ServerStep {
        PublishStep() {
            super(PUBLISH);
        }

        @Override
        public String describe(ReleaseRun run) {
            return PublishSteps.describe(run);
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
    static final class CentralPublishedStep extends ServerStep {
        CentralPublishedStep() {
            super(CENTRAL_PUBLISHED);
        }

        @Override
        public String describe(ReleaseRun run) {
            return "publish the Central Portal deployment, if any, and wait until it is PUBLISHED";
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
