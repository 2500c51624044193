package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.release.ReleaseJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The one base class of the goals: the skip switch, the Maven session and project, the bridge
 * from the core's {@link Reporter} to the Maven log, and the translation of core exceptions into
 * the two Maven failure kinds. It declares no setting that a goal could ignore: a goal's
 * parameters are on the goal, or on the parameter groups it extends
 * ({@link AbstractComponentsMojo}, {@link AbstractVersioningMojo}, {@link AbstractChangelogMojo},
 * {@link AbstractComponentScopedMojo}, {@link AbstractDeploymentMojo}), so that
 * {@code help -Ddetail} lists only what the goal reads (decisions 0011, 0018). What a goal
 * writes besides its log goes through {@link GoalOutput}.
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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        // The goal's first moment of work, for bench/prepare.sh's phases (debug level only).
        getLog().debug("Goal " + goal() + " starts");
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
        startPreloading();
        if (getLog().isDebugEnabled()) {
            // Maven's logging cannot be steered from a plugin across 3.6.3-4.0: say how to.
            getLog().debug("JGit logs its own DEBUG lines (config files, file snapshots); "
                    + JGIT_QUIET + " silences them");
        }
        try {
            if (!continuesAnUnfinishedRelease() && !refusesUnfinishedReleaseItself()) {
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

    /**
     * Starts loading, on a second thread, the classes the goal's work will need
     * ({@link io.github.releaseprocess.core.ClassPreload}); by default nothing.
     */
    protected void startPreloading() {
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

    /**
     * True for a goal whose core refuses a running or unfinished release itself, on the
     * repository it opens anyway ({@code prepare}), so that the repository is opened once.
     */
    protected boolean refusesUnfinishedReleaseItself() {
        return false;
    }

    /** The goal name for messages, e.g. {@code next-version}, as its {@code @Mojo} names it. */
    protected String goal() {
        return mojoExecution.getMojoDescriptor().getGoal();
    }

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
