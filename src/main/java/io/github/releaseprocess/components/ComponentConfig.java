package io.github.releaseprocess.components;

import io.github.releaseprocess.core.Required;
import java.util.List;

/**
 * The monorepo settings as configured: {@code <versioning>}, {@code <components>},
 * {@code <groups>}, {@code <dependents>} and {@code <scopeSelectsComponent>}.
 *
 * @param versioning single (one version, as without components) or independent
 * @param components the components configured explicitly; with independent versioning they
 *     refine (by id) or add to the components found in the reactor
 * @param groups components released together
 * @param dependents what a release does to the components that depend on it
 * @param scopeSelectsComponent a Conventional Commit scope equal to a component id assigns the
 *     commit to that component, whatever paths it changed
 */
public record ComponentConfig(Versioning versioning, List<Component> components,
        List<ComponentGroup> groups, DependentsPolicy dependents, boolean scopeSelectsComponent) {

    /** No components: one version for everything, as the plugin always did. */
    public static final ComponentConfig SINGLE = new ComponentConfig(Versioning.SINGLE, List.of(),
            List.of(), DependentsPolicy.PATCH, false);

    public ComponentConfig {
        Required.nonNull("versioning dependents", versioning, dependents);
        components = List.copyOf(components);
        groups = List.copyOf(groups);
    }

    /** True when versions are per component: independent versioning or components configured. */
    public boolean hasComponents() {
        return versioning == Versioning.INDEPENDENT || !components.isEmpty();
    }
}
