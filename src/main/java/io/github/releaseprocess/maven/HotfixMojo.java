package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.release.HotfixStarter;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.VersionFile;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a hotfix line: creates {@code hotfix/X.Y.(Z+1)} at the tag of release X.Y.Z (default: the
 * latest release), checks it out and commits {@code X.Y.(Z+1)-SNAPSHOT}. On that branch
 * {@code prepare} releases only patch versions.
 */
@Mojo(name = "hotfix", threadSafe = true, aggregator = true)
public class HotfixMojo extends AbstractReleaseProcessMojo {

    /** The release to fix, e.g. {@code -Dfrom=1.2.0}; default: the latest release. */
    @Parameter(property = "release-process.from")
    private String from;

    /** The shape of release tags, as for {@code next-version}: the tag of the release to fix. */
    @Parameter(property = "release-process.tagFormat", defaultValue = TagFormat.DEFAULT)
    private String tagFormat;

    /** Other files whose version moves with the POMs (as for {@code set-version}). */
    @Parameter
    private List<VersionFileSpec> versionFiles;

    /** The message of the commit that starts the hotfix line. */
    @Parameter(property = "release-process.hotfixCommitMessage",
            defaultValue = HotfixStarter.DEFAULT_MESSAGE)
    private String hotfixCommitMessage;

    /** The components of a monorepo (as for {@code prepare}); needed for {@code component}. */
    @Parameter
    private List<ComponentSpec> components;

    /** Components released together (as for {@code prepare}). */
    @Parameter
    private List<GroupSpec> groups;

    /** {@code single} (one version) or {@code independent} (a component per versioned module). */
    @Parameter(property = "release-process.versioning", defaultValue = "single")
    private String versioning;

    /** What a component's release does to its dependents: {@code patch} or {@code none}. */
    @Parameter(property = "release-process.dependents", defaultValue = "patch")
    private String dependents;

    /** A commit scope equal to a component id assigns the commit to that component. */
    @Parameter(property = "release-process.scopeSelectsComponent", defaultValue = "false")
    private boolean scopeSelectsComponent;

    /** The one component of a monorepo to act on, e.g. {@code -Drelease-process.component=gax}. */
    @Parameter(property = "release-process.component")
    private String component;

    /** The component named by {@code component}, or empty. */
    private java.util.Optional<io.github.releaseprocess.release.ComponentScope> componentScope()
            throws java.io.IOException {
        return ComponentSelection.resolve(component, ComponentSettings.config(components, groups,
                versioning, dependents, scopeSelectsComponent), baseDir(), session);
    }

    @Override
    protected void run(Reporter reporter) throws IOException {
        Optional<Version> release = Optional.ofNullable(from).filter(f -> !f.isBlank())
                .map(f -> Version.tryParse(f.trim()).orElseThrow(() -> new RefusalException(
                        "-Dfrom=" + io.github.releaseprocess.semver.VersionParseException
                                .abbreviate(f) + " is not a released Semantic Version, e.g. 1.2.0")));
        List<VersionFile> files = VersionFileSpec.toVersionFiles(versionFiles);
        new HotfixStarter(reporter).start(baseDir(),
                TagFormat.of(tagFormat, hasPom() ? project.getArtifactId() : null), release, files,
                hotfixCommitMessage, componentScope());
    }
}
