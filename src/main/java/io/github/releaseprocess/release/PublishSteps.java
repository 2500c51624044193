package io.github.releaseprocess.release;

import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.LedgerRecord;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import io.github.releaseprocess.publish.CentralDeployment;
import io.github.releaseprocess.publish.CentralWait;
import io.github.releaseprocess.publish.PublishFailedException;
import io.github.releaseprocess.publish.PublishProgress;
import io.github.releaseprocess.publish.PublishRequest;
import io.github.releaseprocess.publish.Publisher;
import io.github.releaseprocess.publish.RemoteRepository;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@code publish} and {@code central-published} steps of a release do. Everything
 * that reaches a server is noted in the journal the moment it is known (each uploaded file, the
 * Central deployment id and state), and in the ledger as a {@code publish} record, so that a
 * stopped release is resumed from there: files that reached the repository are not uploaded
 * again, a Central deployment is polled by its id instead of being uploaded again.
 */
final class PublishSteps {

    /** The command that finishes a release that stopped after something reached a server. */
    static final String RESUME = "mvn release-process:prepare -Drelease-process.resume"
            + " -Drelease-process.publish";

    private static final String BUILT = "built";
    private static final String UPLOADED = "uploaded";
    private static final String REPOSITORY = "repository";
    private static final String LEDGER = "ledger";
    private static final String CENTRAL_ID = "central.id";
    private static final String CENTRAL_STATE = "central.state";
    private static final String CENTRAL_PORTAL = "central.portal";

    private PublishSteps() {
    }

    static String describe(ReleaseRun run) {
        PublishRequest request = run.request.publish().orElseThrow();
        String source = request.from() == PublishRequest.Source.TAG
                ? "build " + run.tag + " in a clean copy under " + request.workDir().getFileName()
                        + "/ (mvn " + String.join(" ", request.goals())
                        + (request.profiles().isEmpty() ? "" : " -P"
                                + String.join(",", request.profiles())) + ")"
                : "take what the test build staged";
        if (request.centralPlugin()) {
            return source + ", central-publishing-maven-plugin uploads to the Central Portal"
                    + (request.centralWait() == CentralWait.NONE ? ""
                            : "; the deployment is awaited until VALIDATED");
        }
        return source + ", stage in " + request.stagingDir().getFileName() + "/, upload to "
                + request.repository().map(RemoteRepository::toString).orElse("(no repository)");
    }

    /**
     * What the dry run and the gates check before anything is tagged: that there is somewhere
     * to publish to, and a test build to take the artifacts from when {@code publishFrom} says so.
     *
     * @throws io.github.releaseprocess.core.RefusalException naming the fix
     */
    static void check(ReleaseRun run) {
        PublishRequest request = run.request.publish().orElseThrow();
        if (request.repository().isEmpty() && !request.centralPlugin()) {
            throw new io.github.releaseprocess.core.RefusalException("there is no repository to"
                    + " publish " + run.version + " to: add <distributionManagement><repository>"
                    + " to the POM, set -Drelease-process.publishRepository=id::url, or use"
                    + " central-publishing-maven-plugin");
        }
        if (request.from() == PublishRequest.Source.TEST_BUILD
                && run.request.testGoals().isEmpty()) {
            throw new io.github.releaseprocess.core.RefusalException("publishFrom=test-build"
                    + " needs a test build, and <gates><tests> is empty; set publishFrom=tag");
        }
    }

