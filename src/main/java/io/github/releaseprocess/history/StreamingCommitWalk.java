package io.github.releaseprocess.history;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.util.NB;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * A walk of the commits reachable from a start commit and not from an uninteresting one, newest
 * commit time first, that keeps nothing of a commit once it is produced but 21 bytes in a table.
 *
 * <p>It yields what JGit's {@code RevWalk} yields with {@code markStart(start)},
 * {@code markUninteresting(since)} and the default sort (no filter, no tree filter), in the same
 * order: the same priority queue (commit time descending, first queued first among equal times),
 * the same propagation of the uninteresting flag, the same over-scan of 5 commits after every
 * queued commit is uninteresting, and the same delay of 6 commits between the queue and the
 * output with the late check of the flag. What differs is where the state lives:
 * <ul>
 * <li>{@code RevWalk} keeps a {@code RevCommit} (about 100 bytes) for every commit it has seen.
 * Here a commit that has left the queue is only an entry in an open-addressing table holding its
 * whole id, with its flags in a parallel byte array: 21 bytes per slot, at most 0.75 full, so 28
 * to 56 bytes per commit (44 at 1,000,000 commits).</li>
 * <li>Queued commits (the frontier, as wide as the history is wide) hold their raw object and
 * parents until they are produced.</li>
 * <li>{@code RevWalk} carries the uninteresting flag through the in-memory parents of every
 * commit it has parsed. Here, when the flag reaches a commit that has already left the queue
 * (clock skew: it was dated after its descendant), that commit is read again from the object
 * database to find its parents. This is rare and costs one object read per commit so reached.</li>
 * </ul>
 *
 * <p>Limits, the same as {@code RevWalk}'s: with clock skew (a parent dated after a child), a
 * commit that is an ancestor of the uninteresting commit may be produced when the uninteresting
 * flag reaches it more than 6 produced commits too late, and the walk may stop early when the
 * skew exceeds the over-scan of 5 commits. Both walks give the same answer in those cases. The
 * table compares whole ids: commits whose ids share a prefix (a 64-bit prefix collision can be
 * made on purpose in hours) are two commits, and both are walked.
 *
 * <p>Shallow commits are walked as commits without parents, as {@code RevWalk} does. Not thread
 * safe; one walk per instance.
 */
final class StreamingCommitWalk {

    /** Same as {@code PendingGenerator.OVER_SCAN} and {@code DelayRevQueue.OVER_SCAN}. */
    static final int OVER_SCAN = 5 + 1;

    private static final int SEEN = 1;
    private static final int UNINTERESTING = 2;
    private static final ObjectId[] NO_PARENTS = {};

    private final ObjectReader reader;
    private final Set<ObjectId> shallow;
    private final boolean firstParent;
    private final IdFlags flags = new IdFlags();

    /** The frontier: newest commit time first, then first queued first (as DateRevQueue). */
    private final PriorityQueue<Commit> pending = new PriorityQueue<>((a, b) -> a.time != b.time
            ? Integer.compare(b.time, a.time) : Long.compare(a.sequence, b.sequence));
    private final Map<ObjectId, Commit> queued = new HashMap<>();
    private int interestingQueued;
    private long sequence;

    private boolean started;
    private boolean delayed;
    private final ArrayDeque<Commit> delay = new ArrayDeque<>();
    private int lastTime = Integer.MAX_VALUE;
    private int overScan = OVER_SCAN;
    private boolean stopped;
    private long rereads;

    StreamingCommitWalk(ObjectReader reader, Set<ObjectId> shallow, boolean firstParent) {
        this.reader = reader;
        this.shallow = shallow;
        this.firstParent = firstParent;
    }

    /** Starts the walk at this commit, as {@code RevWalk.markStart}. */
    void markStart(AnyObjectId id) throws IOException {
        checkNotStarted();
        if ((flags.get(id) & SEEN) == 0) {
            enqueue(parse(id));
        }
    }

    /** Stops the walk at this commit and its ancestors, as {@code RevWalk.markUninteresting}. */
    void markUninteresting(AnyObjectId id) throws IOException {
        checkNotStarted();
        Commit commit = queued.get(id);
        if (commit == null && (flags.get(id) & SEEN) == 0) {
            commit = parse(id);
        }
        ObjectId[] parents = commit != null ? commit.parents : parentsOf(id);
        setUninteresting(id);
        carryUninteresting(parents);
        if ((flags.get(id) & SEEN) == 0) {
            enqueue(commit);
        }
    }

    /** The next commit, or null at the end of the walk. */
    Commit next() throws IOException {
        if (!started) {
            started = true;
            // StartGenerator: DelayRevQueue + FixUninterestingGenerator when a commit is uninteresting.
            delayed = pending.size() > interestingQueued;
        }
        if (!delayed) {
            return pendingNext();
        }
        for (;;) {
            while (delay.size() < OVER_SCAN) {
                Commit c = pendingNext();
                if (c == null) {
                    break;
                }
                delay.add(c);
            }
            Commit c = delay.poll();
            if (c == null) {
                return null;
            }
            if ((flags.get(c.id) & UNINTERESTING) == 0) {
                return c;
            }
        }
    }

