package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReleaseJournal#refuseIfPendingAt}, the check before every goal, answers from the files
 * when nothing is pending and still refuses what it refused: an interrupted change and a running
 * one, from the top, a module folder and a linked worktree.
 */
class PendingReleaseCheckTest {

    @TempDir
    Path dir;

    /** An interrupted set-version: its journal stays, its lock went with its process. */
    private static void interruptedSetVersion(Path project) throws Exception {
        try (GitRepository repository = GitRepository.open(project);
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "set-version")) {
            ReleaseJournal.begin(repository, lock, new ReleaseJournal.Header("set-version",
                    "2.0.0", null, null, null, "refs/heads/main", repository.headCommitId()))
                    .started("files");
        }
    }

    private static void assertInterrupted(Path start) {
        RefusalException e = assertThrows(RefusalException.class,
                () -> ReleaseJournal.refuseIfPendingAt(start), start.toString());
        assertTrue(e.getMessage().startsWith("A set-version to 2.0.0 was interrupted"),
                e.getMessage());
    }

    @Test
    void shouldPassWithNothingPendingAndRefuseAnInterruptedOrRunningChange() throws Exception {
        Path project = dir.resolve("project");
        ReleaseFixture.create(project);
        Path module = Files.createDirectories(project.resolve("modules/core"));
        assertDoesNotThrow(() -> ReleaseJournal.refuseIfPendingAt(project));
        assertDoesNotThrow(() -> ReleaseJournal.refuseIfPendingAt(module));
        try (GitRepository repository = GitRepository.open(project);
                ReleaseLock running = ReleaseLock.acquire(repository.gitDir(), "prepare")) {
            RefusalException e = assertThrows(RefusalException.class,
                    () -> ReleaseJournal.refuseIfPendingAt(module));
            assertTrue(e.getMessage().startsWith("Another release-process run (prepare"),
                    e.getMessage());
        }
        // the lock file a finished run leaves behind holds nobody
        assertTrue(Files.exists(project.resolve(".git/release-process.lock")));
        assertDoesNotThrow(() -> ReleaseJournal.refuseIfPendingAt(module));

        interruptedSetVersion(project);
        assertInterrupted(project);
        assertInterrupted(module);
        assertInterrupted(dir.resolve("project/no/such/folder"));
    }

    /**
     * In a linked worktree the journal is in the worktree's own git folder
     * ({@code .git/worktrees/NAME}), as JGit opens it: a change pending there refuses there, and
     * one pending in the main worktree does not.
     */
    @Test
    void shouldLookInTheLinkedWorktreesOwnGitFolder() throws Exception {
        Path main = dir.resolve("main");
        ReleaseFixture.create(main);
        Path linkedGitDir = Files.createDirectories(main.resolve(".git/worktrees/linked"));
        Path worktree = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(linkedGitDir.resolve("HEAD"), Files.readString(main.resolve(".git/HEAD")));
        Files.writeString(linkedGitDir.resolve("commondir"), "../..\n");
        Files.writeString(linkedGitDir.resolve("gitdir"), worktree.resolve(".git") + "\n");
        Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/linked\n");
        try (GitRepository repository = GitRepository.open(worktree)) {
            assertTrue(Files.isSameFile(linkedGitDir, repository.gitDir()), repository.gitDir()
                    + " is not the worktree's git folder");
        }
        assertDoesNotThrow(() -> ReleaseJournal.refuseIfPendingAt(worktree));

        interruptedSetVersion(worktree);
        assertTrue(Files.exists(linkedGitDir.resolve("release-process/journal.json")));
        assertInterrupted(worktree);
        assertInterrupted(Files.createDirectories(worktree.resolve("sub")));
        assertDoesNotThrow(() -> ReleaseJournal.refuseIfPendingAt(main));

        interruptedSetVersion(main);
        assertInterrupted(main);
    }
}
