package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetWriterTest {

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
    private FileSetWriter.FileWriter failingFor(String name, Path... folder) {
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

    private static Map<Path, byte[]> allNew(List<Path> files) {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f, "new".getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void shouldWriteEveryFile() throws IOException {
        List<Path> files = tenFiles();
        AtomicFiles.writeAll(allNew(files));
        for (Path f : files) {
            assertEquals("new", Files.readString(f));
        }
    }

    @Test
    void shouldChangeNothingWhenTheSeventhWriteFails() throws IOException {
        List<Path> files = tenFiles();
        List<byte[]> before = contents(files);
        IOException e = assertThrows(IOException.class,
                () -> FileSetWriter.writeAll(allNew(files), failingFor("file7.txt")));
        assertEquals("Could not write " + files.get(6).toAbsolutePath().normalize()
                + " (disk full); no file was changed", e.getMessage());
        assertContents(before, files);
        assertNoTemporaryFiles();
    }

    @Test
    void shouldRestoreTheFirstSixWhenTheSeventhCannotBeReplaced() throws IOException {
        List<Path> files = tenFiles();
        List<byte[]> before = contents(files);
        // while its temporary file is written, the seventh target turns into a non-empty
        // folder: its rename must fail
        FileSetWriter.FileWriter blocking = (tmp, content) -> {
            Files.write(tmp, content);
            if (tmp.getFileName().toString().startsWith(".file7.txt.")) {
                Files.delete(files.get(6));
                Files.createDirectories(files.get(6).resolve("blocker"));
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> FileSetWriter.writeAll(allNew(files), blocking));
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
        IOException e = assertThrows(IOException.class, () -> FileSetWriter.writeAll(allNew(files),
                failingFor("pom.xml", dir.resolve("m577"))));
        assertTrue(e.getMessage().startsWith("Could not write "
                + dir.resolve("m577/pom.xml").toAbsolutePath().normalize()), e.getMessage());
        assertContents(before, files);
        assertNoTemporaryFiles();
    }

    @Test
    void shouldNotRewriteFilesWhoseBytesDoNotChange() throws IOException {
        Path f = dir.resolve("same.txt");
        Files.writeString(f, "same");
        List<Path> written = new ArrayList<>();
        FileSetWriter.writeAll(Map.of(f, "same".getBytes(StandardCharsets.UTF_8)),
                (file, content) -> written.add(file));
        assertTrue(written.isEmpty());
    }

    @Test
    void shouldCreateAMissingFileAndItsFolder() throws IOException {
        Path created = dir.resolve("sub/b.txt");
        AtomicFiles.writeAll(Map.of(created, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(created));
    }
}
