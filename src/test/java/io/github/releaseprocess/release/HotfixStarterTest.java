package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotfixStarterTest {

    @TempDir
    Path dir;

    private String start() throws Exception {
        return new HotfixStarter(Reporter.SILENT).start(dir, TagFormat.of(TagFormat.DEFAULT, "demo"),
                Optional.empty(), List.of(), HotfixStarter.DEFAULT_MESSAGE);
    }

    /** A pre-commit hook refuses the hotfix commit: nothing stays, and its reason is told. */
    @Test
    void shouldPutEverythingBackAndSayWhyWhenTheCommitIsRefused() throws Exception {
        ReleaseFixture.create(dir);
        Path hook = dir.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho 'commits need a ticket' >&2\nexit 1\n");
        hook.toFile().setExecutable(true);
        String before = ReleaseFixture.snapshot(dir, true);

        RefusalException e = assertThrows(RefusalException.class, this::start);

        assertTrue(e.getMessage().startsWith("Starting hotfix/1.2.1 failed: git commit was refused"
                + " by the pre-commit hook of "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(it said: commits need a ticket); fix what it reports,"
                + " or change the hook. Nothing is left behind: main is checked out again, its"
                + " files and index are as they were, and hotfix/1.2.1 is gone."), e.getMessage());
        assertEquals(before, ReleaseFixture.snapshot(dir, true));
        assertFalse(Files.exists(dir.resolve(".git/release-process")));
    }

    /** The tag's POM already says 1.2.1-SNAPSHOT: the branch starts there, with nothing to commit. */
    @Test
    void shouldStartAtATagWhosePomHoldsTheHotfixSnapshotAlready() throws Exception {
        String tagged;
        try (GitScenario git = GitScenario.init(dir)) {
            Files.writeString(dir.resolve("pom.xml"), ReleaseFixture.POM);
            git.commitAll("chore: project").annotatedTag("v1.2.0");
            tagged = git.lastId();
            git.commitFile("src/Next.java", "feat: next");
        }

        assertEquals("hotfix/1.2.1", start());

        try (Git git = Git.open(dir.toFile())) {
            assertEquals("hotfix/1.2.1", git.getRepository().getBranch());
            assertEquals(tagged, git.getRepository().resolve("HEAD").name());
            assertTrue(git.status().call().isClean());
        }
        assertFalse(Files.exists(dir.resolve(".git/release-process")));
    }

    @Test
    void shouldStartTheLineWithTheSnapshotCommitted() throws Exception {
        ReleaseFixture.create(dir);

        assertEquals("hotfix/1.2.1", start());

        try (Git git = Git.open(dir.toFile())) {
            assertEquals("hotfix/1.2.1", git.getRepository().getBranch());
            assertEquals("chore(release): start hotfix 1.2.1",
                    git.log().setMaxCount(1).call().iterator().next().getShortMessage());
            assertTrue(git.status().call().isClean());
        }
        assertTrue(Files.readString(dir.resolve("pom.xml")).contains("<version>1.2.1-SNAPSHOT<"));
        assertFalse(Files.exists(dir.resolve(".git/release-process")));
    }
}
