package io.github.releaseprocess.publish;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.deploy.LedgerRecord;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code publish} goal: publishes a released version (default: the latest release tag) from
 * its tag, with the ledger as its memory. A publication that stopped is taken up again from its
 * last {@code publish} record: a Central deployment is polled by id instead of being uploaded
 * again; the files that reached a file or HTTP repository are not uploaded again.
 */
public final class TagPublisher {

    /** The command that resumes a publication. */
    public static final String RESUME = "mvn release-process:publish -Drelease-process.version=";

    private final Publisher publisher;
    private final GitLedger ledger;
    private final Reporter reporter;
    private final Clock clock;

    public TagPublisher(Publisher publisher, GitLedger ledger, Reporter reporter, Clock clock) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.reporter = reporter;
        this.clock = clock;
    }

    /**
     * Publishes the version.
     *
     * @param requested the version, or empty for the latest release tag
     * @param force publish again although the ledger says it was published
     * @return the outcome record
     */
    public LedgerRecord publish(PublishRequest request, TagFormat format,
            Optional<String> requested, boolean force) throws IOException {
        return publish(request, format, Optional.empty(), requested, force);
    }

    /**
     * Publishes a version of one component of a monorepo ({@code -Drelease-process.component}):
     * its records carry the component, and only its own earlier records count (another component
     * may have released the same version number).
     *
     * @param format the component's tag format
     * @param component the component's id; empty for a project released as one version
     */
    public LedgerRecord publish(PublishRequest request, TagFormat format,
            Optional<String> component, Optional<String> requested, boolean force)
            throws IOException {
        ReleaseTag tag = resolve(request, format, requested);
        String version = tag.version().toString();
        String target = request.repository().map(RemoteRepository::id).orElse("central");
        Optional<LedgerRecord> last = ledger.read().forComponent(component).history()
                .publications().stream()
                .filter(r -> r.version().equals(version))
                .filter(r -> r.environment().equals(target) || r.environment().equals("central"))
                .reduce((a, b) -> b);
        Optional<CentralDeployment> central = last.flatMap(LedgerRecord::publication)
                .flatMap(p -> p.deploymentId().map(id -> new CentralDeployment(id,
                        p.deploymentState().orElse("UPLOADED"), Optional.of(p.repositoryUrl())
                                .filter(u -> !u.isEmpty()), List.of())))
                .filter(d -> !d.isFailed());
        if (last.isPresent() && !force) {
            LedgerRecord r = last.get();
            if (r.outcome() == Outcome.SUCCEEDED && central.map(d -> d.isPublished()
                    || request.centralWait() != CentralWait.PUBLISHED).orElse(true)) {
                reporter.info(component.map(c -> c + " ").orElse("") + version
                        + " was published to " + r.environment() + " at "
                        + r.time() + " (" + r.message() + "); nothing to do (publish it again"
                        + " with -Drelease-process.force)");
                return r;
            }
        }
        LedgerRecord plan = new LedgerRecord(central.isPresent() ? "central" : target,
                LedgerRecord.Action.PUBLISH, Outcome.PLANNED, version, Optional.of(tag.name()),
                tag.commitId(), clock.instant(), ledger.currentUser(), force, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "publication started",
                Optional.empty(), Optional.empty()).withComponent(component);
        ledger.append(plan);
        Set<String> uploaded = new LinkedHashSet<>(force ? List.of() : last
                .flatMap(LedgerRecord::publication).map(LedgerRecord.Publication::files)
                .orElse(List.of()));
        List<String> reached = new ArrayList<>(uploaded);
        Optional<CentralDeployment>[] seen = new Optional[] {central};
        PublishProgress progress = new PublishProgress() {
            @Override
            public void uploaded(String path) {
                reached.add(path);
            }

            @Override
            public void central(CentralDeployment deployment) {
                seen[0] = Optional.of(deployment);
                reporter.info("Central deployment " + deployment.id() + ": "
                        + deployment.state());
            }
        };
        try {
            if (seen[0].isPresent() && !force) {
                reporter.info("Central deployment " + seen[0].get().id() + " of " + version
                        + " is on the Portal (" + seen[0].get().state() + "); waiting for it"
                        + " instead of uploading again");
            } else {
                Publisher.Built built = resumable(request, version, uploaded);
                if (built == null) {
                    if (!uploaded.isEmpty()) {
                        reporter.warn("The files staged for " + version + " are gone: building"
                                + " it again and uploading all its files again (a file or HTTP"
                                + " repository takes them again; the " + uploaded.size()
                                + " that reached it before are replaced, so that signatures"
                                + " and jars match)");
                        uploaded.clear();
                        reached.clear();
                    }
                    built = publisher.build(request, version, tag.commitId(), progress);
                }
                seen[0] = built.central();
                if (seen[0].isEmpty()) {
                    publisher.upload(request, version, built.staged(), uploaded, progress,
                            RESUME + version);
                }
            }
            if (seen[0].isPresent() && request.centralWait() != CentralWait.NONE) {
                seen[0] = Optional.of(publisher.awaitCentral(request, seen[0].get(),
                        request.centralWait()));
            }
        } catch (RuntimeException | IOException e) {
            try {
                ledger.append(plan.published(Outcome.FAILED, clock.instant(),
                        String.valueOf(e.getMessage()),
                        publication(request, reached, seen[0])));
            } catch (RuntimeException | IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof PublishFailedException failed) {
                String message = failed.getMessage();
                throw new PublishFailedException(Character.toUpperCase(message.charAt(0))
                        + message.substring(1), failed.reachedServer(), e);
            }
            throw e;
        }
        String message = seen[0].map(d -> "Central deployment " + d.id() + " is " + d.state())
                .orElse("uploaded " + reached.size() + " files to " + target);
        LedgerRecord done = plan.published(Outcome.SUCCEEDED, clock.instant(), message,
                publication(request, reached, seen[0]));
        ledger.append(done);
        reporter.info("Published " + component.map(c -> c + " ").orElse("") + version + ": "
                + message);
        return done;
    }

    /**
     * The files a publication that stopped halfway staged, when they are still there and all
     * belong to this version: resume uploads the missing ones without building again.
     */
    private Publisher.Built resumable(PublishRequest request, String version,
            Set<String> uploaded) throws IOException {
        if (uploaded.isEmpty()) {
            return null;
        }
        StagedFiles staged = StagedFiles.of(request.stagingDir());
        if (!staged.resumes(version, uploaded)) {
            return null;
        }
        reporter.info("Resuming the upload of " + version + " with the " + staged.paths().size()
                + " files staged in " + request.stagingDir() + ": " + uploaded.size()
                + " reached the repository before");
        return new Publisher.Built(staged, Optional.empty());
    }

    private static Optional<LedgerRecord.Publication> publication(PublishRequest request,
            List<String> files, Optional<CentralDeployment> central) {
        return Optional.of(new LedgerRecord.Publication(central.flatMap(
                CentralDeployment::portalUrl).orElse(request.repository()
                        .map(RemoteRepository::display).orElse("")), files,
                central.map(CentralDeployment::id), central.map(CentralDeployment::state)));
    }

    private ReleaseTag resolve(PublishRequest request, TagFormat format,
            Optional<String> requested) throws IOException {
        try (GitRepository repository = GitRepository.open(request.projectDir())) {
            List<ReleaseTag> tags = repository.releaseTags(format, reporter);
            if (requested.isEmpty() || requested.get().isBlank()) {
                return tags.stream().filter(t -> !t.version().isPrerelease()).findFirst()
                        .or(() -> tags.stream().findFirst())
                        .orElseThrow(() -> new RefusalException("There is no release tag in"
                                + " tagFormat " + format.pattern() + " to publish; release first"
                                + " (mvn release-process:prepare) or fetch the tags (git fetch"
                                + " --tags)"));
            }
            Version version = Version.tryParse(requested.get().trim()).orElseThrow(() ->
                    new RefusalException("-Drelease-process.version=" + requested.get()
                            + " is not a Semantic Version; name a released version such as"
                            + " 1.4.0"));
            return tags.stream().filter(t -> t.version().equals(version)).findFirst()
                    .orElseThrow(() -> new RefusalException("There is no release tag "
                            + format.tagFor(version) + " for version " + version
                            + "; fetch the tags (git fetch --tags) or release it first"));
        }
    }
}
