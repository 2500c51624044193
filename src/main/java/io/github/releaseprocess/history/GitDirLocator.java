package io.github.releaseprocess.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the git directory that {@link GitRepository#open} would open from a folder, with
 * {@code java.nio} alone: no JGit class loaded, no configuration read, nothing spawned. For a
 * check that is cheap when there is nothing to find ({@code ReleaseJournal.refuseIfPendingAt}
 * before every goal).
 *
 * <p>It answers only where it is sure to agree with JGit's {@code FileRepositoryBuilder
 * .readEnvironment().findGitDir(start)}: searching upward, a {@code .git} folder that holds
 * {@code objects}, {@code refs} and a valid {@code HEAD}, or a {@code .git} file
 * ({@code gitdir: PATH}, a linked worktree or a submodule) whose folder exists. It gives up
 * (empty) when {@code GIT_DIR}, {@code GIT_WORK_TREE}, {@code GIT_COMMON_DIR} or
 * {@code GIT_CEILING_DIRECTORIES} is set, at a {@code .git} it cannot read or that is not a
 * repository, at a folder that may be a bare repository, and when it finds nothing: the caller
 * then opens the repository with JGit as before.
 */
public final class GitDirLocator {

    /** The variables that change where JGit looks; with any of them set, JGit decides. */
    private static final String[] STEERING = {"GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR",
        "GIT_CEILING_DIRECTORIES"};
    private static final String GITDIR_PREFIX = "gitdir: ";

    private GitDirLocator() {
    }

    /** The git directory for {@code start} under this process's environment, or empty. */
    public static Optional<Path> locate(Path start) {
        return locate(start, System.getenv());
    }

    /** As {@link #locate(Path)}, under {@code environment}. */
    static Optional<Path> locate(Path start, Map<String, String> environment) {
        for (String variable : STEERING) {
            if (environment.get(variable) != null) {
                return Optional.empty();
            }
        }
        try {
            for (Path current = start.toAbsolutePath(); current != null;
                    current = current.getParent()) {
                Path dotGit = current.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return isRepository(dotGit) ? Optional.of(dotGit) : Optional.empty();
                }
                if (Files.isRegularFile(dotGit)) {
                    return linkedGitDir(current, dotGit);
                }
                if (Files.exists(dotGit) || Files.exists(current.resolve("objects"))
                        || Files.exists(current.resolve("HEAD"))) {
                    return Optional.empty(); // something else, or a bare repository: JGit decides
                }
            }
        } catch (IOException | RuntimeException unsure) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * As JGit's {@code FileKey.isGitRepository} on a {@code .git} folder, where that is plain:
     * false for a folder with a {@code commondir} file (JGit then looks elsewhere) and for a
     * {@code HEAD} it might read otherwise, so that the caller gives up.
     */
    private static boolean isRepository(Path dir) throws IOException {
        if (Files.exists(dir.resolve("commondir")) || !Files.exists(dir.resolve("objects"))
                || !Files.exists(dir.resolve("refs"))) {
            return false;
        }
        if (Files.exists(dir.resolve("reftable"))) {
            return true;
        }
        Path head = dir.resolve("HEAD");
        if (!Files.isRegularFile(head)) {
            return false;
        }
        String text = new String(Files.readAllBytes(head), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.startsWith("ref: refs/") || line.matches("[0-9a-fA-F]{40}");
    }

    /**
     * The folder a {@code .git} file points at ({@code gitdir: PATH}, relative to the folder that
     * holds the file), as JGit reads it; empty when it does not say or the folder is missing.
     */
    private static Optional<Path> linkedGitDir(Path workTree, Path dotGit) throws IOException {
        String text = new String(Files.readAllBytes(dotGit), StandardCharsets.UTF_8);
        if (!text.startsWith(GITDIR_PREFIX)) {
            return Optional.empty();
        }
        int end = text.indexOf('\n');
        String path = (end < 0 ? text : text.substring(0, end)).substring(GITDIR_PREFIX.length());
        if (path.isEmpty() || path.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        Path target = Path.of(path);
        Path gitDir = target.isAbsolute() ? target
                : workTree.resolve(target).toFile().getCanonicalFile().toPath();
        return Files.isDirectory(gitDir) ? Optional.of(gitDir) : Optional.empty();
    }
}
