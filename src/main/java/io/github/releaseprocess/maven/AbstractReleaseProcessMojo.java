package io.github.releaseprocess.maven;

import io.github.releaseprocess.commits.NonConventional;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.release.ReleaseJournal;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.semver.VersionParseException;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The one base class of the goals: the skip switch, the settings every goal shares (the tag
 * format and the versioning rules, configured once in the plugin's {@code <configuration>}), the
 * bridge from the core's {@link Reporter} to the Maven log, and the translation of core
 * exceptions into the two Maven failure kinds.
 * A {@link RefusalException} (the user's input or the repository is wrong) becomes a
 * {@link MojoFailureException} with the core's sentence and no stack trace; anything else is an
 * execution error.
 */
public abstract class AbstractReleaseProcessMojo extends AbstractMojo {

    /** The command-line property that keeps JGit's debug output out of {@code -X}. */
    static final String JGIT_QUIET = "-Dorg.slf4j.simpleLogger.log.org.eclipse.jgit=info";

    /** Skips this goal. */
    @Parameter(property = "release-process.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The shape of release tags; {@code @{version}} and {@code @{project.artifactId}} are
     * substituted. Tags that do not match are not releases.
     */
    @Parameter(property = "release-process.tagFormat", defaultValue = TagFormat.DEFAULT)
    protected String tagFormat;

    /**
     * The named rule set that the other versioning settings refine: {@code conventionalcommits},
     * {@code semantic-release}, {@code release-please}, {@code release-please-java},
     * {@code python-semantic-release} or {@code commitizen}.
     */
    @Parameter(property = "release-process.preset", defaultValue = "conventionalcommits")
    protected String preset;

    /**
     * Commit type → {@code major|minor|patch|none}, refining the preset, e.g.
     * {@code <docs>patch</docs>}; the key {@code other-types} stands for every type not named.
     */
    @Parameter
    protected Map<String, String> bumpRules;

    /**
     * Whether a breaking change bumps MINOR instead of MAJOR while the version is 0.x. Unset:
     * the preset decides (true for conventionalcommits).
     */
    @Parameter(property = "release-process.breakingBumpsMinorBeforeOne")
    protected Boolean breakingBumpsMinorBeforeOne;

    /**
     * Whether a feature bumps PATCH instead of MINOR while the version is 0.x (release-please's
     * bump-patch-for-minor-pre-major). Unset: the preset decides (false for all presets).
     */
    @Parameter(property = "release-process.featBumpsPatchBeforeOne")
    protected Boolean featBumpsPatchBeforeOne;

    /**
     * The first version when no release tag exists. Default: the POM version without
     * {@code -SNAPSHOT} when it is valid SemVer, else {@code 0.1.0}.
     */
    @Parameter(property = "release-process.initialVersion")
    protected String initialVersion;

    /** A pre-release label such as {@code rc}: the release becomes X.Y.Z-rc.1, then -rc.2, … */
    @Parameter(property = "release-process.prerelease")
    protected String prerelease;

    /** Fail, listing them, instead of ignoring commits that are not Conventional Commits. */
    @Parameter(property = "release-process.strictCommits", defaultValue = "false")
    protected boolean strictCommits;

    /**
     * What a commit that is not a Conventional Commit asks for: {@code ignore} (nothing) or
     * {@code patch}, so that a project with free-form history releases a patch whenever anything
     * changed. Commits made by tools (merges, reverts, {@code [maven-release-plugin]} commits)
     * never count.
     */
    @Parameter(property = "release-process.nonConventional", defaultValue = "ignore")
    protected String nonConventional;

    /** Count only first-parent commits (the mainline of merges). */
    @Parameter(property = "release-process.firstParentOnly", defaultValue = "false")
    protected boolean firstParentOnly;

    /**
     * The version to release instead of the computed one; must be above the last release.
     * {@code -DreleaseVersion} works too.
     */
    @Parameter(property = "release-process.releaseVersion")
    protected String releaseVersion;

    /**
     * The time zone of release dates: the changelog's date of a release, and the time of its
     * commit and tag, is the release instant (taken once, when the run starts) in this zone;
     * {@code validate-changelog} takes "today" in it too. An id such as {@code Europe/Berlin}.
     */
    @Parameter(property = "release-process.releaseDateZone", defaultValue = "UTC")
    protected String releaseDateZone;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            // Before anything runs: a misspelt property refused, the short aliases applied.
            MojoUserProperties.settle(this, mojoExecution, session.getUserProperties(), getLog());
        } catch (RefusalException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        if (skip) {
            getLog().info("Skipping " + goal() + " (release-process.skip is true)");
            return;
        }
        if (!shouldRunHere()) {
            getLog().debug("Skipping " + goal() + " in " + project.getArtifactId()
                    + ": it runs once, at the execution root");
            return;
        }
        if (getLog().isDebugEnabled()) {
            // Maven's logging cannot be steered from a plugin across 3.6.3-4.0: say how to.
            getLog().debug("JGit logs its own DEBUG lines (config files, file snapshots); "
                    + JGIT_QUIET + " silences them");
        }
        try {
            if (!continuesAnUnfinishedRelease()) {
                ReleaseJournal.refuseIfPendingAt(baseDir());
            }
            run(reporter());
        } catch (RefusalException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(goal() + " failed: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(goal() + " failed: " + e.getMessage(), e);
        }
    }

    /** The goal's work: build a typed request, make one call into the core, log the result. */
    protected abstract void run(Reporter reporter)
            throws IOException, MojoExecutionException, MojoFailureException;

    /**
     * True for the one goal run that may act while a release is unfinished: {@code prepare} with
     * {@code -Drelease-process.resume} or {@code -Drelease-process.abort}. Every other goal
     * refuses to start and says how to go on.
     */
    protected boolean continuesAnUnfinishedRelease() {
        return false;
    }

    /** The goal name for messages, e.g. {@code next-version}. */
    protected abstract String goal();

    /**
     * Goals that act on the whole repository run once per build, at the execution root (DESIGN:
     * "even in a reactor of hundreds of modules"). Goals bound to a module's own files override
     * this to return true.
     */
    protected boolean shouldRunHere() {
        return project.isExecutionRoot();
    }

    /** The folder the goal works from: the project's base dir, or the current one without a POM. */
    protected Path baseDir() {
        if (hasPom()) {
            return project.getBasedir().toPath();
        }
        return Path.of(session.getExecutionRootDirectory());
    }

    /** True when the goal runs with a real POM (not Maven's stand-in for "no project"). */
    protected boolean hasPom() {
        return project.getFile() != null;
    }

    /** The versioning settings as a core request. */
    protected NextVersionRequest versionRequest() {
        VersioningPolicy.Builder policy = VersioningPolicy.builder(Preset.byId(preset));
        if (bumpRules != null) {
            policy.bumpRules(bumpRules);
        }
        if (breakingBumpsMinorBeforeOne != null) {
            policy.breakingBumpsMinorBeforeOne(breakingBumpsMinorBeforeOne);
        }
        if (featBumpsPatchBeforeOne != null) {
            policy.featBumpsPatchBeforeOne(featBumpsPatchBeforeOne);
        }
        policy.nonConventional(NonConventional.parse(nonConventional));
        TagFormat format = TagFormat.of(tagFormat, hasPom() ? project.getArtifactId() : null);
        Version initial = initialVersion == null || initialVersion.isBlank()
                ? NextVersionRequest.defaultInitialVersion(hasPom() ? project.getVersion() : null)
                : parseSetting("release-process.initialVersion", initialVersion);
        Optional<Version> forced = releaseVersion == null || releaseVersion.isBlank()
                ? Optional.empty()
                : Optional.of(parseSetting("releaseVersion", releaseVersion));
        Optional<String> label = Optional.ofNullable(prerelease).filter(p -> !p.isBlank());
        label.ifPresent(l -> {
            if (!l.matches("[0-9A-Za-z-]+") || l.matches("\\d+")) {
                throw new RefusalException("-Drelease-process.prerelease=" + l + " is not a"
                        + " pre-release label; use letters, digits and '-', e.g. rc or beta");
            }
        });
        return new NextVersionRequest(policy.build(), format, initial, label, forced,
                strictCommits, firstParentOnly);
    }

    /** The zone of release dates, {@code releaseDateZone}. */
    protected ZoneId releaseZone() {
        String id = releaseDateZone == null || releaseDateZone.isBlank() ? "UTC"
                : releaseDateZone.trim();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RefusalException("-Drelease-process.releaseDateZone=" + id + " is not a time"
                    + " zone; use UTC, an offset such as +02:00, or a region such as"
                    + " America/New_York", e);
        }
    }

    private static Version parseSetting(String property, String value) {
        try {
            return Version.parse(value.trim());
        } catch (VersionParseException e) {
            throw new RefusalException("-D" + property + "=" + VersionParseException.abbreviate(value)
                    + " is not valid: "
                    + e.getMessage(), e);
        }
    }

    /** Forwards core reporting to the Maven log. */
    protected Reporter reporter() {
        return new Reporter() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }

            @Override
            public boolean isDebugEnabled() {
                return getLog().isDebugEnabled();
            }
        };
    }
}
