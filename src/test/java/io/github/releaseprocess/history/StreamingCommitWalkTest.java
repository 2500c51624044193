package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StreamingCommitWalk} against JGit's {@code RevWalk} as the oracle, on random histories:
 * linear runs, branches, merges, octopus merges, extra roots, commit times that tie or go
 * backwards, encodings, shallow boundaries, and release tags at random points.
 */
class StreamingCommitWalkTest {

    private static final TagFormat V = TagFormat.of("v@{version}", null);
    private static final int SEEDS = 120;

    @TempDir
    Path dir;

    /** A random history and what is known about it. */
    private static final class History {
        final List<ObjectId> commits = new ArrayList<>();
        final Map<ObjectId, List<ObjectId>> parents = new HashMap<>();
        ObjectId head;
    }

    private History generate(Repository repo, Random random) throws IOException {
        History h = new History();
        int size = 5 + random.nextInt(random.nextInt(8) == 0 ? 400 : 70);
        int skew = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(600);
        Map<ObjectId, Integer> times = new HashMap<>();
        List<ObjectId> tips = new ArrayList<>();
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            ObjectId tree = inserter.insert(new TreeFormatter());
            for (int i = 0; i < size; i++) {
                List<ObjectId> parents = new ArrayList<>();
                int op = random.nextInt(100);
                if (!h.commits.isEmpty() && op >= 3) {
                    int tip = random.nextInt(tips.size());
                    if (op < 15) { // a new branch from an older commit
                        tips.add(h.commits.get(random.nextInt(h.commits.size())));
                        tip = tips.size() - 1;
                    }
                    parents.add(tips.get(tip));
                    if (op >= 80) { // a merge, sometimes an octopus
                        int more = op >= 95 ? 2 + random.nextInt(3) : 1;
                        for (int m = 0; m < more; m++) {
                            ObjectId other = random.nextBoolean()
                                    ? tips.get(random.nextInt(tips.size()))
                                    : h.commits.get(random.nextInt(h.commits.size()));
                            if (!parents.contains(other)) {
                                parents.add(other);
                            }
                        }
                    }
                    tips.set(tip, null); // replaced below
                    tips.removeIf(t -> t == null);
                }
                int time = 1_700_000_000;
                for (ObjectId p : parents) {
                    time = Math.max(time, times.get(p));
                }
                int step = random.nextInt(4) == 0 ? 0 : random.nextInt(120);
                if (skew > 0 && random.nextInt(6) == 0) {
                    step = -random.nextInt(skew); // the clock went backwards
                }
                time += step;
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(tree);
                commit.setParentIds(parents);
                PersonIdent who = new PersonIdent("Dev", "dev@example.org",
                        Instant.ofEpochSecond(time), ZoneOffset.UTC);
                commit.setAuthor(who);
                commit.setCommitter(who);
                String message = (random.nextBoolean() ? "feat: " : "fix: ") + "change " + i
                        + (random.nextInt(5) == 0 ? "\n\nbody line\n\nRefs: #" + i : "");
                int enc = random.nextInt(10);
                if (enc == 0) {
                    commit.setEncoding(StandardCharsets.ISO_8859_1);
                    message += " caf\u00e9";
                } else if (enc == 1) {
                    commit.setEncoding(Charset.forName("windows-1252"));
                    message += " \u20ac";
                } else if (enc == 2) {
                    message += " na\u00efve \u2713";
                }
                commit.setMessage(message);
                ObjectId id = inserter.insert(commit);
                if (enc == 3) { // an encoding header JGit does not know: decoded by guessing
                    id = inserter.insert(Constants.OBJ_COMMIT, new String(commit.build(),
                            StandardCharsets.UTF_8).replaceFirst("\n\n", "\nencoding x-unknown-9\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                times.put(id, time);
                h.commits.add(id);
                h.parents.put(id, parents);
                tips.add(id);
            }
            inserter.flush();
        }
        h.head = tips.get(random.nextInt(tips.size()));
        RefUpdate update = repo.updateRef("refs/heads/main");
        update.setNewObjectId(h.head);
        update.setForceUpdate(true);
        update.update();
        repo.updateRef(Constants.HEAD).link("refs/heads/main");
        return h;
    }

    /** What a walk produced: id, parents, message, in order. */
    private static String describe(ObjectId id, List<ObjectId> parents, String message) {
        return id.name() + " " + parents.stream().map(ObjectId::name).collect(Collectors.joining(","))
                + " " + message;
    }

    private static List<String> oracle(Repository repo, ObjectId head, ObjectId since,
            boolean firstParent) throws IOException {
        List<String> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRetainBody(true);
            walk.setFirstParent(firstParent);
            walk.markStart(walk.parseCommit(head));
            if (since != null) {
                walk.markUninteresting(walk.parseCommit(since));
            }
            for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                List<ObjectId> parents = new ArrayList<>();
                for (RevCommit p : c.getParents()) {
                    parents.add(p.getId());
                }
                out.add(describe(c.getId(), parents, c.getFullMessage()));
            }
        }
        return out;
    }

