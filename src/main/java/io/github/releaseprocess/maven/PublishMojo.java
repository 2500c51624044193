package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.deploy.GitLedger;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.publish.Publisher;
import io.github.releaseprocess.publish.TagPublisher;
import io.github.releaseprocess.release.ComponentScope;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Publishes the artifacts of a release from its tag: builds the exact tagged sources in a clean
 * working copy under {@code target/release-process/} with {@code publishGoals} and
 * {@code publishProfiles} into the local staging repository {@code target/staging}, then uploads
 * the staged files (file or HTTP repository), or lets central-publishing-maven-plugin upload and
 * waits for its Central Portal deployment. The ledger records it as a {@code publish} record; run
 * again, it goes on from there.
 */
@Mojo(name = "publish", threadSafe = true, aggregator = true)
public class PublishMojo extends AbstractComponentScopedMojo {

    /** The released version to publish; default: the latest release tag. */
    @Parameter(property = "release-process.version")
    private String version;

    /** Goals of the publish build, space- or comma-separated. */
    @Parameter(property = "release-process.publishGoals", defaultValue = "deploy")
    private String publishGoals;

    /** Profiles of the publish build, comma-separated. */
    @Parameter(property = "release-process.publishProfiles", defaultValue = "release")
    private String publishProfiles;

    /**
     * Where the staged files go, as {@code id::url}; default: the root POM's
     * {@code <distributionManagement><repository>}. The {@code <server>} with that id gives the
     * credentials.
     */
    @Parameter(property = "release-process.publishRepository")
    private String publishRepository;

    /** For a Central Portal deployment: {@code validated}, {@code published} or {@code none}. */
    @Parameter(property = "release-process.centralWait", defaultValue = "validated")
    private String centralWait;

    /** The Central Portal's base URL, when central-publishing-maven-plugin does not print it. */
    @Parameter(property = "release-process.centralPortalUrl")
    private String centralPortalUrl;

    /** The shape of release tags, as for {@code next-version}: the tag of the release to publish. */
    @Parameter(property = "release-process.tagFormat", defaultValue = TagFormat.DEFAULT)
    private String tagFormat;

    /** Publish again although the ledger records the version as published. */
    @Parameter(property = "release-process.force", defaultValue = "false")
    private boolean force;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    protected void run(Reporter reporter) throws IOException {
        var request = PublishSetup.request(new PublishSetup.Parameters("tag", publishGoals,
                publishProfiles, publishRepository, centralWait, centralPortalUrl), project,
                session, baseDir(), decrypter);
        PublishSetup.warnings(session).forEach(reporter::warn);
        Optional<ComponentScope> scope = componentScope();
        try (GitLedger ledger = GitLedger.open(baseDir())) {
            new TagPublisher(new Publisher(NestedBuilds.runner(session), reporter), ledger,
                    reporter, Clock.systemUTC()).publish(request,
                            // One component of a monorepo: its tags, e.g. gax-v2.76.0.
                            scope.map(ComponentScope::tagFormat)
                                    .orElse(TagFormat.of(tagFormat, project.getArtifactId())),
                            scope.map(ComponentScope::id),
                            Optional.ofNullable(version), force);
        }
    }
}
