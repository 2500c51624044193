package io.github.releaseprocess.maven;

import io.github.releaseprocess.release.ComponentScope;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that act on one component of a monorepo when asked ({@code hotfix}, {@code deploy},
 * {@code rollback}, {@code status}, {@code set-version}, {@code publish}): the monorepo settings
 * and {@code -Drelease-process.component=ID}.
 */
abstract class AbstractComponentScopedMojo extends AbstractComponentsMojo {

    /** The one component of a monorepo to act on, e.g. {@code -Drelease-process.component=gax}. */
    @Parameter(property = "release-process.component")
    protected String component;

    /**
     * The component named by {@code component}, or empty when none is named.
     *
     * @throws io.github.releaseprocess.core.RefusalException for an unknown id, with the closest
     *     one
     */
    protected Optional<ComponentScope> componentScope() throws IOException {
        return ComponentSelection.resolve(component, componentConfig(), baseDir(), session);
    }
}
