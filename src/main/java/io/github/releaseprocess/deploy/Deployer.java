package io.github.releaseprocess.deploy;

import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.LedgerRecord.Action;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deploys releases to environments and rolls them back. A deployment: decide (promotion rules,
 * rollback plan) on the ledger as read, record the plan by compare-and-swap, export the tagged
 * sources into a fresh working copy, run the environment's Maven build there, health-check and
 * monitor, record the outcome; when it fails and {@code autoRollback} is on, redeploy the
 * previous good version the same way.
 */
public final class Deployer {

    /** User property of the deployment build: the environment id. */
    public static final String ENVIRONMENT_PROPERTY = "release-process.environment";
    /** User property of the deployment build: the version deployed. */
    public static final String VERSION_PROPERTY = "release-process.version";

    private static final int DECISION_ATTEMPTS = 5;

    private final DeploySettings settings;
    private final GitLedger ledger;
    private final BuildRunner runner;
    private final HealthChecker checker;
    private final Reporter reporter;
    private final Clock clock;

    public Deployer(DeploySettings settings, GitLedger ledger, BuildRunner runner,
            HealthChecker checker, Reporter reporter, Clock clock) {
        this.settings = settings;
        this.ledger = ledger;
        this.runner = runner;
        this.checker = checker;
        this.reporter = reporter;
        this.clock = clock;
    }

    /** The command that rolls an environment back to a version. */
    public static String rollbackCommand(String environment, String version) {
        return "mvn release-process:rollback -Denvironment=" + environment + " -Dversion="
                + version;
    }

    /**
     * Deploys a version to an environment.
     *
     * @return the outcome record of a healthy deployment
     * @throws DeploymentFailedException when it failed (after an automatic rollback, if any)
     * @throws RefusalException when the promotion rules or the request are wrong
     */
    public LedgerRecord deploy(DeployRequest request) throws IOException {
        Environment environment = settings.environment(request.environment(), "deploy");
        Target target = resolve(environment, request.version());
        environment.healthCheck().ifPresent(h -> h.resolve(target.version, environment.id()));
        String user = ledger.currentUser();
        LedgerRecord plan = null;
        Optional<LedgerRecord> rollbackTo = Optional.empty();
        for (int attempt = 1; plan == null; attempt++) {
            LedgerSnapshot snapshot = ledger.read().forComponent(settings.component());
            DeploymentHistory history = snapshot.history();
            Optional<LedgerRecord> closing = closing(environment, history, request, "deploy",
                    user);
            history = closing.map(history::with).orElse(history);
            boolean forced = checkPromotion(environment, target, history, request);
            rollbackTo = history.lastGood(environment.id(), target.version);
            forced |= checkRollbackTarget(environment, history, rollbackTo, request);
            forced |= closing.isPresent();
            LedgerRecord candidate = new LedgerRecord(environment.id(), Action.DEPLOY,
                    Outcome.PLANNED, target.version, target.tag, target.commit, clock.instant(),
                    user, forced, request.reason(), rollbackTo.map(LedgerRecord::version),
                    rollbackTo.map(r -> rollbackCommand(environment.id(), r.version())),
                    Optional.empty(), "deployment started").withComponent(settings.component());
            try {
                ledger.appendIfUnchanged(candidate, close(closing, snapshot.tip()));
                plan = candidate;
            } catch (LedgerConflictException e) {
                if (attempt == DECISION_ATTEMPTS) {
                    throw e;
                }
                reporter.debug("The ledger changed while deciding; deciding again");
            }
        }
        reporter.info("Rollback plan for " + environment.id() + ": " + rollbackTo
                .map(r -> "restore " + r.version() + " with: "
                        + rollbackCommand(environment.id(), r.version()))
                .orElse("none, no earlier good version there"));
        reporter.info("Deploying " + target.describe() + " to " + environment.id());
        Attempt first = runRecordingCrashes(plan, environment, target, Action.DEPLOY);
        LedgerRecord done = record(plan.finished(first.outcome, clock.instant(),
                first.health, first.message));
        if (first.outcome == Outcome.SUCCEEDED) {
            reporter.info(first.message);
            return done;
        }
        String failure = "Deploying " + target.version + " to " + environment.id() + " failed: "
                + first.message;
        if (rollbackTo.isEmpty()) {
            throw new DeploymentFailedException(failure + "; there is no earlier good version"
                    + " there to roll back to, so fix the release and deploy again");
        }
        LedgerRecord good = rollbackTo.get();
        if (!environment.autoRollback()) {
            throw new DeploymentFailedException(failure + "; restore " + good.version()
                    + " with: " + rollbackCommand(environment.id(), good.version()));
        }
        reporter.warn(failure);
        reporter.warn("Rolling " + environment.id() + " back to " + good.version()
                + " automatically (autoRollback)");
        Target back;
        try {
            back = verified(good);
        } catch (RefusalException e) {
            throw new DeploymentFailedException(failure + "; the automatic rollback to "
                    + good.version() + " was not started: " + e.getMessage());
        }
        Attempt second = redeploy(environment, back, Action.AUTO_ROLLBACK, user,
                Optional.of("automatic rollback after " + target.version + " "
                        + first.outcome.id()));
        if (second.outcome == Outcome.SUCCEEDED) {
            throw new DeploymentFailedException(failure + "; the automatic rollback to "
                    + good.version() + " succeeded (" + second.summary() + "), so "
                    + environment.id() + " runs " + good.version() + " again");
        }
        throw new DeploymentFailedException(failure + "; the automatic rollback to "
                + good.version() + " failed too: " + second.message + "; " + environment.id()
                + " needs attention now");
    }

