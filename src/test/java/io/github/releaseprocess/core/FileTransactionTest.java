package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.FileTransaction.FileTransactionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTransactionTest {

    @TempDir
    Path dir;

    private List<Path> tenFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Path f = dir.resolve("file" + i + ".txt");
            Files.write(f, ("old " + i + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            files.add(f);
        }
        return files;
    }

    @Nested
    class Commit {

        @Test
        void shouldWriteEveryStagedFile() throws IOException {
            List<Path> files = tenFiles();
            FileTransaction tx = new FileTransaction();
            for (Path f : files) {
                tx.stage(f, "new".getBytes(StandardCharsets.UTF_8));
            }
            tx.commit();
            for (Path f : files) {
                assertEquals("new", Files.readString(f));
            }
        }

        @Test
        void shouldRestoreTheFirstSixWhenTheSeventhFails() throws IOException {
            List<Path> files = tenFiles();
            List<byte[]> before = new ArrayList<>();
            for (Path f : files) {
                before.add(Files.readAllBytes(f));
            }
            Path seventh = files.get(6);
            FileTransaction tx = new FileTransaction((file, content) -> {
                if (file.equals(seventh.toAbsolutePath().normalize())) {
                    throw new IOException("disk full");
                }
                AtomicFiles.write(file, content);
            });
            for (Path f : files) {
                tx.stage(f, "new".getBytes(StandardCharsets.UTF_8));
            }
            FileTransactionException e = assertThrows(FileTransactionException.class, tx::commit);
            assertTrue(e.getMessage().contains("file7.txt"), e.getMessage());
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
            assertTrue(e.getMessage().contains("the 6 file(s) written before it were restored"),
                    e.getMessage());
            assertEquals(seventh.toAbsolutePath().normalize(), e.file());
            for (int i = 0; i < files.size(); i++) {
                assertArrayEquals(before.get(i), Files.readAllBytes(files.get(i)), "file" + (i + 1));
            }
        }

        @Test
        void shouldNotRewriteFilesWhoseBytesDoNotChange() throws IOException {
            Path f = dir.resolve("same.txt");
            Files.writeString(f, "same");
            List<Path> written = new ArrayList<>();
            FileTransaction tx = new FileTransaction((file, content) -> written.add(file));
            tx.stage(f, "same".getBytes(StandardCharsets.UTF_8)).commit();
            assertTrue(written.isEmpty());
        }
    }

    @Nested
    class Rollback {

        @Test
        void shouldUndoACommittedChangeAndDeleteCreatedFiles() throws IOException {
            Path existing = dir.resolve("a.txt");
            Files.writeString(existing, "before");
            Path created = dir.resolve("sub/b.txt");
            FileTransaction tx = new FileTransaction();
            tx.stage(existing, "after".getBytes(StandardCharsets.UTF_8));
            tx.stage(created, "new".getBytes(StandardCharsets.UTF_8));
            tx.commit();
            assertEquals("after", Files.readString(existing));
            assertTrue(Files.exists(created));
            tx.rollback();
            assertEquals("before", Files.readString(existing));
            assertFalse(Files.exists(created));
        }

        @Test
        void shouldExposeTheOriginalsForAJournal() throws IOException {
            Path existing = dir.resolve("a.txt");
            Files.writeString(existing, "before");
            FileTransaction tx = new FileTransaction();
            tx.stage(existing, "x".getBytes(StandardCharsets.UTF_8));
            tx.stage(dir.resolve("absent.txt"), "y".getBytes(StandardCharsets.UTF_8));
            assertEquals(2, tx.originals().size());
            assertEquals("before", new String(tx.originals().get(existing.toAbsolutePath().normalize())
                    .orElseThrow(), StandardCharsets.UTF_8));
            assertTrue(tx.originals().get(dir.resolve("absent.txt").toAbsolutePath().normalize()).isEmpty());
        }

        @Test
        void shouldRefuseToStageAfterCommit() throws IOException {
            FileTransaction tx = new FileTransaction();
            tx.commit();
            assertThrows(IllegalStateException.class,
                    () -> tx.stage(dir.resolve("late.txt"), new byte[0]));
        }
    }
}
