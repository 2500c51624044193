package io.github.releaseprocess.release;

import io.github.releaseprocess.api.ApiChange;
import io.github.releaseprocess.api.ApiCheckMode;
import io.github.releaseprocess.api.ApiCheckOutcome;
import io.github.releaseprocess.api.ApiCheckRequest;
import io.github.releaseprocess.api.ApiComparator;
import io.github.releaseprocess.api.ApiModule;
import io.github.releaseprocess.api.ApiReport;
import io.github.releaseprocess.api.ApiVerdict;
import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.ReleaseEntries;
import io.github.releaseprocess.changelog.SectionType;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitSourceExport;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API check ({@code apiCheck}), after the test build: japicmp compares the last release's
 * jars with the jars the test build wrote, and the level the API requires is reconciled with the
 * release's. {@code warn} logs, {@code enforce} refuses (and everything is put back),
 * {@code raise} ends the run with {@link Raise} so that the release is planned again at the API's
 * level. The summary goes into the release's changelog section, the tag message and the JSON.
 */
final class ApiCheckStep extends ReleaseSteps.Step {

    static final String ID = "api-check";
    /** The longest the build of the baseline from the last release tag may run. */
    static final Duration BASELINE_BUILD_TIMEOUT = Duration.ofMinutes(30);
    /** The most API entries per section of the changelog; the JSON lists all. */
    static final int CHANGELOG_LIMIT = 20;

    /** The release falls short of the API's level under {@code raise}: plan it again. */
    static final class Raise extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ApiVerdict verdict;