    /**
     * Redeploys the previous good version of an environment, or the named one, which must have
     * been good there before.
     *
     * @throws DeploymentFailedException when the rollback did not end healthy
     */
    public LedgerRecord rollback(String environmentId, Optional<String> version)
            throws IOException {
        return rollback(new DeployRequest(environmentId, version, false, Optional.empty()));
    }

    /**
     * Redeploys the previous good version of an environment, or {@code request.version()}, from
     * the sources its release tag points at. With {@code request.force()} (and a reason) a
     * deployment left without outcome by a process that died is first recorded as failed.
     *
     * @throws DeploymentFailedException when the rollback did not end healthy
     * @throws RefusalException when there is no target, or the ledger's record of it does not
     *     match its tag
     */
    public LedgerRecord rollback(DeployRequest request) throws IOException {
        Environment environment = settings.environment(request.environment(), "rollback");
        String user = ledger.currentUser();
        for (int attempt = 1;; attempt++) {
            LedgerSnapshot snapshot = ledger.read().forComponent(settings.component());
            DeploymentHistory history = snapshot.history();
            Optional<LedgerRecord> closing = closing(environment, history, request, "rollback",
                    user);
            history = closing.map(history::with).orElse(history);
            Optional<LedgerRecord> current = history.current(environment.id());
            LedgerRecord good = rollbackTarget(environment, history, current, request.version());
            Target target = verified(good);
            LedgerRecord plan = new LedgerRecord(environment.id(), Action.ROLLBACK,
                    Outcome.PLANNED, target.version, target.tag, target.commit, clock.instant(),
                    user, closing.isPresent(), request.reason(),
                    current.map(LedgerRecord::version),
                    current.map(c -> rollbackCommand(environment.id(), c.version())),
                    Optional.empty(), "rollback started from "
                            + current.map(LedgerRecord::version).orElse("nothing"))
                    .withComponent(settings.component());
            try {
                ledger.appendIfUnchanged(plan, close(closing, snapshot.tip()));
            } catch (LedgerConflictException e) {
                if (attempt == DECISION_ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            reporter.info("Rolling " + environment.id() + " back from "
                    + current.map(LedgerRecord::version).orElse("nothing") + " to "
                    + good.version());
            Attempt result = runRecordingCrashes(plan, environment, target, Action.ROLLBACK);
            LedgerRecord done = record(plan.finished(result.outcome,
                    clock.instant(), result.health, result.message));
            if (result.outcome != Outcome.SUCCEEDED) {
                throw new DeploymentFailedException("Rolling " + environment.id() + " back to "
                        + good.version() + " failed: " + result.message);
            }
            reporter.info(result.message);
            return done;
        }
    }

    private LedgerRecord rollbackTarget(Environment environment, DeploymentHistory history,
            Optional<LedgerRecord> current, Optional<String> version) {
        String id = environment.id();
        List<String> good = history.goodVersions(id);
        if (version.isPresent() && !version.get().isBlank()) {
            return history.good(id, version.get().trim()).orElseThrow(() -> new RefusalException(
                    "Version " + version.get() + " was never deployed successfully to " + id
                            + ", so it is no rollback target; "
                            + (good.isEmpty() ? "nothing was good there yet"
                                    : "good there before: " + String.join(", ", good))));
        }
        String running = current.map(LedgerRecord::version).orElse("");
        return history.lastGood(id, running).orElseThrow(() -> new RefusalException(
                "There is no previous good version of " + id + " to roll back to"
                        + (current.isPresent() ? " (it runs " + running + ")" : " (nothing was"
                                + " deployed there yet)")
                        + "; deploy a release with mvn release-process:deploy -Denvironment="
                        + id + " -Dversion=X.Y.Z"));
    }

    private boolean checkPromotion(Environment environment, Target target,
            DeploymentHistory history, DeployRequest request) {
        List<String> missing = new ArrayList<>();
        for (String required : environment.requires()) {
            if (history.good(required, target.version).isEmpty()) {
                Optional<LedgerRecord> there = history.current(required);
                missing.add(required + " (" + there.map(r -> "runs " + r.version()
                        + (r.outcome() == Outcome.SUCCEEDED ? "" : ", " + r.outcome().id()))
                        .orElse("nothing deployed") + ")");
            }
        }
        if (missing.isEmpty()) {
            return false;
        }
        if (!request.force()) {
            throw new RefusalException("Version " + target.version + " cannot go to "
                    + environment.id() + " before it ran successfully in "
                    + String.join(", ", missing) + "; deploy it there first (mvn"
                    + " release-process:deploy -Denvironment="
                    + environment.requires().get(0) + " -Dversion=" + target.version
                    + ") or override with -Drelease-process.force"
                    + " -Drelease-process.reason=\"why\"");
        }
        requireReason(request, "promote " + target.version + " to " + environment.id()
                + " without " + String.join(", ", environment.requires()));
        reporter.warn("Forced: " + target.version + " goes to " + environment.id()
                + " although it did not run in " + String.join(", ", missing) + "; reason: "
                + request.reason().get());
        return true;
    }

    private boolean checkRollbackTarget(Environment environment, DeploymentHistory history,
            Optional<LedgerRecord> rollbackTo, DeployRequest request) {
        if (rollbackTo.isPresent() || environment.requires().isEmpty()
                || history.current(environment.id()).isEmpty()) {
            return false;
        }
        if (!request.force()) {
            throw new RefusalException(environment.id() + " has no earlier good version to roll"
                    + " back to if this deployment fails; deploy anyway with"
                    + " -Drelease-process.force -Drelease-process.reason=\"why\"");
        }
        requireReason(request, "deploy to " + environment.id() + " without a rollback target");
        return true;
    }

    /**
     * Refuses while a deployment of the environment has no outcome; with {@code force} and a
     * reason, gives the record that closes it as failed (its process died: nothing else would
     * ever close it). The decision is then made as if that record were in the ledger.
     */
    private Optional<LedgerRecord> closing(Environment environment, DeploymentHistory history,
            DeployRequest request, String goal, String user) {
        Optional<LedgerRecord> unfinished = history.unfinished(environment.id());
        if (unfinished.isEmpty()) {
            return Optional.empty();
        }
        LedgerRecord r = unfinished.get();
        String what = "A " + r.action().id() + " of " + r.version() + " to " + environment.id()
                + " started at " + r.time() + " by " + r.user() + " has no outcome yet";
        if (!request.force()) {
            throw new RefusalException(what + "; wait for it, or if that process died, record"
                    + " it as failed and go on with: mvn release-process:" + goal
                    + " -Denvironment=" + environment.id() + " -Drelease-process.force"
                    + " -Drelease-process.reason=\"why\"");
        }
        requireReason(request, "close the " + r.action().id() + " of " + r.version() + " that"
                + " has no outcome");
        return Optional.of(r.finished(Outcome.FAILED, clock.instant(), Optional.empty(),
                "abandoned: no outcome was recorded, so the process that ran it stopped; closed"
                        + " by " + user + ": " + request.reason().get()));
    }

    /**
     * Records the closing record, if any, on {@code tip}.
     *
     * @return the tip to record the next decision on
     * @throws LedgerConflictException when another writer recorded first
     */
    private Optional<String> close(Optional<LedgerRecord> closing, Optional<String> tip)
            throws IOException {
        if (closing.isEmpty()) {
            return tip;
        }
        String newTip = ledger.appendIfUnchanged(closing.get(), tip);
        LedgerRecord r = closing.get();
        reporter.warn("Recorded the " + r.action().id() + " of " + r.version() + " to "
                + r.environment() + " that had no outcome as failed (" + r.message() + ")");
        return Optional.of(newTip);
    }

    /**
     * The sources a ledger record names, as its release tag says today: the record's commit
     * must be the one the tag points at, and the tag must be the one of the record's version,
     * so a forged or outdated record cannot deploy other sources under a released name.
     */
    private Target verified(LedgerRecord record) throws IOException {
        if (record.tag().isEmpty()) {
            return Target.of(record);
        }
        String tag = record.tag().get();
        Optional<Version> tagged = settings.tagFormat().versionOf(tag);
        if (tagged.isPresent() && !tagged.get().toString().equals(record.version())) {
            throw new RefusalException("The ledger records " + record.version() + " in "
                    + record.environment() + " with the tag " + tag + ", which is the tag of "
                    + tagged.get() + "; that record cannot be trusted: roll back to another"
                    + " version with -Dversion=X.Y.Z, or repair the ledger");
        }
        Optional<String> commit;
        try (GitRepository repository = GitRepository.open(settings.projectDir())) {
            commit = repository.tagCommit(tag);
        }
        if (commit.isEmpty()) {
            throw new RefusalException("The tag " + tag + " of " + record.version() + " is not in"
                    + " this repository; fetch the tags (git fetch --tags) and run again");
        }
        if (!commit.get().equals(record.commit())) {
            throw new RefusalException("The ledger records " + record.version() + " in "
                    + record.environment() + " as commit " + abbreviate(record.commit())
                    + ", but the tag " + tag + " points at " + abbreviate(commit.get())
                    + "; that record cannot be trusted (the tag was moved, or the record"
                    + " forged): roll back to another version with -Dversion=X.Y.Z, or repair"
                    + " the ledger");
        }
        return new Target(record.version(), record.tag(), commit.get());
    }

    private static String abbreviate(String commit) {
        return commit.substring(0, Math.min(10, commit.length()));
    }

    private static void requireReason(DeployRequest request, String what) {
        if (request.reason().isEmpty()) {
            throw new RefusalException("-Drelease-process.force needs a reason to " + what
                    + "; add -Drelease-process.reason=\"why\", which the ledger records");
        }
    }

    private Attempt redeploy(Environment environment, Target target, Action action, String user,
            Optional<String> reason) throws IOException {
        LedgerRecord plan = new LedgerRecord(environment.id(), action, Outcome.PLANNED,
                target.version, target.tag, target.commit, clock.instant(), user, false, reason,
                Optional.empty(), Optional.empty(), Optional.empty(), action.id() + " started")
                .withComponent(settings.component());
        ledger.append(plan);
        Attempt result = runRecordingCrashes(plan, environment, target, action);
        ledger.append(plan.finished(result.outcome, clock.instant(), result.health,
                result.message));
        return result;
    }

    /**
     * Runs a planned deployment; when something breaks on the way (I/O, a bug), the plan gets a
     * {@code failed} outcome before the error goes on, so the environment is not left looking
     * busy for the next deployment.
     */
    private Attempt runRecordingCrashes(LedgerRecord plan, Environment environment,
            Target target, Action action) throws IOException {
        try {
            return run(environment, target, action);
        } catch (IOException | RuntimeException e) {
            try {
                ledger.append(plan.finished(Outcome.FAILED, clock.instant(), Optional.empty(),
                        "stopped by an error: " + e.getMessage()));
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Exports the sources, runs the deployment build, health-checks and monitors. */
    private Attempt run(Environment environment, Target target, Action action)
            throws IOException {
        Path workDir = settings.workDir().toAbsolutePath().normalize();
        Path copy = workDir.resolve(environment.id() + "-" + target.version).normalize();
        if (Version.tryParse(target.version).isEmpty() || !workDir.equals(copy.getParent())) {
            throw new RefusalException("Version '" + target.version + "' of " + environment.id()
                    + " is no name for a working copy under " + workDir + "; nothing was"
                    + " deployed");
        }
        Path pom;
        try (GitRepository repository = GitRepository.open(settings.projectDir())) {
            Path relative = repository.workTree().toAbsolutePath().normalize()
                    .relativize(settings.projectDir().toAbsolutePath().normalize());
            GitSourceExport.export(settings.projectDir(), target.commit, copy);
            pom = copy.resolve(relative).resolve("pom.xml");
        }
        reporter.info("Checked out " + target.describe() + " into " + copy);
        Map<String, String> properties = new LinkedHashMap<>(environment.properties());
        properties.put(ENVIRONMENT_PROPERTY, environment.id());
        properties.put(VERSION_PROPERTY, target.version);
        BuildInvocation invocation = new BuildInvocation(pom, environment.goals(),
                environment.profiles(), properties, environment.timeout());
        SecretMasker masker = SecretMasker.withProcessEnvironment(properties,
                invocation.environment());
        String prefix = "[" + (action == Action.DEPLOY ? "deploy" : "rollback") + " "
                + environment.id() + "] ";
        reporter.info("Running " + invocation.describe(masker));
        BuildResult build = runner.run(invocation, line -> reporter.info(prefix
                + masker.mask(line)));
        if (!build.isSuccess()) {
            String why = build.failure().orElse(build.timedOut()
                    ? "the deployment build ran longer than "
                            + Durations.format(environment.timeout())
                            + " and was stopped"
                    : "the deployment build failed (exit code " + build.exitCode() + "; its log is"
                            + " above, prefixed " + prefix.trim() + ")");
            return new Attempt(Outcome.FAILED, Optional.empty(), why);
        }
        if (environment.healthCheck().isEmpty() && environment.monitor().isEmpty()) {
            return new Attempt(Outcome.SUCCEEDED, Optional.empty(), verb(action) + " "
                    + target.version + " to " + environment.id() + " (no health check configured)");
        }
        java.time.Instant deployedAt = clock.instant();
        Optional<HealthCheck> spec = environment.healthCheck();
        Optional<java.net.URI> uri = spec.map(h -> h.resolve(target.version, environment.id()));
        HealthReport health = uri.isPresent() ? checker.check(uri.get(), spec.get())
                : HealthReport.notChecked();
        if (health.healthy() && environment.monitor().isPresent()) {
            HealthReport watched = checker.monitor(uri, spec, environment.monitor().get(),
                    target.version, deployedAt);
            health = uri.isEmpty() ? watched : new HealthReport(watched.healthy(),
                    health.checks() + watched.checks(), health.failures() + watched.failures(),
                    watched.p50Millis().or(health::p50Millis),
                    watched.p95Millis().or(health::p95Millis), watched.message(),
                    watched.prometheus());
        }
        if (!health.healthy()) {
            return new Attempt(Outcome.UNHEALTHY, Optional.of(health), target.version + " is"
                    + " unhealthy in " + environment.id() + ": " + health.message());
        }
        return new Attempt(Outcome.SUCCEEDED, Optional.of(health), verb(action) + " "
                + target.version + " to " + environment.id() + ": healthy (" + health.figures()
                + ")");
    }

    private LedgerRecord record(LedgerRecord record) throws IOException {
        ledger.append(record);
        return record;
    }

    private static String verb(Action action) {
        return action == Action.DEPLOY ? "Deployed" : "Rolled back";
    }

    private Target resolve(Environment environment, Optional<String> requested)
            throws IOException {
        try (GitRepository repository = GitRepository.open(settings.projectDir())) {
            if (environment.source() == Environment.Source.HEAD) {
                String version = requested.or(settings::projectVersion).orElseThrow(() ->
                        new RefusalException("Environment " + environment.id() + " deploys HEAD"
                                + " but there is no POM version; run it in the project folder or"
                                + " pass -Dversion=…"));
                return new Target(version, Optional.empty(), repository.headCommitId());
            }
            List<ReleaseTag> tags = repository.releaseTags(settings.tagFormat(), reporter);
            if (requested.isEmpty()) {
                ReleaseTag latest = tags.stream().filter(t -> !t.version().isPrerelease())
                        .findFirst().or(() -> tags.stream().findFirst())
                        .orElseThrow(() -> new RefusalException("There is no release tag in"
                                + " tagFormat " + settings.tagFormat().pattern() + " to deploy;"
                                + " release first (mvn release-process:prepare) or fetch the"
                                + " tags (git fetch --tags)"));
                return new Target(latest.version().toString(), Optional.of(latest.name()),
                        latest.commitId());
            }
            Version version = Version.tryParse(requested.get()).orElseThrow(() ->
                    new RefusalException("-Dversion=" + io.github.releaseprocess.semver
                            .VersionParseException.abbreviate(requested.get()) + " is not a Semantic"
                            + " Version; name a released version such as 1.4.0"));
            return tags.stream().filter(t -> t.version().equals(version)).findFirst()
                    .map(t -> new Target(version.toString(), Optional.of(t.name()),
                            t.commitId()))
                    .orElseThrow(() -> new RefusalException("There is no release tag "
                            + settings.tagFormat().tagFor(version) + " for -Dversion=" + version
                            + "; released: " + (tags.isEmpty() ? "nothing yet"
                                    : String.join(", ", tags.stream().limit(5)
                                            .map(ReleaseTag::name).toList()))
                            + " (fetch tags with git fetch --tags)"));
        }
    }

    /** What is deployed: the version and its sources. */
    private record Target(String version, Optional<String> tag, String commit) {

        static Target of(LedgerRecord record) {
            return new Target(record.version(), record.tag(), record.commit());
        }

        String describe() {
            return version + " (" + tag.map(t -> t + ", ").orElse("HEAD, ")
                    + commit.substring(0, Math.min(7, commit.length())) + ")";
        }
    }

    /** How one run went. */
    private record Attempt(Outcome outcome, Optional<HealthReport> health, String message) {

        String summary() {
            return health.map(HealthReport::figures).map(f -> "healthy: " + f)
                    .orElse("no health check");
        }
    }
}
