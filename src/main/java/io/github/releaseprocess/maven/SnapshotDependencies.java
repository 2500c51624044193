package io.github.releaseprocess.maven;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * Finds the SNAPSHOT dependencies and plugins of the reactor that come from outside it, in the
 * effective models (inheritance and properties applied), for the {@code noSnapshotDependencies}
 * gate. Reactor modules themselves are SNAPSHOTs until the release sets their version.
 */
final class SnapshotDependencies {

    /** This plugin drives the release; it is not part of what the release builds. */
    private static final String SELF = "io.github.releaseprocess:release-process-maven-plugin";

    private SnapshotDependencies() {
    }

    static List<String> find(MavenSession session) {
        List<MavenProject> projects = Reactor.projects(session);
        Set<String> reactor = new HashSet<>();
        for (MavenProject p : projects) {
            reactor.add(p.getGroupId() + ":" + p.getArtifactId());
        }
        List<String> found = new ArrayList<>();
        for (MavenProject p : projects) {
            for (Dependency d : p.getDependencies()) {
                check(found, reactor, p, d.getGroupId(), d.getArtifactId(), d.getVersion(),
                        "dependency");
            }
            for (Plugin plugin : p.getBuildPlugins()) {
                check(found, reactor, p, plugin.getGroupId(), plugin.getArtifactId(),
                        plugin.getVersion(), "plugin");
                for (Dependency d : plugin.getDependencies()) {
                    check(found, reactor, p, d.getGroupId(), d.getArtifactId(), d.getVersion(),
                            "dependency of plugin " + plugin.getArtifactId());
                }
            }
            if (p.getParent() != null && p.getParentFile() == null) {
                check(found, reactor, p, p.getParent().getGroupId(), p.getParent().getArtifactId(),
                        p.getParent().getVersion(), "parent");
            }
        }
        return found;
    }

    private static void check(List<String> found, Set<String> reactor, MavenProject project,
            String groupId, String artifactId, String version, String what) {
        if (version != null && version.endsWith("-SNAPSHOT")
                && !reactor.contains(groupId + ":" + artifactId) && !SELF.equals(groupId + ":"
                        + artifactId)) {
            String line = project.getArtifactId() + ": " + what + " " + groupId + ":" + artifactId
                    + ":" + version;
            if (!found.contains(line)) {
                found.add(line);
            }
        }
    }
}
