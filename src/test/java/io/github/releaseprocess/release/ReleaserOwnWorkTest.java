package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.build.BuildRunner;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code prepare} does besides its steps' own work (issue 14): the journal writes to disk
 * only what an undo or a resume needs, and the changelog's links come from the repository the
 * releaser opens anyway. The crash tests of {@link ReleaserTest} show that a kill at every step
 * still resumes or aborts exactly.
 */
class ReleaserOwnWorkTest {

    private static final BuildRunner PASSING = (invocation, output) -> BuildResult.succeeded();

    @TempDir
    Path dir;

    /**
     * A local step's end costs no save (and no fsync) of its own: it goes to disk with the next
     * step's start. The test build records nothing, so the journal on disk is the same at its
     * start and at its end; the release version's end is on disk with the test build's start.
     */
    @Test
    void shouldSaveALocalStepsEndWithTheNextStepsStart() throws Exception {
        ReleaseFixture.create(dir);
        Path journal = dir.resolve(".git/release-process/journal.json");
        Map<String, byte[]> onDisk = new LinkedHashMap<>();
        StepListener listener = new StepListener() {
            @Override
            public void started(String stepId) {
                onDisk.put("started " + stepId, read(journal));
            }

            @Override
            public void finished(String stepId) {
                onDisk.put("finished " + stepId, read(journal));
            }
        };

        new Releaser(Reporter.SILENT, PASSING, listener).prepare(ReleaseFixture.request(dir), false);

        assertArrayEquals(onDisk.get("started test-build"), onDisk.get("finished test-build"));
        String afterVersion = new String(onDisk.get("finished release-version"), StandardCharsets.UTF_8);
        // Its records are on disk (a kill here undoes and redoes the step), its end is not yet.
        assertTrue(afterVersion.contains("\"id\": \"release-version\",\n      \"done\": false"),
                afterVersion);
        String inTestBuild = new String(onDisk.get("started test-build"), StandardCharsets.UTF_8);
        assertTrue(inTestBuild.contains("\"id\": \"release-version\",\n      \"done\": true"),
                inTestBuild);
        assertTrue(inTestBuild.contains("\"id\": \"test-build\",\n      \"done\": false"),
                inTestBuild);
        assertFalse(Files.exists(journal.getParent()), "journal left behind");
    }

    /**
     * Every record an undo needs is on disk before the change it undoes, with one save per
     * change instead of one per record: a step that records first saves its start with its first
     * record (the backup of the file it writes, by blob id when the index holds the file; the
     * index and the ref a commit moves, together); the new id of a commit or a tag waits for the
     * next save, since undo recognises them by their message and parent or their target.
     */
    @Test
    void shouldHaveEveryUndoRecordOnDiskBeforeTheChangeWithOneSavePerChange() throws Exception {
        ReleaseFixture.create(dir);
        Path journal = dir.resolve(".git/release-process/journal.json");
        Map<String, String> onDisk = new LinkedHashMap<>();
        java.util.List<String> saves = new java.util.ArrayList<>();
        StepListener listener = new StepListener() {
            @Override
            public void started(String stepId) {
                record("started " + stepId);
            }

            @Override
            public void wrote(String stepId, Path file) {
                record("wrote " + stepId + " " + file.getFileName());
            }

            @Override
            public void finished(String stepId) {
                record("finished " + stepId);
            }

            private void record(String point) {
                String now = new String(read(journal), StandardCharsets.UTF_8);
                if (!now.isEmpty() && (saves.isEmpty() || !saves.get(saves.size() - 1).equals(now))) {
                    saves.add(now);
                }
                onDisk.put(point, now);
            }
        };

        new Releaser(Reporter.SILENT, PASSING, listener).prepare(ReleaseFixture.request(dir), false);

        // The journal goes to disk with the first record: nothing has changed before it.
        assertEquals("", onDisk.get("started changelog"));
        // A started step that records first is not on disk yet; nothing of it has changed.
        assertFalse(onDisk.get("finished changelog").contains("\"id\": \"changelog\",\n      \"done\": true"),
                onDisk.get("finished changelog"));
        assertFalse(onDisk.get("started release-commit").contains("\"id\": \"release-commit\""),
                onDisk.get("started release-commit"));
        // The backup of a written file is on disk when it is written: the blob the index holds.
        String changelog = onDisk.get("wrote changelog CHANGELOG.md");
        assertTrue(changelog.contains("\"CHANGELOG.md\": \"blob:"), changelog);
        String pom = onDisk.get("wrote release-version pom.xml");
        assertTrue(pom.contains("\"pom.xml\": \"blob:"), pom);
        String developmentPom = onDisk.get("wrote development-version pom.xml");
        assertTrue(developmentPom.contains("\"id\": \"development-version\""), developmentPom);
        assertTrue(developmentPom.matches("(?s).*development-version.*\"pom.xml\": \"blob:.*"),
                developmentPom);
        // The commit's records (index, branch before, message) are on disk; its new id is not.
        String commit = onDisk.get("finished release-commit");
        assertTrue(commit.contains("\"index\": \"release-commit-index\""), commit);
        assertTrue(commit.contains("\"message\": \"chore(release): 1.3.0\""), commit);
        assertFalse(commit.contains("\"after\": \""), commit);
        String tag = onDisk.get("finished tag");
        assertTrue(tag.contains("\"ref\": \"refs/tags/v1.3.0\""), tag);
        assertTrue(tag.contains("\"target\""), tag);
        // Nothing was copied: the index (twice) is the only backup the release made.
        // Saves seen: the changelog's backup (with the journal's start), the release version's
        // backup, the test build's start, the release commit's records, the tag's, the
        // development version's backup and its commit's records (the journal is deleted at the
        // end).
        assertEquals(7, saves.size(), String.join("\n----\n", saves));
        assertFalse(Files.exists(journal.getParent()), "journal left behind");
    }

    /**
     * Without {@code <scm><url>}, the changelog links to the web URL of the remote, read from the
     * repository the release opens (the goal no longer opens it a second time for that).
     */
    @Test
    void shouldLinkTheChangelogToTheRemotesWebUrlWithoutAnScmUrl() throws Exception {
        Path fromRemote = dir.resolve("from-remote");
        ReleaseFixture.create(fromRemote);
        try (Git git = Git.open(fromRemote.toFile())) {
            git.getRepository().getConfig().setString("remote", "origin", "url",
                    "git@github.com:acme/orders.git");
            git.getRepository().getConfig().save();
        }
        Path fromScm = dir.resolve("from-scm");
        ReleaseFixture.create(fromScm);

        new Releaser(Reporter.SILENT, PASSING).prepare(ReleaseFixture.request(fromRemote), false);
        new Releaser(Reporter.SILENT, PASSING).prepare(ReleaseFixture.request(fromScm).toBuilder()
                .repositoryUrl(Optional.of("https://github.com/acme/orders")).build(), false);

        String changelog = Files.readString(fromRemote.resolve("CHANGELOG.md"));
        assertTrue(changelog.contains("https://github.com/acme/orders/compare/v1.2.0...v1.3.0"),
                changelog);
        assertEquals(Files.readString(fromScm.resolve("CHANGELOG.md")), changelog);
    }

    /** The journal's bytes on disk; none while it is not there. */
    private static byte[] read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
