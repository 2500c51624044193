package io.github.releaseprocess.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

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
}
