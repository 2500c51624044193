package io.github.releaseprocess.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files that tests lay out under a temporary folder. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code path} under {@code root}, creating its folders. */
    public static Path write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
