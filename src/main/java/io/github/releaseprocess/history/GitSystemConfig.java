package io.github.releaseprocess.history;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.util.FS;

/**
 * Finds git's system-wide configuration file the way git's own build places it, without running
 * git. JGit, on the first repository it opens in a JVM, runs {@code git --version} and
 * {@code git config --system --show-origin --list} to learn that path: two processes, 0.1 to 0.3 s
 * of every goal's time. git reads {@code $GIT_CONFIG_SYSTEM}, else {@code <prefix>/etc/gitconfig}
 * for the {@code git} on the {@code PATH} ({@code /etc/gitconfig} when the prefix is
 * {@code /usr}); {@code GIT_CONFIG_NOSYSTEM} turns it off, which JGit honours itself. See
 * docs/decisions/0016-git-system-config.md.
 */
final class GitSystemConfig {

    private static volatile boolean located;

    private GitSystemConfig() {
    }

    /** Tells JGit where the system configuration is, once per JVM, before the first open. */
    static void locateOnce() {
        if (located) {
            return;
        }
        synchronized (GitSystemConfig.class) {
            if (!located && File.separatorChar == '/') {
                // Windows: git's layout differs (Git for Windows, its etc/ under mingw64); JGit
                // finds it its own way there.
                FS.DETECTED.setGitSystemConfig(locate(System.getenv()).map(Path::toFile)
                        .orElse(null));
            }
            located = true;
        }
    }

    /**
     * The system configuration file git would read with this environment, when it exists.
     *
     * @param env the environment ({@code PATH}, {@code GIT_CONFIG_SYSTEM})
     */
    static Optional<Path> locate(Map<String, String> env) {
        String configured = env.get("GIT_CONFIG_SYSTEM");
        if (configured != null && !configured.isEmpty()) {
            return existing(Path.of(configured));
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path git = Path.of(dir, "git");
            if (Files.isRegularFile(git) && Files.isExecutable(git)) {
                Path bin = git.toAbsolutePath().getParent();
                Path prefix = bin.getParent();
                if (prefix == null) {
                    return Optional.empty();
                }
                Path config = prefix.equals(Path.of("/usr")) ? Path.of("/etc/gitconfig")
                        : prefix.resolve("etc/gitconfig");
                return existing(config);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> existing(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
