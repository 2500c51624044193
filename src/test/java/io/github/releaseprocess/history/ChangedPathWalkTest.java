package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk that hands each commit to the owners of the files it changed. */
class ChangedPathWalkTest {

    @TempDir
    Path dir;

    /** Owners: 0 = a/**, 1 = b/**, 2 = b/inner/** (nested); everything else none. */
    private static final ChangedPathWalk.PathRouter ROUTER = new ChangedPathWalk.PathRouter() {
        @Override
        public int ownerOfFile(String path) {
            return path.startsWith("b/inner/") || path.equals("b/inner") ? 2
                    : path.startsWith("a/") || path.equals("a") ? 0
                    : path.startsWith("b/") || path.equals("b") ? 1 : NONE;
        }

        @Override
        public int ownerOfFolder(String folder) {
            return folder.equals("b") ? MIXED : ownerOfFile(folder);
        }
    };

    private record Seen(String subject, String owners, boolean outside, String reach) {
    }

    private List<Seen> walk(List<String> tags) throws Exception {
        List<Seen> seen = new ArrayList<>();
        try (GitRepository repo = GitRepository.open(dir)) {
            ChangedPathWalk.walk(repo, tags, null, false, ROUTER, (c, owners, outside, reach) ->
                    seen.add(new Seen(c.message().strip(), owners.toString(), outside,
                            reach.toString())));
        }
        return seen;
    }

    @Test
    void shouldGiveEachCommitTheOwnersOfWhatItChangedAgainstItsFirstParent() throws Exception {
        String base;
        try (GitScenario g = GitScenario.init(dir)) {
            g.commitFile("a/x.txt", "root: a and b");
            Files.createDirectories(dir.resolve("b/inner"));
            g.commitFile("b/y.txt", "b only").commitFile("b/inner/z.txt", "nested only")
                    .commitFile("README.md", "outside");
            Files.delete(dir.resolve("a/x.txt"));
            g.commitAll("delete in a");
            g.branch("topic").commitFile("b/w.txt", "b on a branch")
                    .checkout("main").commitFile("a/v.txt", "a on main")
                    .merge("topic", "merge topic");
            base = g.lastId();
        }
        List<Seen> seen = walk(Arrays.asList((String) null));
        List<String> lines = seen.stream().map(s -> s.subject() + " " + s.owners()
                + (s.outside() ? " outside" : "")).toList();
        assertTrue(lines.contains("merge topic {1}"), lines.toString());
        assertTrue(lines.contains("a on main {0}"), lines.toString());
        assertTrue(lines.contains("b on a branch {1}"), lines.toString());
        assertTrue(lines.contains("delete in a {0}"), lines.toString());
        assertTrue(lines.contains("outside {} outside"), lines.toString());
        assertTrue(lines.contains("nested only {2}"), lines.toString());
        assertTrue(lines.contains("b only {1}"), lines.toString());
        assertTrue(lines.contains("root: a and b {0}"), lines.toString());
        assertEquals(8, seen.size());
        assertFalse(base.isEmpty());
    }

    @Test
    void shouldTellWhichTagsReachEachCommitAndStopAtTheOldest() throws Exception {
        String old;
        String newer;
        try (GitScenario g = GitScenario.init(dir)) {
            g.commitFile("a/1.txt", "one");
            old = g.lastId();
            g.commitFile("a/2.txt", "two").commitFile("b/3.txt", "three");
            newer = g.lastId();
            g.commitFile("b/4.txt", "four");
        }
        // tag 0 at "one" (the oldest: the walk stops there), tag 1 at "three"
        List<Seen> seen = walk(List.of(old, newer));
        assertEquals(List.of("four", "three", "two"), seen.stream().map(Seen::subject).toList());
        assertEquals("{}", seen.get(0).reach());
        assertEquals("{1}", seen.get(1).reach());
        assertEquals("{1}", seen.get(2).reach());
        BitSet reached;
        try (GitRepository repo = GitRepository.open(dir)) {
            reached = ChangedPathWalk.walk(repo, List.of(old, newer), null, false, ROUTER,
                    (c, o, out, r) -> { }).reached();
        }
        assertEquals("{0, 1}", reached.toString());
    }

    @Test
    void shouldSeeAFileThatBecameAFolder() throws Exception {
        try (GitScenario g = GitScenario.init(dir)) {
            g.commitFile("c", "c is a file");
            Files.delete(dir.resolve("c"));
            g.commitFile("c/a/inside.txt", "c is a folder");
        }
        List<Seen> seen = walk(Arrays.asList((String) null));
        assertEquals("c is a folder", seen.get(0).subject());
        assertTrue(seen.get(0).outside());
    }
}
