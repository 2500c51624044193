package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the exact committed sources of one commit into a fresh folder, straight from git's
 * object database: never the user's working tree, so uncommitted changes and untracked files
 * cannot slip into a deployment. Submodules are left empty; symbolic links pointing outside the
 * copy are refused.
 */
public final class GitSourceExport {

    private GitSourceExport() {
    }

    /**
     * Replaces {@code target} with the tree of {@code commitId}.
     *
     * @param repositoryStart a folder inside the repository
     * @throws RefusalException when the commit is not in the repository
     */
    public static void export(Path repositoryStart, String commitId, Path target)
            throws IOException {
        deleteRecursively(target);
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (Repository repository = GitRepository.openJGit(repositoryStart, "a deployment"
                + " exports the release's sources from the project's repository; run inside a"
                + " clone"); RevWalk walk = new RevWalk(repository);
                TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit;
            try {
                commit = walk.parseCommit(ObjectId.fromString(commitId));
            } catch (MissingObjectException | IllegalArgumentException e) {
                throw new RefusalException("Commit " + commitId + " is not in the repository at "
                        + repository.getDirectory() + "; fetch it (git fetch --tags) and run"
                        + " again");
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                Path file = root.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(root)) {
                    throw new RefusalException("Commit " + commitId + " holds the path '"
                            + tree.getPathString() + "' that leaves the working copy; it cannot"
                            + " be deployed");
                }
                FileMode mode = tree.getFileMode(0);
                Files.createDirectories(file.getParent());
                if (mode == FileMode.GITLINK) {
                    Files.createDirectories(file);
                } else if (mode == FileMode.SYMLINK) {
                    String link = new String(repository.open(tree.getObjectId(0)).getBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    Path resolved = file.getParent().resolve(link).normalize();
                    if (!resolved.startsWith(root)) {
                        throw new RefusalException("Commit " + commitId + " holds the symbolic"
                                + " link '" + tree.getPathString() + "' -> '" + link + "' that"
                                + " points outside the working copy; it cannot be deployed");
                    }
                    Files.createSymbolicLink(file, Path.of(link));
                } else {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        repository.open(tree.getObjectId(0)).copyTo(out);
                    }
                    if (mode == FileMode.EXECUTABLE_FILE) {
                        makeExecutable(file);
                    }
                }
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: there is no executable bit to set.
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