    private static List<String> streaming(Repository repo, ObjectId head, ObjectId since,
            boolean firstParent, long[] stats) throws IOException {
        List<String> out = new ArrayList<>();
        try (ObjectReader reader = repo.newObjectReader()) {
            StreamingCommitWalk walk = new StreamingCommitWalk(reader,
                    repo.getObjectDatabase().getShallowCommits(), firstParent);
            walk.markStart(head);
            if (since != null) {
                walk.markUninteresting(since);
            }
            for (StreamingCommitWalk.Commit c = walk.next(); c != null; c = walk.next()) {
                out.add(describe(c.id(), List.of(c.parents()), c.fullMessage()));
                assertEquals(c.parents().length, c.parentCount());
            }
            assertNull(walk.next(), "the walk stays at its end");
            stats[0] += walk.rereads();
        }
        return out;
    }

    /** Commits reachable from {@code from} (all parents), the exact answer for comparison. */
    private static Set<ObjectId> reachable(History h, ObjectId from, Set<ObjectId> shallow) {
        Set<ObjectId> seen = new HashSet<>();
        List<ObjectId> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            ObjectId c = todo.remove(todo.size() - 1);
            if (seen.add(c) && !shallow.contains(c)) {
                todo.addAll(h.parents.get(c));
            }
        }
        return seen;
    }

    private static Map<String, Long> multiset(List<String> walk) {
        return walk.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new,
                Collectors.counting()));
    }

    @Test
    void shouldYieldWhatRevWalkYieldsOnRandomHistories() throws Exception {
        long[] stats = new long[1];
        int walks = 0;
        int skewed = 0; // cases where RevWalk itself is not exact (clock skew): still equal
        int merges = 0;
        int shallowRuns = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            Path gitDir = dir.resolve("r" + seed);
            Git.init().setDirectory(gitDir.toFile()).setInitialBranch("main").call().close();
            History h;
            try (Repository repo = openRepo(gitDir)) {
                h = generate(repo, random);
            }
            Set<ObjectId> shallow = new HashSet<>();
            if (seed % 5 == 4) { // cut the history: RevWalk gives these commits no parents
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    shallow.add(h.commits.get(random.nextInt(h.commits.size())));
                }
                Files.writeString(gitDir.resolve(".git/shallow"), shallow.stream()
                        .map(ObjectId::name).collect(Collectors.joining("\n", "", "\n")));
                shallowRuns++;
            }
            List<ObjectId> sinces = new ArrayList<>();
            sinces.add(null);
            sinces.add(h.head);
            for (int i = 0; i < 6; i++) {
                sinces.add(h.commits.get(random.nextInt(h.commits.size())));
            }
            try (Repository repo = openRepo(gitDir)) {
                assertEquals(shallow, repo.getObjectDatabase().getShallowCommits());
                for (ObjectId since : sinces) {
                    for (boolean firstParent : new boolean[] {false, true}) {
                        String what = "seed " + seed + ", since " + since + ", firstParent "
                                + firstParent;
                        List<String> expected = oracle(repo, h.head, since, firstParent);
                        List<String> actual = streaming(repo, h.head, since, firstParent, stats);
                        assertEquals(new HashSet<>(expected), new HashSet<>(actual), what);
                        assertEquals(multiset(expected), multiset(actual), what);
                        assertEquals(expected, actual, what + " (order)");
                        walks++;
                        merges += (int) actual.stream().filter(s -> s.split(" ")[1].contains(","))
                                .count();
                        if (!firstParent && since != null) {
                            Set<ObjectId> exact = reachable(h, h.head, shallow);
                            exact.removeAll(reachable(h, since, shallow));
                            Set<ObjectId> got = actual.stream()
                                    .map(s -> ObjectId.fromString(s.substring(0, 40)))
                                    .collect(Collectors.toSet());
                            skewed += exact.equals(got) ? 0 : 1;
                        }
                    }
                }
            }
        }
        // Not vacuous: the histories did exercise merges, shallow cuts and clock skew.
        assertEquals(SEEDS * 8 * 2, walks);
        assertTrue(merges > 100, "merges walked: " + merges);
        assertTrue(shallowRuns > 10, "shallow runs: " + shallowRuns);
        assertTrue(skewed > 0, "walks where clock skew misleads RevWalk: " + skewed);
        assertTrue(stats[0] > 0, "commits read again to carry the flag past them: " + stats[0]);
    }

    @Test
    void shouldAgreeWithTheRevWalkImplementationOnReleaseBasesAndVisits() throws Exception {
        int redone = 0;
        int prereleases = 0;
        int refused = 0;
        for (int seed = 0; seed < SEEDS / 2; seed++) {
            Random random = new Random(1000 + seed);
            Path gitDir = dir.resolve("t" + seed);
            Git.init().setDirectory(gitDir.toFile()).setInitialBranch("main").call().close();
            History h;
            try (Repository repo = openRepo(gitDir)) {
                h = generate(repo, random);
                int tags = random.nextInt(6);
                for (int i = 0; i < tags; i++) {
                    String version = random.nextInt(3) + "." + random.nextInt(3) + "."
                            + random.nextInt(2) + (random.nextInt(3) == 0 ? "-rc." + i : "");
                    RefUpdate tag = repo.updateRef(Constants.R_TAGS + "v" + version);
                    tag.setNewObjectId(h.commits.get(random.nextInt(h.commits.size())));
                    tag.setForceUpdate(true);
                    tag.update();
                }
            }
            if (seed % 7 == 6) {
                Files.writeString(gitDir.resolve(".git/shallow"),
                        h.commits.get(random.nextInt(h.commits.size())).name() + "\n");
            }
            for (boolean firstParent : new boolean[] {false, true}) {
                String expected;
                String actual;
                try (GitRepository repo = GitRepository.open(gitDir)) {
                    expected = OldWalk.run(repo, gitDir, firstParent);
                }
                try (GitRepository repo = GitRepository.open(gitDir)) {
                    actual = run(repo, firstParent);
                }
                assertEquals(expected, actual, "seed " + seed + ", firstParent " + firstParent);
                redone += expected.split("start", -1).length > 2 ? 1 : 0;
                prereleases += expected.contains("-rc.") && expected.startsWith("latest=Optional[v")
                        && expected.substring(0, expected.indexOf(' ')).contains("-rc.") ? 1 : 0;
                refused += expected.startsWith("refused") ? 1 : 0;
            }
        }
        assertTrue(redone > 0, "walks redone because the highest tag was unreachable: " + redone);
        assertTrue(prereleases > 0, "bases on a pre-release: " + prereleases);
        assertTrue(refused > 0, "shallow refusals: " + refused);
    }

    private static String run(GitRepository repo, boolean firstParent) throws IOException {
        StringBuilder events = new StringBuilder();
        try {
            GitRepository.ReleaseBase base = repo.walkSinceLastRelease(V, firstParent,
                    Reporter.SILENT, recorder(events));
            return summary(base.latest(), base.latestFinal(), base.walked(), events);
        } catch (RefusalException e) {
            return "refused";
        }
    }

    static String summary(Optional<ReleaseTag> latest, Optional<ReleaseTag> latestFinal,
            long walked, StringBuilder events) {
        return "latest=" + latest.map(ReleaseTag::name) + " final="
                + latestFinal.map(ReleaseTag::name) + " walked=" + walked + "\n" + events;
    }

    static GitRepository.HistoryVisitor recorder(StringBuilder events) {
        return new GitRepository.HistoryVisitor() {
            @Override
            public void start(Optional<ReleaseTag> since) {
                events.append("start ").append(since.map(ReleaseTag::name)).append('\n');
            }

            @Override
            public void visit(CommitInfo commit) {
                events.append(commit).append('\n');
            }
        };
    }

    @Test
    void shouldKeepAboutTwentyOneBytesPerCommitSlot() throws Exception {
        StreamingCommitWalk.IdFlags flags = new StreamingCommitWalk.IdFlags();
        Random random = new Random(7);
        byte[] raw = new byte[20];
        List<ObjectId> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            random.nextBytes(raw);
            ObjectId id = ObjectId.fromRaw(raw);
            ids.add(id);
            assertEquals(0, flags.or(id, 1));
        }
        for (ObjectId id : ids) {
            assertEquals(1, flags.or(id, 2));
            assertEquals(3, flags.get(id));
        }
        random.nextBytes(raw);
        assertEquals(0, flags.get(ObjectId.fromRaw(raw)));
        assertEquals(100_000, flags.size());
        long bytes = (long) flags.capacity() * StreamingCommitWalk.IdFlags.SLOT_BYTES;
        assertTrue(bytes <= 100_000 * 56L, "bytes: " + bytes);
        assertFalse(flags.capacity() < 100_000 * 4 / 3);
    }

    /** Ids that share their first 64 bits (or 128) are still different commits to the table. */
    @Test
    void shouldTellApartIdsThatShareAPrefix() {
        StreamingCommitWalk.IdFlags flags = new StreamingCommitWalk.IdFlags();
        ObjectId a = ObjectId.fromString("0123456789abcdef" + "0000000000000000" + "00000001");
        ObjectId b = ObjectId.fromString("0123456789abcdef" + "0000000000000000" + "00000002");
        ObjectId c = ObjectId.fromString("0123456789abcdef" + "1111111111111111" + "00000001");
        assertEquals(0, flags.or(a, 1));
        assertEquals(0, flags.get(b));
        assertEquals(0, flags.or(b, 2));
        assertEquals(0, flags.or(c, 1));
        assertEquals(1, flags.get(a));
        assertEquals(2, flags.get(b));
        assertEquals(1, flags.get(c));
        assertEquals(3, flags.size());
    }

    /**
     * A history whose two side commits have ids with the same first 64 bits, injected through a
     * reader that serves hand-made commit objects under chosen ids.
     * <pre>
     * *   head (merge)
     * |\
     * | * b  0123456789abcdef…02
     * * | a  0123456789abcdef…01
     * |/
     * * root
     * </pre>
     */
    @Test
    void shouldWalkBothCommitsOfA64BitPrefixCollision() throws Exception {
        ObjectId root = ObjectId.fromString("ffffffffffffffffffffffffffffffffffffff00");
        ObjectId a = ObjectId.fromString("0123456789abcdef" + "aaaaaaaaaaaaaaaa" + "00000001");
        ObjectId b = ObjectId.fromString("0123456789abcdef" + "bbbbbbbbbbbbbbbb" + "00000002");
        ObjectId head = ObjectId.fromString("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee00");
        Map<ObjectId, byte[]> objects = new HashMap<>();
        objects.put(root, rawCommit(100, "root"));
        objects.put(a, rawCommit(200, "feat: a", root));
        objects.put(b, rawCommit(300, "feat!: b", root));
        objects.put(head, rawCommit(400, "Merge b", a, b));
        List<String> walked = new ArrayList<>();
        try (ObjectReader reader = new InjectedReader(objects)) {
            StreamingCommitWalk walk = new StreamingCommitWalk(reader, Set.of(), false);
            walk.markStart(head);
            for (StreamingCommitWalk.Commit c = walk.next(); c != null; c = walk.next()) {
                walked.add(c.fullMessage().strip());
            }
        }
        assertEquals(List.of("Merge b", "feat!: b", "feat: a", "root"), walked);
    }

    private static byte[] rawCommit(int time, String message, ObjectId... parents) {
        StringBuilder raw = new StringBuilder("tree ").append(ObjectId.zeroId().name()).append('\n');
        for (ObjectId parent : parents) {
            raw.append("parent ").append(parent.name()).append('\n');
        }
        raw.append("author A <a@example.invalid> ").append(time).append(" +0000\n");
        raw.append("committer A <a@example.invalid> ").append(time).append(" +0000\n\n");
        raw.append(message).append('\n');
        return raw.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Serves commit objects from a map, under whatever ids the test chose. */
    private static final class InjectedReader extends ObjectReader {
        private final Map<ObjectId, byte[]> objects;

        InjectedReader(Map<ObjectId, byte[]> objects) {
            this.objects = objects;
        }

        @Override
        public ObjectReader newReader() {
            return new InjectedReader(objects);
        }

        @Override
        public java.util.Collection<ObjectId> resolve(org.eclipse.jgit.lib.AbbreviatedObjectId id) {
            return objects.keySet().stream().filter(o -> id.prefixCompare(o) == 0).collect(Collectors.toList());
        }

        @Override
        public org.eclipse.jgit.lib.ObjectLoader open(org.eclipse.jgit.lib.AnyObjectId id,
                int typeHint) throws IOException {
            byte[] raw = objects.get(id.toObjectId());
            if (raw == null) {
                throw new org.eclipse.jgit.errors.MissingObjectException(id.toObjectId(), typeHint);
            }
            return new org.eclipse.jgit.lib.ObjectLoader.SmallObject(Constants.OBJ_COMMIT, raw);
        }

        @Override
        public Set<ObjectId> getShallowCommits() {
            return Set.of();
        }

        @Override
        public void close() {
        }
    }

    private static Repository openRepo(Path gitDir) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(gitDir.toFile()).setMustExist(true).build();
    }

    /** The walk of GitRepository as it was with RevWalk, as the oracle. */
    private static final class OldWalk {

        static String run(GitRepository git, Path gitDir, boolean firstParent) throws IOException {
            StringBuilder events = new StringBuilder();
            try (Repository repository = openRepo(gitDir)) {
                List<ReleaseTag> candidates = git.releaseTags(V, Reporter.SILENT);
                Optional<ReleaseTag> highestFinal = candidates.stream()
                        .filter(t -> !t.version().isPrerelease()).findFirst();
                Object[] walked = walk(repository, highestFinal, candidates, firstParent, events);
                if (highestFinal.isPresent() && !(Boolean) walked[1]) {
                    GitRepository.ReleaseBase exact = git.findReleaseBase(V, Reporter.SILENT);
                    walked = walk(repository, exact.latestFinal(), candidates, firstParent,
                            events);
                    highestFinal = exact.latestFinal();
                }
                @SuppressWarnings("unchecked")
                Optional<ReleaseTag> pre = (Optional<ReleaseTag>) walked[2];
                Optional<ReleaseTag> latest = pre.isPresent() ? pre : highestFinal;
                return summary(latest, highestFinal, (Long) walked[0], events);
            } catch (RefusalException e) {
                return "refused";
            }
        }

        private static Object[] walk(Repository repository, Optional<ReleaseTag> since,
                List<ReleaseTag> candidates, boolean firstParentOnly, StringBuilder events)
                throws IOException {
            Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
            if (since.isEmpty() && !shallow.isEmpty()) {
                throw new RefusalException("shallow");
            }
            Map<ObjectId, ReleaseTag> prereleases = new HashMap<>();
            for (ReleaseTag tag : candidates) {
                if (tag.version().isPrerelease() && (since.isEmpty()
                        || tag.version().compareTo(since.get().version()) > 0)) {
                    prereleases.putIfAbsent(ObjectId.fromString(tag.commitId()), tag);
                }
            }
            GitRepository.HistoryVisitor visitor = recorder(events);
            visitor.start(since);
            long count = 0;
            boolean sinceReached = false;
            Optional<ReleaseTag> highestPrerelease = Optional.empty();
            try (RevWalk walk = new RevWalk(repository)) {
                walk.setRetainBody(true);
                walk.setFirstParent(firstParentOnly);
                RevCommit head = walk.parseCommit(repository.resolve(Constants.HEAD));
                walk.markStart(head);
                RevCommit stop = null;
                if (since.isPresent()) {
                    stop = walk.parseCommit(ObjectId.fromString(since.get().commitId()));
                    walk.markUninteresting(stop);
                    sinceReached = stop.equals(head);
                }
                for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                    if (!shallow.isEmpty() && shallow.contains(commit)) {
                        throw new RefusalException("shallow");
                    }
                    if (stop != null && !sinceReached) {
                        for (RevCommit parent : commit.getParents()) {
                            sinceReached |= parent.equals(stop);
                        }
                    }
                    ReleaseTag tagged = prereleases.get(commit);
                    if (tagged != null && (highestPrerelease.isEmpty() || tagged.version()
                            .compareTo(highestPrerelease.get().version()) > 0)) {
                        highestPrerelease = Optional.of(tagged);
                    }
                    visitor.visit(new CommitInfo(commit.name(), commit.getFullMessage(),
                            commit.getParentCount()));
                    commit.disposeBody();
                    count++;
                }
            }
            return new Object[] {count, sinceReached, highestPrerelease};
        }
    }
}