    /** The publish step. */
    static void publish(ReleaseRun run, ReleaseStep step) throws IOException {
        PublishRequest request = request(run);
        ReleaseJournal journal = run.journal();
        String version = run.version.toString();
        String commit = journal.refAfter(ReleaseSteps.RELEASE_COMMIT, run.movedRef())
                .orElseThrow(() -> new IllegalStateException("no release commit recorded"));
        Publisher publisher = publisher(run, request);
        JournalProgress progress = new JournalProgress(run, step.id());
        String target = request.repository().map(RemoteRepository::id).orElse("central");
        if (!journal.notes(step.id()).containsKey(LEDGER)) {
            record(run, commit, target, Outcome.PLANNED, "publication started", Optional.empty());
            journal.note(step.id(), LEDGER, "planned");
        }
        try {
            Optional<CentralDeployment> central = central(journal.notes(step.id()));
            if (central.isEmpty()) {
                Publisher.Built built = null;
                if (journal.notes(step.id()).containsKey(BUILT)) {
                    Publisher.Built staged = publisher.stagedNow(request);
                    Set<String> reached = uploaded(journal.notes(step.id()));
                    if (staged.staged().resumes(version, reached)) {
                        built = staged;
                    } else if (!reached.isEmpty()) {
                        run.reporter.warn("The files staged for " + version + " are gone:"
                                + " building it again and uploading all its files again (a file"
                                + " or HTTP repository takes them again; the " + reached.size()
                                + " that reached it before are replaced, so that signatures and"
                                + " jars match)");
                        journal.note(step.id(), UPLOADED, "");
                    }
                }
                boolean again = built == null && journal.notes(step.id()).containsKey(BUILT);
                if (built == null && request.from() == PublishRequest.Source.TEST_BUILD
                        && !again) {
                    checkSourcesAreTheTag(run);
                    built = publisher.stagedByTestBuild(request, version);
                } else if (built == null) {
                    // From the tag; also when what the test build staged is gone on resume.
                    built = publisher.build(request, version, commit, progress);
                }
                journal.note(step.id(), BUILT, "true");
                central = built.central();
                if (central.isEmpty()) {
                    publisher.upload(request, version, built.staged(),
                            uploaded(journal.notes(step.id())), progress, RESUME);
                }
            }
            if (central.isPresent() && request.centralWait() != CentralWait.NONE) {
                progress.central(publisher.awaitCentral(request, central.get(),
                        CentralWait.VALIDATED));
            }
            Map<String, String> notes = journal.notes(step.id());
            record(run, commit, central.isPresent() ? "central" : target, Outcome.SUCCEEDED,
                    central.map(d -> "Central deployment " + d.id() + " is "
                            + notes.get(CENTRAL_STATE)).orElse("uploaded "
                                    + uploaded(notes).size() + " files"),
                    publication(request, notes));
        } catch (RuntimeException | IOException e) {
            if (e instanceof PublishFailedException failed && failed.reachedServer()) {
                journal.note(step.id(), ReleaseJournal.REACHED, "maybe");
            }
            try {
                record(run, commit, target, Outcome.FAILED, Releaser.reason(e),
                        publication(request, journal.notes(step.id())));
            } catch (RuntimeException | IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The central-published step: after the push, publish the deployment and wait for it. */
    static void awaitPublished(ReleaseRun run) throws IOException {
        PublishRequest request = request(run);
        Map<String, String> notes = run.journal().notes(ReleaseSteps.PUBLISH);
        Optional<CentralDeployment> central = central(notes);
        if (central.isEmpty()) {
            run.reporter.info("No Central deployment to wait for: " + run.version
                    + " went to " + request.repository().map(RemoteRepository::id).orElse("?"));
            return;
        }
        CentralDeployment published = publisher(run, request).awaitCentral(request,
                central.get(), CentralWait.PUBLISHED);
        new JournalProgress(run, ReleaseSteps.PUBLISH).central(published);
        String commit = run.journal().refAfter(ReleaseSteps.RELEASE_COMMIT, run.movedRef())
                .orElseThrow();
        record(run, commit, "central", Outcome.SUCCEEDED, "Central deployment "
                + published.id() + " is PUBLISHED", publication(request,
                        run.journal().notes(ReleaseSteps.PUBLISH)));
    }

    /** Says, on undo, what reached a server and stays there. */
    static void warnWhatStays(ReleaseRun run) {
        Map<String, String> notes = run.journal().notes(ReleaseSteps.PUBLISH);
        Optional<CentralDeployment> central = central(notes);
        if (central.isPresent()) {
            run.reporter.warn("Central deployment " + central.get().id() + " of " + run.version
                    + " (" + central.get().state() + ") stays on the Portal: a remote step"
                    + " cannot be undone. " + (central.get().isPublished()
                            ? "It is published and stays so; release the next version."
                            : "Drop it on the Portal's deployments page."));
        } else if (!uploaded(notes).isEmpty()) {
            List<String> files = new ArrayList<>(uploaded(notes));
            String repository = notes.getOrDefault(REPOSITORY, "the repository");
            String folder = files.get(0).contains("/")
                    ? files.get(0).substring(0, files.get(0).lastIndexOf('/') + 1) : "";
            run.reporter.warn(files.size() + " files of " + run.version + " stay in "
                    + repository + ": a remote step cannot be undone; delete " + folder
                    + " there by hand if the version must not exist");
        } else if (notes.containsKey(ReleaseJournal.REACHED)) {
            run.reporter.warn("Publishing " + run.version + " may have reached the server; look"
                    + " there and remove what is left by hand");
        }
    }

    private static PublishRequest request(ReleaseRun run) {
        PublishRequest request = run.request.publish().orElseThrow();
        if (run.lock() != null) {
            request = request.withEnvironment(Map.of(ReleaseLock.TOKEN_VARIABLE,
                    run.lock().token()));
        }
        return request;
    }

    private static Publisher publisher(ReleaseRun run, PublishRequest request) {
        // Every 10 s, or more often when the whole wait is short.
        Duration interval = request.centralTimeout().dividedBy(10);
        if (interval.compareTo(Duration.ofSeconds(10)) > 0) {
            interval = Duration.ofSeconds(10);
        }
        return new Publisher(run.builds, run.reporter, interval);
    }

    /**
     * {@code publishFrom=test-build}: what the test build staged is published only when the
     * sources it built are the tag's tree, with nothing uncommitted or untracked beside them.
     */
    private static void checkSourcesAreTheTag(ReleaseRun run) throws IOException {
        List<String> changes = run.repository.writer().uncommittedChanges(true);
        Optional<String> tagged = run.repository.tagCommit(run.tag);
        if (!changes.isEmpty() || !tagged.map(run.repository.headCommitId()::equals)
                .orElse(false)) {
            throw new PublishFailedException("publishFrom=test-build: the sources the test build"
                    + " staged from are not the tree of " + run.tag + " (" + (changes.isEmpty()
                            ? "HEAD is not the tagged commit"
                            : "uncommitted or untracked: " + String.join(", ",
                                    changes.stream().limit(5).toList()))
                    + "); nothing left the machine. Use publishFrom=tag, which builds the tag in"
                    + " a clean copy", false, null);
        }
    }

    private static Optional<CentralDeployment> central(Map<String, String> notes) {
        String id = notes.get(CENTRAL_ID);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new CentralDeployment(id, notes.getOrDefault(CENTRAL_STATE,
                "UPLOADED"), Optional.ofNullable(notes.get(CENTRAL_PORTAL)), List.of()));
    }

    private static Set<String> uploaded(Map<String, String> notes) {
        String list = notes.get(UPLOADED);
        return list == null || list.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(list.split("\n")));
    }

    private static Optional<LedgerRecord.Publication> publication(PublishRequest request,
            Map<String, String> notes) {
        Optional<CentralDeployment> central = central(notes);
        return Optional.of(new LedgerRecord.Publication(central.flatMap(
                CentralDeployment::portalUrl).orElse(request.repository()
                        .map(RemoteRepository::display).orElse("")),
                List.copyOf(uploaded(notes)), central.map(CentralDeployment::id),
                central.map(CentralDeployment::state)));
    }

    private static void record(ReleaseRun run, String commit, String target, Outcome outcome,
            String message, Optional<LedgerRecord.Publication> publication) throws IOException {
        String environment = target.replaceAll("[^A-Za-z0-9._-]", "-");
        if (environment.isEmpty() || !Character.isLetterOrDigit(environment.charAt(0))) {
            environment = "repository" + environment;
        }
        try (GitLedger ledger = GitLedger.open(run.request.rootDirectory())) {
            ledger.append(new LedgerRecord(environment, LedgerRecord.Action.PUBLISH, outcome,
                    run.version.toString(), Optional.of(run.tag), commit, Instant.now(),
                    ledger.currentUser(), false, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), message, publication,
                    Optional.empty()));
        }
    }

