package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.testing.GitScenario;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where it answers, {@link GitDirLocator} names the folder JGit's builder opens. */
class GitDirLocatorTest {

    @TempDir
    Path dir;

    /** What {@link GitRepository#openJGit} would find from {@code start}. */
    private static Path jgit(Path start) {
        File found = new FileRepositoryBuilder().findGitDir(start.toAbsolutePath().toFile())
                .getGitDir();
        return found == null ? null : found.toPath();
    }

    private static Optional<Path> locate(Path start) {
        return GitDirLocator.locate(start, Map.of());
    }

    private static void assertSameFolder(Path expected, Optional<Path> actual) throws Exception {
        assertTrue(actual.isPresent(), "no answer where JGit finds " + expected);
        assertEquals(expected.toRealPath(), actual.get().toRealPath());
    }

    private Path mainRepository() throws Exception {
        Path main = dir.resolve("main");
        try (GitScenario git = GitScenario.init(main)) {
            git.commit("chore: init");
        }
        return main;
    }

    @Test
    void shouldFindTheGitFolderFromTheTopAndFromASubfolder() throws Exception {
        Path main = mainRepository();
        Path module = Files.createDirectories(main.resolve("modules/core"));
        assertSameFolder(jgit(main), locate(main));
        assertSameFolder(jgit(module), locate(module));
        assertSameFolder(main.resolve(".git"), locate(module));
    }

    /** A linked worktree and a submodule: a .git file "gitdir: PATH", relative or absolute. */
    @Test
    void shouldFollowAGitFileAsJGitDoes() throws Exception {
        Path main = mainRepository();
        Path linked = Files.createDirectories(main.resolve(".git/worktrees/linked"));
        Files.writeString(linked.resolve("HEAD"), "ref: refs/heads/other\n");
        Files.writeString(linked.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(linked.resolve("gitdir"), worktree.resolve(".git") + "\n");
        Files.writeString(worktree.resolve(".git"), "gitdir: " + linked + "\n");
        Path sub = Files.createDirectories(worktree.resolve("sub"));
        assertSameFolder(jgit(worktree), locate(worktree));
        assertSameFolder(linked, locate(sub));

        Path submodule = Files.createDirectories(main.resolve("lib"));
        Path modules = Files.createDirectories(main.resolve(".git/modules/lib"));
        try (GitScenario git = GitScenario.init(dir.resolve("scratch"))) {
            git.commit("chore: init");
        }
        copyTree(dir.resolve("scratch/.git"), modules);
        Files.writeString(submodule.resolve(".git"), "gitdir: ../.git/modules/lib\n");
        assertSameFolder(jgit(submodule), locate(submodule));
        assertSameFolder(modules, locate(submodule));
    }

    /** Where it cannot be sure, it does not answer: the caller asks JGit. */
    @Test
    void shouldNotAnswerWhenJGitWouldDecideOtherwise() throws Exception {
        Path main = mainRepository();
        for (String variable : new String[] {"GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR",
            "GIT_CEILING_DIRECTORIES"}) {
            assertEquals(Optional.empty(), GitDirLocator.locate(main, Map.of(variable, "/x")),
                    variable);
        }
        // a .git folder that is not a repository: JGit searches further up
        Path broken = Files.createDirectories(main.resolve("broken/.git"));
        assertEquals(Optional.empty(), locate(broken.getParent()));
        // a .git folder with a commondir file, or a HEAD JGit may not take
        Path shared = Files.createDirectories(main.resolve("shared/.git"));
        Files.createDirectories(shared.resolve("objects"));
        Files.createDirectories(shared.resolve("refs"));
        Files.writeString(shared.resolve("HEAD"), " ref: refs/heads/main\n");
        assertEquals(Optional.empty(), locate(shared.getParent()));
        Files.writeString(shared.resolve("HEAD"), "ref: refs/heads/main\n");
        assertSameFolder(shared, locate(shared.getParent()));
        assertSameFolder(jgit(shared.getParent()), locate(shared.getParent()));
        Files.writeString(shared.resolve("commondir"), "../../.git\n");
        assertEquals(Optional.empty(), locate(shared.getParent()));
        // a .git file that says nothing JGit reads
        Path odd = Files.createDirectories(main.resolve("odd"));
        Files.writeString(odd.resolve(".git"), "not a link\n");
        assertEquals(Optional.empty(), locate(odd));
        Files.writeString(odd.resolve(".git"), "gitdir: ../missing\n");
        assertEquals(Optional.empty(), locate(odd));
        // a bare repository above: JGit may take the folder itself
        Path bare = Files.createDirectories(dir.resolve("bare.git"));
        Files.createDirectories(bare.resolve("objects"));
        Files.createDirectories(bare.resolve("refs"));
        Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main\n");
        assertEquals(Optional.empty(), locate(Files.createDirectories(bare.resolve("x"))));
        // no repository at all
        assertEquals(Optional.empty(), locate(Files.createDirectories(dir.resolve("plain"))));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
