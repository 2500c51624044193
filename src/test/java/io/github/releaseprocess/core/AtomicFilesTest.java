package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldReplaceContentAndLeaveNoTemporaryFile() throws Exception {
        Path file = dir.resolve("pom.xml");
        Files.write(file, "old".getBytes(StandardCharsets.UTF_8));
        byte[] next = "new\r\ncontent".getBytes(StandardCharsets.UTF_8);

        AtomicFiles.write(file, next);

        assertArrayEquals(next, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void shouldWriteThroughASymbolicLinkAndKeepTheLink() throws Exception {
        Path real = dir.resolve("docs").resolve("CHANGELOG.md");
        Files.createDirectories(real.getParent());
        Files.write(real, "old".getBytes(StandardCharsets.UTF_8));
        Path link = Files.createSymbolicLink(dir.resolve("CHANGELOG.md"), Path.of("docs/CHANGELOG.md"));

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(java.util.Map.of(link, "newer".getBytes(StandardCharsets.UTF_8)));

        assertEquals(true, Files.isSymbolicLink(link));
        assertEquals("newer", Files.readString(real));
    }

    @Test
    void shouldKeepTheFilePermissions() throws Exception {
        Path script = dir.resolve("mvnw");
        Files.write(script, new byte[] {1});
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

        AtomicFiles.write(script, new byte[] {2});

        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
    }

    @Test
    void shouldCreateAMissingFile() throws Exception {
        Path file = dir.resolve("sub/CHANGELOG.md");
        AtomicFiles.write(file, new byte[] {42});
        assertArrayEquals(new byte[] {42}, Files.readAllBytes(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