    /** As {@code PendingGenerator.next()}. */
    private Commit pendingNext() throws IOException {
        while (!stopped) {
            Commit c = pending.poll();
            if (c == null) {
                return null;
            }
            queued.remove(c.id);
            boolean uninteresting = (flags.get(c.id) & UNINTERESTING) != 0;
            if (!uninteresting) {
                interestingQueued--;
            }
            ObjectId[] parents = c.parents;
            for (int i = 0; i < parents.length; i++) {
                if (firstParent && i > 0 && !uninteresting) {
                    continue;
                }
                ObjectId p = parents[i];
                if ((flags.get(p) & SEEN) == 0) {
                    enqueue(parse(p));
                }
            }
            if (!uninteresting) {
                lastTime = c.time;
                return c;
            }
            carryUninteresting(parents);
            c.raw = null;
            if (interestingQueued == 0) {
                Commit n = pending.peek();
                if (n != null && n.time >= lastTime) {
                    overScan = OVER_SCAN; // too close to call: carry the flag further
                } else if (--overScan == 0) {
                    stopped = true;
                    pending.clear();
                    queued.clear();
                    return null;
                }
            } else {
                overScan = OVER_SCAN;
            }
        }
        return null;
    }

    /**
     * The tree of a commit the walk has queued but not produced yet (a parent of a commit just
     * produced, usually), or null: spares reading the commit again.
     */
    ObjectId queuedTree(AnyObjectId id) {
        Commit c = queued.get(id);
        return c == null || c.raw == null ? null : c.treeId();
    }

    /** How many commits were read again to carry the uninteresting flag past them (skew). */
    long rereads() {
        return rereads;
    }

    /** How many commits the walk has seen (queued or passed, or marked uninteresting). */
    int tracked() {
        return flags.size();
    }

    private void enqueue(Commit c) {
        flags.or(c.id, SEEN);
        c.sequence = sequence++;
        pending.add(c);
        queued.put(c.id, c);
        if ((flags.get(c.id) & UNINTERESTING) == 0) {
            interestingQueued++;
        }
    }

    /**
     * As {@code RevCommit.carryFlags}: marks the parents uninteresting, and through every commit
     * already parsed (queued or passed) its parents, stopping at commits already marked.
     */
    private void carryUninteresting(ObjectId[] parents) throws IOException {
        ArrayDeque<ObjectId[]> todo = new ArrayDeque<>();
        todo.push(parents);
        while (!todo.isEmpty()) {
            for (ObjectId p : todo.pop()) {
                int f = flags.get(p);
                if ((f & UNINTERESTING) != 0) {
                    continue;
                }
                setUninteresting(p);
                if ((f & SEEN) != 0) {
                    Commit q = queued.get(p);
                    ObjectId[] next;
                    if (q != null) {
                        next = q.parents;
                    } else {
                        rereads++; // passed already: read it again for its parents
                        next = parentsOf(p);
                    }
                    if (next.length > 0) {
                        todo.push(next);
                    }
                }
            }
        }
    }

    private void setUninteresting(AnyObjectId id) {
        int before = flags.or(id, UNINTERESTING);
        if ((before & UNINTERESTING) == 0 && (before & SEEN) != 0 && queued.containsKey(id)) {
            interestingQueued--;
        }
    }

    private ObjectId[] parentsOf(AnyObjectId id) throws IOException {
        return parse(id).parents;
    }

    private Commit parse(AnyObjectId id) throws IOException {
        byte[] raw = reader.open(id, Constants.OBJ_COMMIT).getCachedBytes();
        ObjectId self = id.toObjectId();
        // As RevCommit.parseCanonical: "tree <hex>\n" is 46 bytes, each "parent <hex>\n" 48.
        int ptr = 46;
        ObjectId[] parents;
        if (!shallow.isEmpty() && shallow.contains(self)) {
            parents = NO_PARENTS; // RevWalk gives a shallow commit no parents
            while (ptr < raw.length && raw[ptr] == 'p') {
                ptr += 48;
            }
        } else {
            int n = 0;
            while (ptr + n * 48 < raw.length && raw[ptr + n * 48] == 'p') {
                n++;
            }
            parents = n == 0 ? NO_PARENTS : new ObjectId[n];
            for (int i = 0; i < n; i++) {
                parents[i] = ObjectId.fromString(raw, ptr + 7);
                ptr += 48;
            }
        }
        int time = 0;
        int committer = RawParseUtils.committer(raw, ptr);
        if (committer > 0) {
            time = RawParseUtils.parseBase10(raw, RawParseUtils.nextLF(raw, committer, '>'), null);
        }
        return new Commit(self, raw, parents, time);
    }