        Raise(ApiVerdict verdict) {
            super("the API requires a " + verdict.required().name().toLowerCase(
                    java.util.Locale.ROOT) + " release");
            this.verdict = verdict;
        }
    }

    /**
     * The baseline, found before anything changes: the last release and, per module, its jar in
     * the build's repositories (empty: built from the last release tag by the step).
     */
    record Plan(Optional<ReleaseTag> lastRelease, Map<ApiModule, Optional<Path>> resolved) {

        static Plan of(ApiCheckRequest api, VersionDecision decision, Reporter reporter) {
            Optional<ReleaseTag> last = decision.lastTag();
            Map<ApiModule, Optional<Path>> resolved = new LinkedHashMap<>();
            if (last.isPresent()) {
                for (ApiModule module : api.modules()) {
                    Optional<Path> jar = api.resolver().resolve(module.groupId(),
                            module.artifactId(), last.get().version().toString());
                    reporter.debug("API baseline " + module.coordinates() + ":"
                            + last.get().version() + ": " + jar.map(Path::toString)
                                    .orElse("not in the build's repositories"));
                    resolved.put(module, jar);
                }
            }
            return new Plan(last, resolved);
        }

        /** What the check compares with, for the plan line and the JSON. */
        String baseline() {
            if (lastRelease.isEmpty()) {
                return "nothing (the first release)";
            }
            String version = lastRelease.get().version().toString();
            List<String> built = resolved.entrySet().stream().filter(e -> e.getValue().isEmpty())
                    .map(e -> e.getKey().artifactId()).toList();
            if (resolved.isEmpty()) {
                return version + " (no jar module to check)";
            }
            if (built.isEmpty()) {
                return version + " from the build's repositories";
            }
            return version + (built.size() == resolved.size() ? ""
                    : " (" + String.join(", ", built) + ")") + " built from tag "
                    + lastRelease.get().name() + " (not in the build's repositories)";
        }
    }

    ApiCheckStep() {
        super(ID);
    }

    @Override
    public String describe(ReleaseRun run) {
        ApiCheckMode mode = run.request.apiCheck().mode();
        String modules = run.request.apiCheck().modules().stream().map(ApiModule::artifactId)
                .collect(Collectors.joining(", "));
        return "compare the API of " + (modules.isEmpty() ? "the project" : modules) + " with "
                + run.apiPlan.baseline() + " (apiCheck=" + mode.id() + ")"
                + (mode == ApiCheckMode.RAISE ? "; below the API's level, the release starts"
                        + " again at it, test build included"
                        : mode == ApiCheckMode.ENFORCE ? "; below the API's level, the release is"
                                + " refused" : "");
    }

    @Override
    public void simulate(ReleaseRun run, Simulation simulation) {
        run.apiOutcome = Optional.of(new ApiCheckOutcome(run.request.apiCheck().mode(), "planned",
                "the API is compared after the test build of " + run.version,
                run.apiPlan.baseline(), Optional.empty(), run.apiRaisedFrom));
    }

    @Override
    public void execute(ReleaseRun run) throws IOException {
        ApiCheckRequest api = run.request.apiCheck();
        Plan plan = run.apiPlan;
        if (plan.lastRelease().isEmpty()) {
            outcome(run, "first-release", "API check: " + run.version + " is the first release;"
                    + " there is no earlier API to compare with", Optional.empty());
            run.reporter.info(run.apiOutcome.get().message());
            return;
        }
        ReleaseTag last = plan.lastRelease().get();
        Map<ApiModule, Path> baselines = baselines(run, plan, last);
        if (baselines.isEmpty()) {
            missing(run, "no-baseline", "API check: no jar of " + last.version() + " to compare"
                    + " with: " + modules(api.modules()) + " is not in the build's repositories"
                    + " and building tag " + last.name() + " gave none",
                    "deploy " + last.version() + " or make tag " + last.name() + " build with"
                            + " 'mvn package'");
            return;
        }
        List<ApiReport> reports = new ArrayList<>();
        ApiComparator comparator = new ApiComparator(api.excludes());
        Path root = run.request.rootDirectory();
        for (Map.Entry<ApiModule, Path> e : baselines.entrySet()) {
            Path candidate = e.getKey().jar(run.version);
            if (!Files.isRegularFile(candidate)) {
                missing(run, "no-candidate", "API check: the release build wrote no "
                        + root.relativize(candidate.toAbsolutePath().normalize()) + " to compare",
                        "let the test build (<gates><tests>) run 'package' or a later phase");
                return;
            }
            long start = System.nanoTime();
            reports.add(comparator.compare(e.getValue(), e.getKey().coordinates() + ":"
                    + last.version(), candidate, root.relativize(
                            candidate.toAbsolutePath().normalize()).toString()));
            run.reporter.debug("Compared the API of " + e.getKey().coordinates() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        ApiVerdict verdict = ApiVerdict.of(ApiReport.merge(reports), last.version(), run.version,
                run.request.versioning().policy().breakingBumpsMinorBeforeOne(),
                run.request.versioning().policy().featBumpsPatchBeforeOne());
        outcome(run, "checked", verdict.report().headline(), Optional.of(verdict));
        run.reporter.info(verdict.report().headline());
        for (ApiChange change : verdict.report().incompatible()) {
            run.reporter.warn("  " + change.describe());
        }
        if (!verdict.isShort()) {
            run.reporter.info("API check: " + verdict.levels());
        } else if (api.mode() == ApiCheckMode.ENFORCE) {
            throw new RefusalException(verdict.refusal());
        } else if (api.mode() == ApiCheckMode.RAISE) {
            throw new Raise(verdict);
        } else {
            run.reporter.warn("API check: " + verdict.levels() + "; apiCheck=warn releases "
                    + run.version + " all the same (enforce refuses it, raise releases "
                    + verdict.raised() + ")");
        }
        writeChangelog(run, verdict.report());
    }

    private static void outcome(ReleaseRun run, String status, String message,
            Optional<ApiVerdict> verdict) {
        run.apiOutcome = Optional.of(new ApiCheckOutcome(run.request.apiCheck().mode(), status,
                message, run.apiPlan.baseline(), verdict, run.apiRaisedFrom));
        // The forge's release notes carry the same summary under "API changes".
        run.apiOutcome.get().notes().ifPresent(run::apiChanges);
    }

    /** A jar is missing: {@code enforce} refuses, the other modes say so at WARNING. */
    private static void missing(ReleaseRun run, String status, String message, String fix) {
        if (run.request.apiCheck().mode() == ApiCheckMode.ENFORCE) {
            throw new RefusalException(message + "; apiCheck=enforce does not release an"
                    + " unchecked API: " + fix + ", or run with -Drelease-process.apiCheck=warn");
        }
        outcome(run, status, message + "; the API was not checked", Optional.empty());
        run.reporter.warn(message + "; the API was not checked (" + fix + ")");
    }

    private static String modules(List<ApiModule> modules) {
        return modules.stream().map(ApiModule::coordinates).collect(Collectors.joining(", "));
    }

    /**
     * The baseline jar of each module: from the build's repositories, else from a build of the
     * last release tag's sources. A module without either is new since the last release.
     */
    private static Map<ApiModule, Path> baselines(ReleaseRun run, Plan plan, ReleaseTag last)
            throws IOException {
        Map<ApiModule, Path> out = new LinkedHashMap<>();
        List<ApiModule> unresolved = new ArrayList<>();
        plan.resolved().forEach((module, jar) -> {
            if (jar.isPresent()) {
                out.put(module, jar.get());
            } else {
                unresolved.add(module);
            }
        });
        if (!unresolved.isEmpty()) {
            Optional<Path> built = buildTag(run, last);
            Path root = run.request.rootDirectory().toAbsolutePath().normalize();
            for (ApiModule module : unresolved) {
                Optional<Path> jar = built.map(dir -> module.jarUnder(dir.resolve(root.relativize(
                        module.buildDirectory().toAbsolutePath().normalize())), last.version()))
                        .filter(Files::isRegularFile);
                if (jar.isPresent()) {
                    out.put(module, jar.get());
                } else {
                    run.reporter.info("API check: " + module.coordinates() + " has no jar in "
                            + last.name() + "; it is new since " + last.version());
                }
            }
        }
        return out;
    }

    /** Builds the tag's exact sources with {@code package -DskipTests}; its root, or empty. */
    private static Optional<Path> buildTag(ReleaseRun run, ReleaseTag last) throws IOException {
        Path root = run.request.rootDirectory().toAbsolutePath().normalize();
        Path copy = root.resolve("target").resolve("release-process").resolve("api-baseline")
                .resolve(last.name().replaceAll("[^A-Za-z0-9._-]", "_"));
        Path relative = run.repository.workTree().toAbsolutePath().normalize().relativize(root);
        GitSourceExport.export(root, last.commitId(), copy);
        Path projectCopy = copy.resolve(relative);
        Map<String, String> environment = run.lock() == null ? Map.of()
                : Map.of(ReleaseLock.TOKEN_VARIABLE, run.lock().token());
        BuildInvocation invocation = new BuildInvocation(projectCopy.resolve("pom.xml"),
                List.of("package"), List.of(), Map.of("skipTests", "true",
                        "maven.javadoc.skip", "true", "release-process.skip", "true"),
                BASELINE_BUILD_TIMEOUT, environment);
        run.reporter.info("API check: building the baseline " + last.version() + " from tag "
                + last.name() + " in " + root.relativize(copy));
        BuildResult result = run.builds.run(invocation,
                line -> run.reporter.debug("[api baseline] " + line));
        if (!result.isSuccess()) {
            run.reporter.warn("API check: the build of tag " + last.name() + " failed ("
                    + result.failure().orElse("exit code " + result.exitCode()) + "; -X shows"
                    + " its output, prefixed [api baseline])");
            return Optional.empty();
        }
        return Optional.of(projectCopy);
    }

    /** Adds the API changes to the release's changelog section, under the dialect's headings. */
    private static void writeChangelog(ReleaseRun run, ApiReport report) throws IOException {
        Optional<Path> file = run.request.changelog();
        if (file.isEmpty() || !Files.exists(file.get())
                || run.request.changelogDialect() == Dialect.NONE || report.changes().isEmpty()) {
            return;
        }
        byte[] before = Files.readAllBytes(file.get());
        Dialect dialect = run.request.changelogDialect() == Dialect.AUTO
                ? Changelog.parse(before, Dialect.AUTO).dialect() : run.request.changelogDialect();
        Map<SectionType, List<String>> entries = new EnumMap<>(SectionType.class);
        for (ApiChange change : report.changes()) {
            SectionType type = !change.isIncompatible() ? SectionType.ADDED
                    : change.change().endsWith("_REMOVED") ? SectionType.REMOVED
                            : SectionType.CHANGED;
            entries.computeIfAbsent(type, t -> new ArrayList<>()).add(entry(change));
        }
        entries.replaceAll((type, lines) -> lines.size() <= CHANGELOG_LIMIT ? lines
                : limited(lines));
        byte[] after = ReleaseEntries.add(before, run.version, dialect, entries);
        if (!java.util.Arrays.equals(before, after)) {
            run.write(new ApiCheckStep(), file.get(), after);
        }
    }

    private static List<String> limited(List<String> lines) {
        List<String> out = new ArrayList<>(lines.subList(0, CHANGELOG_LIMIT));
        out.add("- API: … and " + (lines.size() - CHANGELOG_LIMIT) + " more (the release's"
                + " JSON, -Drelease-process.outputFile, lists them all)");
        return out;
    }

    /** {@code - API: `com.acme.Foo#bar(int)` method removed (binary and source incompatible)}. */
    static String entry(ApiChange change) {
        String text = change.describe();
        String element = change.element();
        return "- API: `" + element + "`" + text.substring(element.length() + 1);
    }

    /**
     * The API part of the tag message: the full summary, or only its headline when the
     * changelog section above it already lists the changes.
     */
    static Optional<String> tagNotes(ReleaseRun run, boolean changelogListsThem) {
        if (run.apiOutcome.isEmpty()) {
            return Optional.empty();
        }
        ApiCheckOutcome outcome = run.apiOutcome.get();
        if (changelogListsThem && outcome.verdict().isPresent()) {
            return Optional.of(outcome.verdict().get().report().headline()
                    + outcome.raisedFrom().map(v -> "; released as " + run.version
                            + " instead of " + v + " (apiCheck=raise)").orElse(""));
        }
        return outcome.notes();
    }
}
