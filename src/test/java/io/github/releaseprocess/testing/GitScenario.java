package io.github.releaseprocess.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Builds git histories in code for tests, in the spirit of jgitver's scenarios:
 * {@code GitScenario.init(dir).commit("feat: a").tag("v1.0.0").commit("fix: b")}. Every commit
 * gets its own second on a fixed clock, so the order of a walk never depends on timing.
 */
public final class GitScenario implements AutoCloseable {

    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private final Git git;
    private final Path dir;
    private int tick;
    private RevCommit last;

    private GitScenario(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A new repository on branch {@code main} with a committer identity in its config. */
    public static GitScenario init(Path dir) {
        try {
            Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
            StoredConfig config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Test Author");
            config.setString("user", null, "email", "author@example.invalid");
            config.setBoolean("commit", null, "gpgsign", false);
            config.save();
            return new GitScenario(git, dir);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An existing repository, to add to its history. */
    public static GitScenario open(Path dir) {
        try {
            GitScenario scenario = new GitScenario(Git.open(dir.toFile()), dir);
            scenario.tick = 1000; // after anything init() made
            return scenario;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Git git() {
        return git;
    }

    /** Commits a change to a file named after the commit count, with this message. */
    public GitScenario commit(String message) {
        return commitFile("file-" + (tick + 1) + ".txt", message);
    }

    /** Commits a change to {@code file} with this message. */
    public GitScenario commitFile(String file, String message) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, ("change " + tick + "\n").getBytes(StandardCharsets.UTF_8));
            git.add().addFilepattern(file).call();
            PersonIdent who = ident();
            last = git.commit().setMessage(message).setAuthor(who).setCommitter(who)
                    .setSign(false).call();
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Commits every change of the work tree as it is, with this message. */
    public GitScenario commitAll(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = ident();
            last = git.commit().setMessage(message).setAuthor(who).setCommitter(who)
                    .setSign(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lightweight tag on HEAD. */
    public GitScenario tag(String name) {
        try {
            git.tag().setName(name).setAnnotated(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An annotated tag on HEAD. */
    public GitScenario annotatedTag(String name) {
        try {
            git.tag().setName(name).setAnnotated(true).setMessage("release " + name)
                    .setTagger(ident()).setSigned(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a branch at HEAD and checks it out. */
    public GitScenario branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public GitScenario checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges {@code branch} into the current branch with a merge commit. */
    public GitScenario merge(String branch, String message) {
        try {
            git.merge().include(git.getRepository().resolve(branch))
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage(message).call();
            last = git.log().setMaxCount(1).call().iterator().next();
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full id of the last commit made through this scenario. */
    public String lastId() {
        return last.name();
    }

    private PersonIdent ident() {
        tick++;
        return new PersonIdent("Test Author", "author@example.invalid",
                EPOCH.plusSeconds(tick).atZone(ZoneOffset.UTC).toInstant(),
                TimeZone.getTimeZone("UTC").toZoneId());
    }

    @Override
    public void close() {
        git.close();
    }
}
