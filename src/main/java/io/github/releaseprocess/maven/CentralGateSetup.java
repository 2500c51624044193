package io.github.releaseprocess.maven;

import io.github.releaseprocess.publish.CentralReadiness;
import io.github.releaseprocess.publish.CentralReadiness.Module;
import io.github.releaseprocess.publish.CentralReadiness.Signing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The facts the Central pre-flight checks, read from Maven's effective model of each reactor
 * project: its metadata (inherited values count), and the plugins of its build and of the
 * publish profiles ({@code release} …) of it and its parents, which are not active in
 * {@code prepare}.
 */
final class CentralGateSetup {

    private CentralGateSetup() {
    }

    /**
     * @param central the gate's mode, {@code off} when null
     * @param profiles the publish profiles ({@code publishProfiles}), comma-separated
     */
    static CentralReadiness.Settings settings(String central, String profiles,
            MavenSession session, Path baseDir) {
        CentralReadiness.Mode mode = CentralReadiness.Mode.parse(central);
        if (mode == CentralReadiness.Mode.OFF) {
            return CentralReadiness.Settings.off();
        }
        Set<String> publishProfiles = Set.of((profiles == null ? "release" : profiles)
                .split("[,\\s]+"));
        List<Module> modules = new ArrayList<>();
        boolean portal = session.getProjects().stream().anyMatch(p -> p.getBuildPlugins()
                .stream().anyMatch(pl -> PublishSetup.CENTRAL_PLUGIN.equals(pl.getArtifactId())));
        for (MavenProject project : session.getProjects()) {
            if (!published(project, portal)) {
                continue;
            }
            List<Plugin> plugins = new ArrayList<>(project.getBuildPlugins());
            for (MavenProject p = project; p != null; p = p.getParent()) {
                for (Profile profile : p.getModel().getProfiles()) {
                    if (publishProfiles.contains(profile.getId()) && profile.getBuild() != null) {
                        plugins.addAll(profile.getBuild().getPlugins());
                    }
                }
            }
            List<String> metadata = new ArrayList<>();
            if (project.getName() != null && !project.getName().isBlank()) {
                metadata.add("name");
            }
            if (project.getDescription() != null && !project.getDescription().isBlank()) {
                metadata.add("description");
            }
            if (project.getUrl() != null) {
                metadata.add("url");
            }
            if (!project.getLicenses().isEmpty()) {
                metadata.add("licenses");
            }
            if (!project.getDevelopers().isEmpty()) {
                metadata.add("developers");
            }
            if (project.getScm() != null && project.getScm().getUrl() != null) {
                metadata.add("scm");
            }
            Path pom = project.getFile().toPath().toAbsolutePath().normalize();
            String relative = baseDir.toAbsolutePath().normalize().relativize(pom).toString()
                    .replace('\\', '/');
            modules.add(new Module(pom, relative, project.getGroupId(), project.getArtifactId(),
                    project.getPackaging(), metadata,
                    runs(plugins, "maven-source-plugin", "jar", "jar-no-fork", "aggregate"),
                    runs(plugins, "maven-javadoc-plugin", "jar", "aggregate-jar"),
                    signing(plugins)));
        }
        return new CentralReadiness.Settings(mode, modules);
    }

    /**
     * True for a module that is published: with central-publishing-maven-plugin, the modules
     * that run it; else those that do not skip maven-deploy-plugin.
     */
    private static boolean published(MavenProject project, boolean portal) {
        if (portal) {
            return project.getBuildPlugins().stream().anyMatch(pl -> PublishSetup.CENTRAL_PLUGIN
                    .equals(pl.getArtifactId()));
        }
        if ("true".equals(project.getProperties().getProperty("maven.deploy.skip"))) {
            return false;
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if ("maven-deploy-plugin".equals(plugin.getArtifactId())
                    && plugin.getConfiguration() instanceof Xpp3Dom dom
                    && dom.getChild("skip") != null
                    && "true".equals(dom.getChild("skip").getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean runs(List<Plugin> plugins, String artifactId, String... goals) {
        for (Plugin plugin : plugins) {
            if (!artifactId.equals(plugin.getArtifactId())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                for (String goal : goals) {
                    if (execution.getGoals().contains(goal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Signing signing(List<Plugin> plugins) {
        if (plugins.stream().anyMatch(p -> "sigstore-maven-plugin".equals(p.getArtifactId()))) {
            return Signing.SIGSTORE;
        }
        for (Plugin plugin : plugins) {
            if (!"maven-gpg-plugin".equals(plugin.getArtifactId())) {
                continue;
            }
            List<Object> configurations = new ArrayList<>();
            configurations.add(plugin.getConfiguration());
            plugin.getExecutions().forEach(e -> configurations.add(e.getConfiguration()));
            for (Object configuration : configurations) {
                if (configuration instanceof Xpp3Dom dom && dom.getChild("passphrase") != null) {
                    String value = dom.getChild("passphrase").getValue();
                    if (value != null && !value.isBlank() && !value.contains("${")) {
                        return Signing.GPG_PASSPHRASE_IN_POM;
                    }
                }
            }
            if (runs(List.of(plugin), "maven-gpg-plugin", "sign", "sign-and-deploy-file")) {
                return Signing.GPG;
            }
        }
        return Signing.NONE;
    }
}
