package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the plugin writes (the changelog) stays inside the project, symlinks included. */
class ProjectPathsTest {

    @TempDir
    Path dir;

    private Path writable(Path root, Path file) throws IOException {
        return ProjectPaths.writableFileInside(root, file, "<changelog>");
    }

    private String refused(Path root, Path file) {
        return assertThrows(RefusalException.class, () -> writable(root, file)).getMessage();
    }

    @Test
    void shouldAcceptAFileInsideTheRootWhetherOrNotItExists() throws IOException {
        Path root = Files.createDirectories(dir.resolve("project"));
        assertEquals(root.resolve("CHANGELOG.md"), writable(root, root.resolve("CHANGELOG.md")));
        assertEquals(root.resolve("docs/new/CHANGES.md"), writable(root,
                root.resolve("docs/./new/../new/CHANGES.md")));
    }

    @Test
    void shouldRefuseAPathThatLeavesTheRoot() {
        Path root = dir.resolve("project");
        assertEquals("<changelog> " + dir.resolve("x.md") + " is outside the reactor root " + root
                + "; the plugin only writes files of the project. Name a file inside it.",
                refused(root, root.resolve("../x.md")));
        assertTrue(refused(root, Path.of("/tmp/CHANGELOG.md")).contains("is outside the reactor"));
        assertTrue(refused(root, root).contains("is outside the reactor"));
    }

    @Test
    void shouldRefuseSymlinksThatLeadOutsideAndFollowThoseThatStayInside() throws IOException {
        Path root = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(root.resolve("CHANGELOG.md"), outside.resolve("CHANGELOG.md"));
        Files.writeString(outside.resolve("CHANGELOG.md"), "# Changelog\n");
        Files.createSymbolicLink(root.resolve("out"), outside);
        Files.createSymbolicLink(root.resolve("nothing.md"), root.resolve("missing/x.md"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/CHANGES.md"), "# Changelog\n");
        Files.createSymbolicLink(root.resolve("CHANGES.md"), Path.of("docs/CHANGES.md"));

        assertTrue(refused(root, root.resolve("CHANGELOG.md")).startsWith("<changelog>"
                + " CHANGELOG.md leads outside the reactor root through a symlink"));
        assertTrue(refused(root, root.resolve("out/new.md")).startsWith("<changelog> out/new.md"
                + " leads outside the reactor root through a symlink"));
        assertEquals("<changelog> nothing.md is a symlink to nothing; fix the link or replace it"
                + " with the file.", refused(root, root.resolve("nothing.md")));
        assertTrue(refused(root, root.resolve("docs")).contains("is a directory"));
        assertEquals(root.resolve("docs/CHANGES.md").toRealPath(),
                writable(root, root.resolve("CHANGES.md")));
    }
}
