package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps configured file paths inside the project: a path that the configuration names (a
 * {@code <versionFile>}, a marker file) is relative to the reactor root and, once every symlink
 * on the way is followed, still inside it. A release tool that rewrites files must never be
 * talked into writing elsewhere by a POM or a {@code -D} value.
 */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * The real path (symlinks followed) of an existing regular file that {@code configured} names
     * inside {@code root}; edits go to this path, so a symlinked file is changed through its link
     * and stays a link.
     *
     * @param root the reactor root
     * @param configured the path as the configuration wrote it
     * @param element how the configuration names the entry, e.g. {@code <versionFile>}, for the
     *     messages
     * @throws RefusalException when the path is absolute, leaves the root (by {@code ..} or by a
     *     symlink), does not exist, or is not a regular file
     */
    public static Path existingFileInside(Path root, String configured, String element)
            throws IOException {
        Path normalRoot = root.toAbsolutePath().normalize();
        Path given;
        try {
            given = Path.of(configured);
        } catch (java.nio.file.InvalidPathException e) {
            throw new RefusalException(element + " " + configured + " is not a valid path ("
                    + e.getReason() + "); give a path relative to the reactor root.");
        }
        if (given.isAbsolute() || given.getRoot() != null) {
            throw new RefusalException(element + " " + configured + " is an absolute path; give"
                    + " a path relative to the reactor root " + normalRoot + ", inside it.");
        }
        Path file = normalRoot.resolve(given).normalize();
        if (!file.startsWith(normalRoot) || file.equals(normalRoot)) {
            throw new RefusalException(element + " " + configured + " is outside the reactor root "
                    + normalRoot + "; the plugin only edits files of the project. Move the file"
                    + " into the project or remove the entry.");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusalException(element + " " + configured + " does not exist (looked for "
                    + file + "); fix the path or remove the entry.");
        }
        if (!Files.exists(file)) {
            throw new RefusalException(element + " " + configured + " is a symlink to nothing"
                    + " (looked for " + file + "); fix the link or remove the entry.");
        }
        Path real = file.toRealPath();
        Path realRoot = normalRoot.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new RefusalException(element + " " + configured + " leads outside the reactor"
                    + " root through a symlink (to " + real + "); the plugin only edits files of"
                    + " the project. Remove the entry or replace the link with the file.");
        }
        if (Files.isDirectory(real)) {
            throw new RefusalException(element + " " + configured + " is a directory, not a file;"
                    + " name the file inside it that holds the version.");
        }
        if (!Files.isRegularFile(real)) {
            throw new RefusalException(element + " " + configured + " is not a regular file;"
                    + " name a text file that holds the version.");
        }
        return real;
    }

    /**
     * Where the plugin may write a file that it creates or rewrites, such as the changelog:
     * {@code file} (as Maven resolved the configured path), inside {@code root} once every
     * symlink on the way is followed. The file need not exist yet.
     *
     * @param root the reactor root
     * @param file the file to write, absolute or relative to the working directory
     * @param element how the configuration names it, e.g. {@code <changelog>}, for the messages
     * @return the path to write: the file, or for a symlink the file it leads to, so that the
     *     link stays a link
     * @throws RefusalException when the file is outside the root, leads outside it through a
     *     symlink (of the file or of a folder on the way), is a symlink to nothing, or is a
     *     directory
     */
    public static Path writableFileInside(Path root, Path file, String element)
            throws IOException {
        Path normalRoot = root.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(normalRoot) || abs.equals(normalRoot)) {
            throw new RefusalException(element + " " + abs + " is outside the reactor root "
                    + normalRoot + "; the plugin only writes files of the project. Name a file"
                    + " inside it.");
        }
        if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
            throw new RefusalException(element + " " + normalRoot.relativize(abs) + " is a symlink"
                    + " to nothing; fix the link or replace it with the file.");
        }
        if (Files.isDirectory(abs)) {
            throw new RefusalException(element + " " + normalRoot.relativize(abs) + " is a"
                    + " directory, not a file; name the changelog file inside it.");
        }
        // The file, or its nearest existing folder, with every symlink followed.
        Path existing = abs;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        Path target = existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        if (!target.startsWith(normalRoot.toRealPath())) {
            throw new RefusalException(element + " " + normalRoot.relativize(abs) + " leads"
                    + " outside the reactor root through a symlink (to " + target + "); the"
                    + " plugin only writes files of the project. Replace the link with the file.");
        }
        return Files.isSymbolicLink(abs) ? target : abs;
    }

    /**
     * Where an edit of an existing file goes: the file itself, or, for a symlink, the file it
     * leads to, so the link stays a link (an atomic write replaces the path it is given).
     *
     * @param displayName how messages name the file
     * @throws RefusalException when the symlink leads outside {@code root}
     */
    public static Path editTarget(Path root, Path file, String displayName) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        Path real = file.toRealPath();
        if (!real.startsWith(root.toAbsolutePath().normalize().toRealPath())) {
            throw new RefusalException(displayName + " is a symlink that leads outside the reactor"
                    + " root (to " + real + "); the plugin only edits files of the project."
                    + " Replace the link with the file.");
        }
        return real;
    }
}
