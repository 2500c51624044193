package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.build.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release with push checks the push target before it changes anything. */
class PushTargetTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAReleaseWhoseRemoteCannotBeReachedBeforeTheTestBuildAndTheTag()
            throws Exception {
        Path project = dir.resolve("project");
        ReleaseFixture.create(project);
        try (Git git = Git.open(project.toFile())) {
            git.remoteAdd().setName("origin")
                    .setUri(new URIish(dir.resolve("gone.git").toUri().toString())).call();
        }
        String before = ReleaseFixture.snapshot(project, true);
        AtomicInteger builds = new AtomicInteger();
        RefusalException e = assertThrows(RefusalException.class, () -> new Releaser(
                Reporter.SILENT, (invocation, output) -> {
                    builds.incrementAndGet();
                    return BuildResult.succeeded();
                }).prepare(ReleaseFixture.request(project).toBuilder().push(true)
                        .remote("origin").build(), false));
        assertTrue(e.getMessage().startsWith("The release cannot be pushed: the remote 'origin'"),
                e.getMessage());
        assertEquals(0, builds.get());
        assertEquals(before, ReleaseFixture.snapshot(project, true));
        assertFalse(Files.exists(project.resolve(".git/release-process")));
    }
}
