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

    private static List<byte[]> contents(List<Path> files) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path f : files) {
            out.add(Files.readAllBytes(f));
        }
        return out;
    }

    private static void assertContents(List<byte[]> expected, List<Path> files) throws IOException {
        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(expected.get(i), Files.readAllBytes(files.get(i)), files.get(i).toString());
        }
    }

    /** Writes temporary files normally, except the one for {@code name} (in {@code folder}). */
    private FileTransaction.FileWriter failingFor(String name, Path... folder) {
        return (tmp, content) -> {
            boolean inFolder = folder.length == 0
                    || tmp.getParent().equals(folder[0].toAbsolutePath().normalize());
            if (inFolder && tmp.getFileName().toString().startsWith("." + name + ".")) {
                throw new IOException("disk full");
            }
            Files.write(tmp, content);
        };
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (var s = Files.walk(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".rp-tmp")));
        }
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
        void shouldChangeNothingWhenTheSeventhWriteFails() throws IOException {
            List<Path> files = tenFiles();
            List<byte[]> before = contents(files);
            FileTransaction tx = new FileTransaction(failingFor("file7.txt"));
            for (Path f : files) {
                tx.stage(f, "new".getBytes(StandardCharsets.UTF_8));
            }
            FileTransactionException e = assertThrows(FileTransactionException.class, tx::commit);
            assertEquals("Could not write " + files.get(6).toAbsolutePath().normalize()
                    + " (disk full); no file was changed", e.getMessage());
            assertContents(before, files);
            assertNoTemporaryFiles();
        }

        @Test
        void shouldRestoreTheFirstSixWhenTheSeventhCannotBeReplaced() throws IOException {
            List<Path> files = tenFiles();
            FileTransaction tx = new FileTransaction();
            for (Path f : files) {
                tx.stage(f, "new".getBytes(StandardCharsets.UTF_8));
            }
            List<byte[]> before = contents(files);
            // the seventh target turns into a non-empty folder: its rename must fail
            Files.delete(files.get(6));
            Files.createDirectories(files.get(6).resolve("blocker"));
            FileTransactionException e = assertThrows(FileTransactionException.class, tx::commit);
            assertTrue(e.getMessage().startsWith("Could not write " + files.get(6).toAbsolutePath()
                    .normalize()), e.getMessage());
            assertTrue(e.getMessage().endsWith("the 6 file(s) written before it were restored"),
                    e.getMessage());
            for (int i = 0; i < files.size(); i++) {
                if (i != 6) {
                    assertArrayEquals(before.get(i), Files.readAllBytes(files.get(i)), "file" + (i + 1));
                }
            }
            assertNoTemporaryFiles();
        }

        @Test
        void shouldChangeNothingWhenOneOfAThousandWritesFails() throws IOException {
            List<Path> files = new ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                Path f = dir.resolve("m" + i + "/pom.xml");
                Files.createDirectories(f.getParent());
                Files.writeString(f, "old " + i);
                files.add(f);
            }
            List<byte[]> before = contents(files);
            FileTransaction tx = new FileTransaction(failingFor("pom.xml", dir.resolve("m577")));
            for (Path f : files) {
                tx.stage(f, "new".getBytes(StandardCharsets.UTF_8));
            }
            FileTransactionException e = assertThrows(FileTransactionException.class, tx::commit);
            assertEquals(dir.resolve("m577/pom.xml").toAbsolutePath().normalize(), e.file());
            assertContents(before, files);
            assertNoTemporaryFiles();

            FileTransaction ok = new FileTransaction();
            for (Path f : files) {
                ok.stage(f, "new".getBytes(StandardCharsets.UTF_8));
            }
            ok.commit();
            for (Path f : files) {
                assertEquals("new", Files.readString(f));
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