    private void checkNotStarted() {
        if (started) {
            throw new IllegalStateException("the walk has started");
        }
    }

    /** One commit of the walk; the caller may keep what it reads, the walk keeps nothing. */
    static final class Commit {
        private final ObjectId id;
        private byte[] raw;
        private final ObjectId[] parents;
        private final int time;
        private long sequence;

        private Commit(ObjectId id, byte[] raw, ObjectId[] parents, int time) {
            this.id = id;
            this.raw = raw;
            this.parents = parents;
            this.time = time;
        }

        ObjectId id() {
            return id;
        }

        /** The parents, none for a root or a shallow commit (as {@code RevCommit.getParents}). */
        ObjectId[] parents() {
            return parents.clone();
        }

        int parentCount() {
            return parents.length;
        }

        boolean hasParent(AnyObjectId parent) {
            for (ObjectId p : parents) {
                if (p.equals(parent)) {
                    return true;
                }
            }
            return false;
        }

        int commitTime() {
            return time;
        }

        /** The id of the commit's tree (the raw object starts with "tree <hex>\n"). */
        ObjectId treeId() {
            return ObjectId.fromString(raw, 5);
        }

        /** The commit as it is, to be decoded by whoever analyses it. */
        RawCommit undecoded() {
            return new RawCommit(id, raw, parents.length);
        }

        /** As {@code RevCommit.getFullMessage()}: decoded with the commit's encoding header. */
        String fullMessage() {
            return fullMessage(raw);
        }

        /** The whole message of a raw commit object, decoded as {@link #fullMessage()}. */
        static String fullMessage(byte[] raw) {
            int start = RawParseUtils.commitMessage(raw, 0);
            if (start < 0) {
                return "";
            }
            Charset encoding = RawParseUtils.guessEncoding(raw);
            if (StandardCharsets.UTF_8.equals(encoding) && isAscii(raw, start)) {
                // What decode gives for ASCII, without its CharsetDecoder and char buffer.
                return new String(raw, start, raw.length - start, StandardCharsets.ISO_8859_1);
            }
            return RawParseUtils.decode(encoding, raw, start, raw.length);
        }

        private static boolean isAscii(byte[] raw, int start) {
            for (int i = start; i < raw.length; i++) {
                if (raw[i] < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Flags by commit id: open addressing with linear probing, the slot chosen by the first 8
     * bytes of the id (uniformly distributed already); the whole id is kept (three parallel
     * arrays) and compared, so two commits whose ids share a prefix are never taken for one.
     * Flags are in a parallel array; a zero flag marks a free slot.
     */
    static final class IdFlags {
        /** Bytes per slot: 8 + 8 + 4 for the id, 1 for the flags. */
        static final int SLOT_BYTES = 21;

        private long[] keys = new long[1 << 10];
        private long[] middles = new long[1 << 10];
        private int[] tails = new int[1 << 10];
        private byte[] values = new byte[1 << 10];
        private int size;
        private final byte[] buffer = new byte[Constants.OBJECT_ID_LENGTH];

        int size() {
            return size;
        }

        int capacity() {
            return keys.length;
        }

        int get(AnyObjectId id) {
            id.copyRawTo(buffer, 0);
            long key = NB.decodeInt64(buffer, 0);
            long middle = NB.decodeInt64(buffer, 8);
            int tail = NB.decodeInt32(buffer, 16);
            int mask = keys.length - 1;
            for (int i = (int) key & mask; values[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key && middles[i] == middle && tails[i] == tail) {
                    return values[i];
                }
            }
            return 0;
        }

        /** Adds {@code flag} (non-zero) to the id's flags; returns the flags before. */
        int or(AnyObjectId id, int flag) {
            id.copyRawTo(buffer, 0);
            long key = NB.decodeInt64(buffer, 0);
            long middle = NB.decodeInt64(buffer, 8);
            int tail = NB.decodeInt32(buffer, 16);
            int mask = keys.length - 1;
            int i = (int) key & mask;
            for (; values[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key && middles[i] == middle && tails[i] == tail) {
                    int before = values[i];
                    values[i] = (byte) (before | flag);
                    return before;
                }
            }
            keys[i] = key;
            middles[i] = middle;
            tails[i] = tail;
            values[i] = (byte) flag;
            if (++size > keys.length / 4 * 3) {
                grow();
            }
            return 0;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldMiddles = middles;
            int[] oldTails = tails;
            byte[] oldValues = values;
            int capacity = oldKeys.length * 2;
            keys = new long[capacity];
            middles = new long[capacity];
            tails = new int[capacity];
            values = new byte[capacity];
            int mask = capacity - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != 0) {
                    int i = (int) oldKeys[j] & mask;
                    while (values[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    middles[i] = oldMiddles[j];
                    tails[i] = oldTails[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }
}
