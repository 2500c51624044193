package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The working copy of a deployment holds the commit's tree and nothing else:
 * <pre>
 * * (HEAD, main) fix: b      + uncommitted edit, untracked file
 * * (tag: v1.0.0) feat: a
 * </pre>
 */
class GitSourceExportTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheTaggedTreeIntoAFreshFolder() throws Exception {
        Path repo = dir.resolve("repo");
        String tagged;
        try (GitScenario git = GitScenario.init(repo)) {
            git.commitFile("app/pom.xml", "feat: a").tag("v1.0.0");
            tagged = git.lastId();
            git.commitFile("app/pom.xml", "fix: b");
        }
        Files.writeString(repo.resolve("app/pom.xml"), "edited");
        Files.writeString(repo.resolve("untracked.txt"), "x");
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("stale"));
        GitSourceExport.export(repo.resolve("app"), tagged, copy);
        assertEquals("change 0\n", Files.readString(copy.resolve("app/pom.xml")));
        assertFalse(Files.exists(copy.resolve("untracked.txt")));
        assertFalse(Files.exists(copy.resolve("stale")));
        assertFalse(Files.exists(copy.resolve(".git")));
    }

    @Test
    void shouldKeepTheExecutableBit() throws Exception {
        Path repo = dir.resolve("repo");
        String id;
        try (GitScenario git = GitScenario.init(repo)) {
            Path script = repo.resolve("deploy.sh");
            Files.writeString(script, "#!/bin/sh\n");
            assertTrue(script.toFile().setExecutable(true));
            git.git().add().addFilepattern("deploy.sh").call();
            git.commit("feat: script");
            id = git.lastId();
        }
        Path copy = dir.resolve("copy");
        GitSourceExport.export(repo, id, copy);
        assertTrue(Files.isExecutable(copy.resolve("deploy.sh")));
        assertFalse(Files.isExecutable(copy.resolve("file-2.txt")));
    }

    @Test
    void shouldRefuseASymbolicLinkThatLeavesTheCopy() throws Exception {
        Path repo = dir.resolve("repo");
        String id;
        try (GitScenario git = GitScenario.init(repo)) {
            Files.createSymbolicLink(repo.resolve("escape"), Path.of("../../etc"));
            git.git().add().addFilepattern("escape").call();
            git.commit("feat: link");
            id = git.lastId();
        }
        RefusalException e = assertThrows(RefusalException.class,
                () -> GitSourceExport.export(repo, id, dir.resolve("copy")));
        assertTrue(e.getMessage().contains("symbolic link 'escape' -> '../../etc' that points"
                + " outside the working copy"), e.getMessage());
    }

    @Test
    void shouldRefuseACommitThatIsNotInTheRepository() throws Exception {
        Path repo = dir.resolve("repo");
        try (GitScenario git = GitScenario.init(repo)) {
            git.commit("feat: a");
        }
        RefusalException e = assertThrows(RefusalException.class, () -> GitSourceExport.export(
                repo, "0123456789abcdef0123456789abcdef01234567", dir.resolve("copy")));
        assertTrue(e.getMessage().startsWith("Commit 0123456789abcdef0123456789abcdef01234567 is"
                + " not in the repository"), e.getMessage());
        try (Git git = Git.open(repo.toFile())) {
            assertTrue(git.getRepository().resolve(Constants.HEAD) != null);
        }
    }
}
