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
            journal.backupAll("files", List.of(dir.resolve("pom.xml"), dir.resolve("new.txt")),
                    repository);
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

    /**
     * Issue 14: a file exactly as the index holds it is recorded by its blob id, not copied; a
     * modified file is copied; abort restores both byte for byte.
     */
    @Test
    void shouldRecordCleanTrackedFilesByBlobIdAndCopyTheOthers() throws Exception {
        ReleaseFixture.create(dir);
        String dirty = Files.readString(dir.resolve("CHANGELOG.md")) + "\nnot committed\r\n";
        Files.writeString(dir.resolve("CHANGELOG.md"), dirty);
        Files.writeString(dir.resolve("untracked.txt"), "mine");
        String original = ReleaseFixture.snapshot(dir, true);
        try (GitRepository repository = GitRepository.open(dir);
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "set-version")) {
            ReleaseJournal journal = ReleaseJournal.begin(repository, lock, new ReleaseJournal.Header(
                    "set-version", "2.0.0", null, null, null, "refs/heads/main",
                    repository.headCommitId()));
            journal.started("files");
            journal.backupAll("files", List.of(dir.resolve("pom.xml"), dir.resolve("CHANGELOG.md"),
                    dir.resolve("untracked.txt"), dir.resolve("new.txt")), repository);
            String recorded = Files.readString(dir.resolve(".git/release-process/journal.json"));
            assertTrue(recorded.matches("(?s).*\"pom.xml\": \"blob:[0-9a-f]{40}\".*"), recorded);
            assertTrue(recorded.contains("\"CHANGELOG.md\": \"files-1\""), recorded);
            assertTrue(recorded.contains("\"untracked.txt\": \"files-2\""), recorded);
            assertTrue(recorded.contains("\"new.txt\": null"), recorded);
            try (var copies = Files.list(dir.resolve(".git/release-process/backup"))) {
                assertEquals(2, copies.count(), "only the modified and the untracked file");
            }
            for (String file : List.of("pom.xml", "CHANGELOG.md", "untracked.txt", "new.txt")) {
                Files.writeString(dir.resolve(file), "half-written");
            }
        } // killed

        new Releaser(Reporter.SILENT, (i, o) -> BuildResult.succeeded())
                .abort(ReleaseFixture.request(dir));

        assertEquals(ReleaseFixture.POM, Files.readString(dir.resolve("pom.xml")));
        assertEquals(dirty, Files.readString(dir.resolve("CHANGELOG.md")));
        assertEquals("mine", Files.readString(dir.resolve("untracked.txt")));
        assertFalse(Files.exists(dir.resolve("new.txt")));
        assertEquals(original, ReleaseFixture.snapshot(dir, true));
    }
}
