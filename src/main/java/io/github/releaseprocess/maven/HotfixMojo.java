package io.github.releaseprocess.maven;

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
public class HotfixMojo extends AbstractComponentScopedMojo {

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

    @Override
    protected void run(Reporter reporter) throws IOException {
        Optional<Version> release = Optional.ofNullable(from).filter(f -> !f.isBlank())
                .map(f -> VersionSetting.parse("from", f, "1.2.0"));
        List<VersionFile> files = VersionFileSpec.toVersionFiles(versionFiles);
        new HotfixStarter(reporter).start(baseDir(),
                TagFormat.of(tagFormat, hasPom() ? project.getArtifactId() : null), release, files,
                hotfixCommitMessage, componentScope());
    }
}