    /** Notes each thing that reached a server in the journal, as it happens. */
    private static final class JournalProgress implements PublishProgress {
        private final ReleaseRun run;
        private final String stepId;

        JournalProgress(ReleaseRun run, String stepId) {
            this.run = run;
            this.stepId = stepId;
        }

        @Override
        public void uploading(RemoteRepository repository) throws IOException {
            run.journal().note(stepId, REPOSITORY, repository.toString());
        }

        @Override
        public void uploaded(String path) throws IOException {
            String before = run.journal().notes(stepId).get(UPLOADED);
            run.journal().note(stepId, UPLOADED, before == null ? path : before + "\n" + path);
            run.journal().note(stepId, ReleaseJournal.REACHED, "files");
        }

        @Override
        public void central(CentralDeployment deployment) throws IOException {
            run.journal().note(stepId, CENTRAL_ID, deployment.id());
            run.journal().note(stepId, CENTRAL_STATE, deployment.state());
            if (deployment.portalUrl().isPresent()) {
                run.journal().note(stepId, CENTRAL_PORTAL, deployment.portalUrl().get());
            }
            run.journal().note(stepId, ReleaseJournal.REACHED, "central");
            run.reporter.info("Central deployment " + deployment.id() + ": "
                    + deployment.state());
        }
    }
}
