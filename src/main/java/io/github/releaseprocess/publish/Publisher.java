package io.github.releaseprocess.publish;

import io.github.releaseprocess.build.BuildInvocation;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitSourceExport;
import io.github.releaseprocess.history.GitRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes the artifacts of a release in three parts that the release runs as separate steps:
 * {@link #build} (the exact tagged sources, exported into a clean working copy, built with the
 * publish goals and profiles into the local staging repository: nothing leaves the machine, unless
 * central-publishing-maven-plugin uploads its bundle, whose deployment id is read from its
 * output), {@link #upload} (the staged files to a file or HTTP repository, metadata last) and
 * {@link #awaitCentral} (the Portal's state, polled by deployment id).
 */
public final class Publisher {

    /** The prefix of the publish build's lines in the log. */
    public static final String LOG_PREFIX = "[publish] ";

    private final BuildRunner runner;
    private final Reporter reporter;
    private final RepositoryUploader uploader = new RepositoryUploader();
    private final Duration pollInterval;

    public Publisher(BuildRunner runner, Reporter reporter) {
        this(runner, reporter, PortalClient.POLL_INTERVAL);
    }

    /** A publisher that polls the Portal at another pace (tests). */
    public Publisher(BuildRunner runner, Reporter reporter, Duration pollInterval) {
        this.runner = runner;
        this.reporter = reporter;
        this.pollInterval = pollInterval;
    }

    /** What a publish build left: the staged files, or the Central deployment it uploaded. */
    public record Built(StagedFiles staged, Optional<CentralDeployment> central) {
    }

    /** The working copy the publish build of a version runs in. */
    public static Path workingCopy(PublishRequest request, String version) {
        return request.workDir().toAbsolutePath().normalize().resolve("publish-" + version);
    }

    /** The publish build as the runner starts it. */
    public static BuildInvocation invocation(PublishRequest request, Path pom, String version) {
        Map<String, String> properties = new LinkedHashMap<>(request.properties());
        Map.Entry<String, String> staging = request.stagingProperty();
        properties.put(staging.getKey(), staging.getValue());
        // A POM that sets altReleaseDeploymentRepository would win over the staging repository.
        properties.put("altReleaseDeploymentRepository", staging.getValue());
        properties.put("release-process.version", version);
        return new BuildInvocation(pom, request.goals(), request.profiles(), properties,
                request.buildTimeout(), request.environment(), List.of());
    }

    /**
     * Exports {@code commit} into a clean working copy under {@code workDir} and runs the publish
     * build there.
     *
     * @throws PublishFailedException when the build failed; it says whether anything may have
     *     reached a server (only central-publishing-maven-plugin uploads during the build)
     */
    public Built build(PublishRequest request, String version, String commit,
            PublishProgress progress) throws IOException {
        Path copy = workingCopy(request, version);
        if (!copy.getParent().equals(request.workDir().toAbsolutePath().normalize())) {
            throw new RefusalException("Version '" + version + "' is no name for a working copy");
        }
        Path pom;
        try (GitRepository repository = GitRepository.open(request.projectDir())) {
            Path relative = repository.workTree().toAbsolutePath().normalize()
                    .relativize(request.projectDir().toAbsolutePath().normalize());
            GitSourceExport.export(request.projectDir(), commit, copy);
            pom = copy.resolve(relative).resolve("pom.xml");
        }
        reporter.info("Checked out " + commit.substring(0, Math.min(10, commit.length()))
                + " into " + copy);
        clean(request.stagingDir());
        BuildInvocation invocation = invocation(request, pom, version);
        SecretMasker masker = SecretMasker.withProcessEnvironment(invocation.properties(),
                invocation.environment());
        reporter.info("Publish build of " + version + ": " + invocation.describe(masker));
        CentralOutput central = new CentralOutput();
        BuildResult result;
        try {
            result = runner.run(invocation, line -> {
                reporter.info(LOG_PREFIX + masker.mask(line));
                Optional<CentralDeployment> seen = central.read(line);
                if (seen.isPresent()) {
                    try {
                        progress.central(seen.get());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!result.isSuccess()) {
            String how = result.failure().orElse(result.timedOut() ? "it ran longer than "
                    + request.buildTimeout().toMinutes() + " minutes and was stopped"
                    : "mvn " + String.join(" ", request.goals()) + " exited with "
                            + result.exitCode());
            throw buildFailure(version, how, central);
        }
        return built(request, version, central);
    }

    /**
     * What the release's test build staged, when it ran with the publish goals
     * ({@code publishFrom=test-build}).
     */
    public Built stagedByTestBuild(PublishRequest request, String version) throws IOException {
        return built(request, version, new CentralOutput());
    }

    /** What the staging folder holds now (a resumed publication), possibly nothing. */
    public Built stagedNow(PublishRequest request) throws IOException {
        return new Built(StagedFiles.of(request.stagingDir()), Optional.empty());
    }

    private Built built(PublishRequest request, String version, CentralOutput central)
            throws IOException {
        StagedFiles staged = StagedFiles.of(request.stagingDir());
        if (central.deployment().isPresent()) {
            return new Built(staged, central.deployment());
        }
        if (staged.isEmpty()) {
            throw new PublishFailedException("The publish build of " + version + " staged"
                    + " nothing into " + request.stagingDir() + ": its goals ("
                    + String.join(" ", request.goals()) + ") must run maven-deploy-plugin, which"
                    + " -DaltDeploymentRepository sends there; nothing left the machine", false,
                    null);
        }
        reporter.info("Staged " + staged.paths().size() + " files of " + version + " in "
                + request.stagingDir());
        return new Built(staged, Optional.empty());
    }

    private static PublishFailedException buildFailure(String version, String how,
            CentralOutput central) {
        String start = "the publish build of " + version + " failed (" + how
                + "; its output is above, prefixed " + LOG_PREFIX.trim() + ")";
        if (central.deployment().isPresent()) {
            CentralDeployment d = central.deployment().get();
            return new PublishFailedException(start + "; the Central Portal has deployment "
                    + d.id() + " of it (" + d.state() + "): it is not published; drop it on the"
                    + " Portal's deployments page, or publish it there if it is VALIDATED", true,
                    null);
        }
        if (central.uploadStarted()) {
            return new PublishFailedException(start + "; central-publishing-maven-plugin had"
                    + " started to upload its bundle and printed no deployment id, so the Portal"
                    + " may hold a deployment of it: look at the Portal's deployments page and"
                    + " drop it there", true, null);
        }
        return new PublishFailedException(start + "; nothing left the machine", false, null);
    }

    /**
     * Uploads the staged files that are not in {@code skip} to the request's repository.
     *
     * @param resumeCommand the command that finishes a publication that stopped halfway
     * @throws PublishFailedException naming what reached the repository and how to go on
     */
    public List<String> upload(PublishRequest request, String version, StagedFiles staged,
            Set<String> skip, PublishProgress progress, String resumeCommand)
            throws IOException {
        RemoteRepository repository = request.repository().orElseThrow(() ->
                new PublishFailedException("There is no repository to publish " + version
                        + " to: add <distributionManagement><repository> to the POM or set"
                        + " -Drelease-process.publishRepository=id::url; nothing left the"
                        + " machine", false, null));
        int total = staged.paths().size();
        reporter.info("Uploading " + (total - skip.size()) + " files of " + version + " to "
                + repository + (skip.isEmpty() ? "" : " (" + skip.size() + " reached it"
                        + " before)"));
        progress.uploading(repository);
        List<String> reached = new ArrayList<>(skip);
        try {
            List<String> now = uploader.upload(staged, repository, skip, path -> {
                reached.add(path);
                try {
                    progress.uploaded(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            reporter.info("Uploaded " + now.size() + " files of " + version + " to "
                    + repository);
            return now;
        } catch (UploadFailedException e) {
            int missing = total - reached.size();
            String listed = reached.isEmpty() ? "none"
                    : String.join(", ", reached.stream().limit(12).toList())
                            + (reached.size() > 12 ? " and " + (reached.size() - 12) + " more"
                                    : "");
            String folder = staged.paths().get(0).contains("/")
                    ? repository.resolve(versionFolder(staged.paths().get(0))).toString() : "";
            throw new PublishFailedException("publishing " + version + " stopped halfway: "
                    + e.getMessage() + ". " + reached.size() + " of " + total + " files reached "
                    + repository.id() + " (" + listed + "); " + missing + " did not, and no"
                    + " maven-metadata.xml names " + version + " there yet"
                    + (reached.isEmpty() ? "; nothing else left the machine"
                            : ". Finish it with '" + resumeCommand + "' (it uploads the "
                                    + missing + " missing files; a file or HTTP repository takes"
                                    + " a file again), or clean up by deleting " + folder
                                    + " there"), !reached.isEmpty(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code g/r/o/u/p/artifact/1.0.0/} of a staged file. */
    private static String versionFolder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /**
     * Waits until a Central deployment is validated or published, as {@code until} says;
     * for {@code PUBLISHED}, a validated deployment is published first.
     *
     * @throws RefusalException when the Portal's URL is unknown, the deployment failed or the
     *     time ran out
     */
    public CentralDeployment awaitCentral(PublishRequest request, CentralDeployment deployment,
            CentralWait until) throws IOException {
        if (until == CentralWait.NONE) {
            return deployment;
        }
        PortalClient portal = portal(request, deployment);
        CentralDeployment now = deployment;
        if (until == CentralWait.PUBLISHED) {
            now = portal.await(now, CentralWait.VALIDATED, request.centralTimeout());
            if (!now.isPublishingOrPublished()) {
                reporter.info("Publishing Central deployment " + now.id());
                portal.publish(now);
            }
        }
        return portal.await(now, until, request.centralTimeout());
    }

    private PortalClient portal(PublishRequest request, CentralDeployment deployment) {
        URI url = request.portalUrl().or(() -> deployment.portalUrl().map(URI::create))
                .orElseThrow(() -> new RefusalException("The Central Portal's URL is not known"
                        + " for deployment " + deployment.id() + ": set"
                        + " -Drelease-process.centralPortalUrl (the baseUrl the plugin prints)"));
        return new PortalClient(url, request.portalToken(), reporter, pollInterval,
                Clock.systemUTC());
    }

    /** Empties the staging folder, so that only this build's files are uploaded. */
    public static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())
                    ::iterator) {
                Files.delete(p);
            }
        }
    }
}
