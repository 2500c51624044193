package io.github.releaseprocess.build;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files only the current user can read: a folder of mode 0700 holding files of mode 0600, created
 * with those modes (never widened later). On file systems without POSIX modes (Windows) the
 * folder is made in the user's temporary folder, which only that user can read by default.
 */
final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix");

    private PrivateFiles() {
    }

    static Path createDirectory(String prefix) throws IOException {
        return POSIX ? Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(prefix);
    }

    static void write(Path file, byte[] content) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: the folder is private and in the temporary folder.
        }
    }
}
