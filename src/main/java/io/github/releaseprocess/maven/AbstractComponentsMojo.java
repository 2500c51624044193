package io.github.releaseprocess.maven;

import io.github.releaseprocess.components.ComponentConfig;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The monorepo settings, declared once for every goal that reads the components of a monorepo:
 * {@code <components>}, {@code <groups>}, {@code versioning}, {@code dependents} and
 * {@code scopeSelectsComponent} (the monorepo guide). Maven finds parameters only in a Mojo's
 * class hierarchy, so the group is one class between the base and those goals (decision 0011).
 */
abstract class AbstractComponentsMojo extends AbstractReleaseProcessMojo {

    /** The components of a monorepo, each released with its own version, tag and changelog. */
    @Parameter
    protected List<ComponentSpec> components;

    /** Components released together: {@code <group><id/><members/><linked/></group>}. */
    @Parameter
    protected List<GroupSpec> groups;

    /** {@code single} (one version) or {@code independent} (a component per versioned module). */
    @Parameter(property = "release-process.versioning", defaultValue = "single")
    protected String versioning;

    /** What a component's release does to its dependents: {@code patch} or {@code none}. */
    @Parameter(property = "release-process.dependents", defaultValue = "patch")
    protected String dependents;

    /** A commit scope equal to a component id assigns the commit to that component. */
    @Parameter(property = "release-process.scopeSelectsComponent", defaultValue = "false")
    protected boolean scopeSelectsComponent;

    /** The monorepo settings as the core reads them; without components, one version. */
    protected ComponentConfig componentConfig() {
        return ComponentSettings.config(components, groups, versioning, dependents,
                scopeSelectsComponent);
    }
}
