package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.releaseprocess.testing.GitScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's blob ids: only files exactly as the index holds them, with git's own ids. */
class IndexedBlobsTest {

    @TempDir
    Path dir;

    @Test
    void shouldComputeTheIdGitGivesTheSameBytes() throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        try (ObjectInserter.Formatter git = new ObjectInserter.Formatter()) {
            for (byte[] content : new byte[][] {new byte[0], "x".getBytes(StandardCharsets.UTF_8),
                    new byte[1 << 20], "<project>\r\n</project>".getBytes(StandardCharsets.UTF_8)}) {
                assertEquals(git.idFor(Constants.OBJ_BLOB, content),
                        IndexedBlobs.blobId(sha1, content));
            }
        }
    }

    /**
     * <pre>
     * * chore: two files   (a.txt, b.txt)
     * </pre>
     * then b.txt is changed and c.txt added, both left uncommitted.
     */
    @Test
    void shouldNameOnlyTheFilesTheIndexHoldsAsTheyAre() throws Exception {
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve("a.txt"), "a\n");
            Files.writeString(dir.resolve("b.txt"), "b\n");
            git.commitAll("chore: two files");
        }
        Files.writeString(dir.resolve("c.txt"), "c\n");
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
            contents.put(dir.resolve(name), Files.readAllBytes(dir.resolve(name)));
        }
        contents.put(dir.resolve("b.txt"), "changed\n".getBytes(StandardCharsets.UTF_8));

        try (GitRepository repository = GitRepository.open(dir)) {
            Map<Path, String> ids = IndexedBlobs.of(repository, contents);

            assertEquals(java.util.List.of(dir.resolve("a.txt")), java.util.List.copyOf(ids.keySet()));
            assertArrayEquals("a\n".getBytes(StandardCharsets.UTF_8),
                    IndexedBlobs.read(repository, ids.get(dir.resolve("a.txt"))));
        }
    }
}
