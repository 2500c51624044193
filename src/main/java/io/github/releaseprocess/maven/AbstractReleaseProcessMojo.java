package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The one base class of the goals: the skip switch, the bridge from the core's {@link Reporter}
 * to the Maven log, and the translation of core exceptions into the two Maven failure kinds.
 * A {@link RefusalException} (the user's input or the repository is wrong) becomes a
 * {@link MojoFailureException} with the core's sentence and no stack trace; anything else is an
 * execution error.
 */
public abstract class AbstractReleaseProcessMojo extends AbstractMojo {

    /** Skips this goal. */
    @Parameter(property = "release-process.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping " + goal() + " (release-process.skip is true)");
            return;
        }
        if (!shouldRunHere()) {
            getLog().debug("Skipping " + goal() + " in " + project.getArtifactId()
                    + ": it runs once, at the execution root");
            return;
        }
        try {
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
        if (project.getFile() != null) {
            return project.getBasedir().toPath();
        }
        return Path.of(session.getExecutionRootDirectory());
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
