package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.history.GitRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** set-version and changelog write through the same journal and lock as prepare. */
class JournaledWriteTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteAndLeaveNoJournal() throws Exception {
        ReleaseFixture.create(dir);

        JournaledWrite.writeAll(dir, "set-version", "2.0.0",
                Map.of(dir.resolve("pom.xml"), bytes("new pom"), dir.resolve("src/New.txt"), bytes("n")));

        assertEquals("new pom", Files.readString(dir.resolve("pom.xml")));
        assertEquals("n", Files.readString(dir.resolve("src/New.txt")));
        assertFalse(Files.exists(dir.resolve(".git/release-process")));
    }

    @Test
    void shouldWriteOutsideAGitRepositoryToo() throws Exception {
        JournaledWrite.writeAll(dir, "set-version", "2.0.0", Map.of(dir.resolve("pom.xml"),
                bytes("pom")));
        assertEquals("pom", Files.readString(dir.resolve("pom.xml")));
    }

    @Test
    void shouldRefuseAFileOutsideTheRepositoryAndWriteNothing() throws Exception {
        Path project = dir.resolve("project");
        ReleaseFixture.create(project);
        String before = ReleaseFixture.snapshot(project, true);

        RefusalException e = assertThrows(RefusalException.class, () -> JournaledWrite.writeAll(
                project, "set-version", "2.0.0", Map.of(project.resolve("pom.xml"), bytes("x"),
                        dir.resolve("outside.txt"), bytes("x"))));

        assertTrue(e.getMessage().startsWith("The file " + dir.resolve("outside.txt")
                + " is outside the repository "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("outside.txt")));
        assertEquals(before, ReleaseFixture.snapshot(project, true));
        assertFalse(Files.exists(project.resolve(".git/release-process")));
    }

    @Test
    void shouldRefuseWhileAReleaseHoldsTheRepository() throws Exception {
        ReleaseFixture.create(dir);
        try (GitRepository repository = GitRepository.open(dir);
                ReleaseLock running = ReleaseLock.acquire(repository.gitDir(), "prepare")) {
            RefusalException e = assertThrows(RefusalException.class, () -> JournaledWrite
                    .writeAll(dir, "set-version", "2.0.0", Map.of(dir.resolve("pom.xml"), bytes("x"))));
            assertTrue(e.getMessage().startsWith("Another release-process run (prepare, PID "
                    + ProcessHandle.current().pid()), e.getMessage());
        }
        assertEquals(ReleaseFixture.POM, Files.readString(dir.resolve("pom.xml")));
    }

    /** A set-version killed while writing: every goal says so, and abort puts the files back. */
    @Test
    void shouldAbortAnInterruptedSetVersion() throws Exception {
        ReleaseFixture.create(dir);
        String original = ReleaseFixture.snapshot(dir, true);
        try (GitRepository repository = GitRepository.open(dir);
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "set-version")) {
            ReleaseJournal journal = ReleaseJournal.begin(repository, lock, new ReleaseJournal.Header(
                    "set-version", "2.0.0", null, null, null, "refs/heads/main",
                    repository.headCommitId()));
            journal.started("files");
            journal.backupAll("files", List.of(dir.resolve("pom.xml"), dir.resolve("new.txt")));
            Files.writeString(dir.resolve("pom.xml"), "half");
            Files.writeString(dir.resolve("new.txt"), "created");
        } // killed: the lock goes with the process, the journal stays

        RefusalException pending = assertThrows(RefusalException.class,
                () -> ReleaseJournal.refuseIfPendingAt(dir));
        assertTrue(pending.getMessage().startsWith("A set-version to 2.0.0 was interrupted before"
                + " its first step finished, in step 'files' (journal in .git/release-process/"),
                pending.getMessage());
        assertTrue(pending.getMessage().endsWith("run 'mvn release-process:prepare"
                + " -Drelease-process.abort' to put everything back as it was"), pending.getMessage());
        RefusalException resume = assertThrows(RefusalException.class, () -> new Releaser(
                Reporter.SILENT, (i, o) -> BuildResult.succeeded()).resume(ReleaseFixture.request(dir)));
        assertTrue(resume.getMessage().startsWith("The unfinished change is a set-version, which"
                + " cannot be resumed"), resume.getMessage());

        new Releaser(Reporter.SILENT, (i, o) -> BuildResult.succeeded())
                .abort(ReleaseFixture.request(dir));

        assertEquals(original, ReleaseFixture.snapshot(dir, true));
        assertFalse(Files.exists(dir.resolve(".git/release-process")));
    }
}
