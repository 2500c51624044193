package io.github.releaseprocess.maven;

import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.build.ProcessBuildRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;

/**
 * The runner of nested builds (the release test build, a deployment) as the running Maven session
 * sets it up: the same Maven installation ({@code maven.home}; without it the runner would start
 * whatever {@code mvn} is on the PATH), Java, local repository, settings, offline mode and
 * {@code -e}. The runner starts {@code mvn} from an argument list, without a shell.
 */
final class NestedBuilds {

    private NestedBuilds() {
    }

    static BuildRunner runner(MavenSession session) {
        String mavenHome = System.getProperty("maven.home");
        return new ProcessBuildRunner(new ProcessBuildRunner.Setup(
                Optional.ofNullable(mavenHome).filter(h -> !h.isBlank()).map(Path::of),
                Path.of(System.getProperty("java.home")),
                Optional.ofNullable(session.getRequest().getLocalRepositoryPath())
                        .map(File::toPath),
                Optional.ofNullable(session.getRequest().getUserSettingsFile()).map(File::toPath),
                Optional.ofNullable(session.getRequest().getGlobalSettingsFile())
                        .map(File::toPath),
                session.isOffline(), session.getRequest().isShowErrors()));
    }
}
