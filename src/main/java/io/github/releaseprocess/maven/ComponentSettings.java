package io.github.releaseprocess.maven;

import io.github.releaseprocess.components.Component;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.ComponentGroup;
import io.github.releaseprocess.components.DependentsPolicy;
import io.github.releaseprocess.components.Versioning;
import io.github.releaseprocess.versionfiles.ReactorModule;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Turns the monorepo parameters a goal declares ({@code components}, {@code groups},
 * {@code versioning}, {@code dependents}, {@code scopeSelectsComponent}) into the core's
 * {@link ComponentConfig}, and the session's projects into reactor modules.
 */
final class ComponentSettings {

    private ComponentSettings() {
    }

    static ComponentConfig config(List<ComponentSpec> components, List<GroupSpec> groups,
            String versioning, String dependents, boolean scopeSelectsComponent) {
        List<Component> list = new ArrayList<>();
        if (components != null) {
            for (ComponentSpec spec : components) {
                list.add(spec.toComponent());
            }
        }
        List<ComponentGroup> groupList = new ArrayList<>();
        if (groups != null) {
            for (GroupSpec spec : groups) {
                groupList.add(spec.toGroup());
            }
        }
        return new ComponentConfig(Versioning.parse(versioning), list, groupList,
                DependentsPolicy.parse(dependents), scopeSelectsComponent);
    }

    /** Every project of the reactor with a POM file, in the reactor's order. */
    static List<ReactorModule> modules(MavenSession session) {
        List<ReactorModule> modules = new ArrayList<>();
        for (MavenProject p : Reactor.projects(session)) {
            if (p.getFile() != null) {
                modules.add(new ReactorModule(p.getFile().toPath(), p.getGroupId(),
                        p.getArtifactId(), p.getVersion()));
            }
        }
        return modules;
    }
}
