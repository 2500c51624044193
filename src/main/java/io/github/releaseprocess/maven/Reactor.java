package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.versionfiles.ParsedPoms;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;

/**
 * The reactor as Maven collected it for this session, modules of active profiles included: the one
 * list the gates, {@code set-version} and {@code prepare} all read, so that none of them can miss a
 * module that the build itself builds.
 */
final class Reactor {

    private Reactor() {
    }

    /** Every project of the reactor, also those a {@code -pl} left out of this build. */
    static List<MavenProject> projects(MavenSession session) {
        List<MavenProject> all = session.getAllProjects();
        return all != null && !all.isEmpty() ? all : session.getProjects();
    }

    /** The POM files of the reactor's projects, in the reactor's order. */
    static List<Path> poms(MavenSession session) {
        List<Path> out = new ArrayList<>();
        for (MavenProject p : projects(session)) {
            if (p.getFile() != null) {
                out.add(p.getFile().toPath());
            }
        }
        return out;
    }

    /**
     * The reactor's modules with their effective coordinates. A recursive build has them from
     * Maven; with {@code -N} (Maven loaded the root alone, which is what makes it fast on a large
     * reactor) they are read from the files as a recursive build would collect them: Maven is
     * asked only for the modules of a POM whose profiles declare modules, so that the same
     * profiles are active ({@code -P}, {@code -D}, activeByDefault, JDK, OS, files). The POMs
     * parsed on the way are kept in {@code parsed}.
     */
    static List<ReactorModule> modules(MavenSession session, MavenProject root,
            ProjectBuilder projectBuilder, ParsedPoms parsed) throws IOException {
        if (session.getRequest().isRecursive() || root.getFile() == null) {
            List<ReactorModule> modules = new ArrayList<>();
            for (MavenProject p : projects(session)) {
                if (p.getFile() != null) {
                    modules.add(new ReactorModule(p.getFile().toPath(), p.getGroupId(),
                            p.getArtifactId(), p.getVersion()));
                }
            }
            return modules;
        }
        Path rootPom = root.getFile().toPath().toAbsolutePath().normalize();
        Map<String, String> userProperties = new LinkedHashMap<>();
        session.getUserProperties().forEach((k, v) -> userProperties.put(k.toString(), v.toString()));
        return ReactorReader.walk(rootPom, userProperties, pom -> pom.equals(rootPom)
                ? root.getModules() : effectiveModules(session, projectBuilder, pom), parsed);
    }

    /** The modules of one POM with the session's profiles applied, as Maven builds it. */
    private static List<String> effectiveModules(MavenSession session, ProjectBuilder builder,
            Path pom) {
        ProjectBuildingRequest request =
                new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
        request.setProject(null);
        request.setProcessPlugins(false);
        request.setResolveDependencies(false);
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        try {
            return builder.build(pom.toFile(), request).getProject().getModules();
        } catch (ProjectBuildingException e) {
            throw new RefusalException(pom + ": Maven cannot read this module's POM to see which"
                    + " profiles add modules: " + e.getMessage().strip());
        }
    }
}
