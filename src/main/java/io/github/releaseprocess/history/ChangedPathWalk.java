package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * One streaming walk of the history for several components at once: from HEAD back to the oldest
 * of their release tags, each commit with the components whose files it changed and the release
 * tags it is reachable from (a commit reachable from a component's tag is not that component's).
 *
 * <p>The changed paths of a commit are those of its tree against its first parent's (a root
 * commit against the empty tree), read by comparing the raw trees, entering a changed folder only
 * when the {@link PathRouter} cannot tell its owner without looking inside: a folder that lies
 * wholly inside one component costs one comparison of ids, however many files changed in it.
 *
 * <p>Reachability from the tags travels from child to parent as the walk goes, kept only for the
 * commits still ahead of the walk (its frontier), so memory does not grow with the history. Like
 * the walk itself (see {@link StreamingCommitWalk}), it assumes children are produced before
 * their parents, which clock skew of more than a few commits can break.
 */
public final class ChangedPathWalk {

    /** Says which component owns a changed path; indices are the caller's. */
    public interface PathRouter {
        /** No component owns the path. */
        int NONE = -1;
        /** The folder holds paths of several owners: enter it to tell. */
        int MIXED = -2;

        /** The owner of a changed file, or {@link #NONE}. */
        int ownerOfFile(String path);

        /** The owner of every file under a folder, {@link #NONE}, or {@link #MIXED}. */
        int ownerOfFolder(String folder);
    }

    /** Receives each commit of the walk, newest first. */
    public interface Visitor {
        /**
         * One commit.
         *
         * @param commit its id, message and parent count
         * @param owners the indices of the components whose files it changed (reused: copy it
         *     to keep it)
         * @param outside true when it also changed a file no component owns
         * @param reachableFrom the indices of the tags (as given) the commit is reachable from
         *     (reused: copy it to keep it)
         */
        void visit(CommitInfo commit, BitSet owners, boolean outside, BitSet reachableFrom);
    }

    /**
     * What the walk saw.
     *
     * @param walked commits visited
     * @param reached the indices of the tags whose commit is HEAD, was walked, or is the commit
     *     the walk stopped at with a walked child: the tags reachable from HEAD
     * @param stop the commit the walk stopped at (the merge base of the tags), or empty when it
     *     walked the whole history
     * @param diffMillis time spent comparing trees
     */
    public record Result(long walked, BitSet reached, Optional<String> stop, long diffMillis) {
    }

    private ChangedPathWalk() {
    }

    /**
     * Walks from HEAD back to the oldest of {@code tagCommits} (by commit time), or through the
     * whole history when one of them is null (a component not released yet). A tag whose commit
     * is not in {@link Result#reached} is either not reachable from HEAD or older than the
     * commit the walk stopped at: walk again with {@code stopAt} set to {@link #mergeBase}.
     *
     * @param tagCommits the commit of each tag, by the caller's tag index; null for none
     * @param stopAt the commit to stop at instead of the oldest tag commit, or null
     * @param firstParentOnly follow only the first parent of merges
     * @throws RefusalException when a shallow clone hides the history back to the tags
     */
    public static Result walk(GitRepository repository, List<String> tagCommits, String stopAt,
            boolean firstParentOnly, PathRouter router, Visitor visitor) throws IOException {
        var jgit = repository.jgit();
        Set<ObjectId> shallow = jgit.getObjectDatabase().getShallowCommits();
        ObjectId head = jgit.resolve(Constants.HEAD);
        if (head == null) {
            throw new RefusalException("The git repository at " + repository.workTree()
                    + " has no commits yet; commit something first");
        }
        Map<ObjectId, BitSet> tagsAt = new HashMap<>();
        boolean unreleased = tagCommits.isEmpty();
        for (int i = 0; i < tagCommits.size(); i++) {
            String id = tagCommits.get(i);
            if (id == null) {
                unreleased = true;
                continue;
            }
            tagsAt.computeIfAbsent(ObjectId.fromString(id), k -> new BitSet()).set(i);
        }
        ObjectId stop = unreleased ? null
                : stopAt != null ? ObjectId.fromString(stopAt) : oldest(jgit, tagsAt.keySet());
        if (stop == null && !shallow.isEmpty()) {
            throw shallowRefusal("a component has no release tag reachable from HEAD");
        }
        BitSet reached = new BitSet();
        long walked = 0;
        long diffNanos = 0;
        BitSet owners = new BitSet();
        BitSet noTags = new BitSet();
        // Reachability from the tags of the commits still ahead: removed when they are produced.
        Map<ObjectId, BitSet> pendingReach = new HashMap<>();
        try (ObjectReader reader = jgit.newObjectReader()) {
            StreamingCommitWalk walk = new StreamingCommitWalk(reader, shallow, firstParentOnly);
            walk.markStart(head);
            boolean stopReached = false;
            if (stop != null) {
                walk.markUninteresting(stop);
                stopReached = stop.equals(head);
            }
            TreeDiff trees = new TreeDiff(reader, router);
            for (StreamingCommitWalk.Commit commit = walk.next(); commit != null;
                    commit = walk.next()) {
                if (!shallow.isEmpty() && shallow.contains(commit.id())) {
                    throw shallowRefusal("the history stops at " + commit.id().abbreviate(7).name()
                            + " before reaching the components' release tags");
                }
                if (stop != null && !stopReached) {
                    stopReached = commit.hasParent(stop);
                }
                BitSet reach = pendingReach.remove(commit.id());
                BitSet own = tagsAt.get(commit.id());
                if (own != null) {
                    reached.or(own);
                    reach = reach == null ? (BitSet) own.clone() : reach;
                    reach.or(own);
                }
                if (reach != null) {
                    ObjectId[] parents = commit.parents();
                    int followed = firstParentOnly ? Math.min(1, parents.length) : parents.length;
                    for (int i = 0; i < followed; i++) {
                        if (!parents[i].equals(stop)) {
                            pendingReach.computeIfAbsent(parents[i], k -> new BitSet()).or(reach);
                        }
                    }
                }
                long t0 = System.nanoTime();
                owners.clear();
                ObjectId parentTree = ObjectId.zeroId();
                if (commit.parentCount() > 0) {
                    ObjectId parent = commit.parents()[0];
                    parentTree = walk.queuedTree(parent);
                    if (parentTree == null) {
                        byte[] raw = reader.open(parent, Constants.OBJ_COMMIT).getCachedBytes();
                        parentTree = ObjectId.fromString(raw, 5);
                    }
                }
                boolean outside = trees.diff(parentTree, commit.treeId(), owners);
                diffNanos += System.nanoTime() - t0;
                visitor.visit(new CommitInfo(commit.id().name(), commit.fullMessage(),
                        commit.parentCount()), owners, outside, reach == null ? noTags : reach);
                walked++;
            }
            if (stop != null && stopReached) {
                BitSet atStop = tagsAt.get(stop);
                if (atStop != null) {
                    reached.or(atStop);
                }
            }
        }
        return new Result(walked, reached, Optional.ofNullable(stop).map(ObjectId::name),
                diffNanos / 1_000_000);
    }

    /**
     * Compares a commit's tree with its first parent's, entering a changed folder only when the
     * router cannot tell its owner. Trees are read through a small cache: the walk goes from
     * child to parent, so the parent's trees read now are the next commit's own trees.
     */
    private static final class TreeDiff {
        private static final int CACHE = 256;
        private final ObjectReader reader;
        private final PathRouter router;
        private final Map<ObjectId, byte[]> cache = new java.util.LinkedHashMap<>(CACHE, 0.75f,
                true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ObjectId, byte[]> eldest) {
                return size() > CACHE;
            }
        };
        private BitSet owners;
        private boolean outside;

        TreeDiff(ObjectReader reader, PathRouter router) {
            this.reader = reader;
            this.router = router;
        }

        /** Fills {@code into}; true when a changed file belongs to no component. */
        boolean diff(ObjectId oldTree, ObjectId newTree, BitSet into) throws IOException {
            owners = into;
            outside = false;
            if (!newTree.equals(oldTree)) {
                compare("", oldTree, newTree);
            }
            return outside;
        }

        private void compare(String prefix, ObjectId oldTree, ObjectId newTree)
                throws IOException {
            CanonicalTreeParser a = parser(oldTree);
            CanonicalTreeParser b = parser(newTree);
            while (!a.eof() || !b.eof()) {
                int cmp = a.eof() ? 1 : b.eof() ? -1 : a.pathCompare(b);
                if (cmp == 0) {
                    if (!a.getEntryObjectId().equals(b.getEntryObjectId())
                            || a.getEntryRawMode() != b.getEntryRawMode()) {
                        boolean treeA = FileMode.TREE.equals(a.getEntryRawMode());
                        boolean treeB = FileMode.TREE.equals(b.getEntryRawMode());
                        if (treeA != treeB) {
                            // a file became a folder or the other way: the file side too
                            mark(router.ownerOfFile(prefix + b.getEntryPathString()));
                        }
                        changed(prefix + b.getEntryPathString(),
                                treeA ? a.getEntryObjectId() : null,
                                treeB ? b.getEntryObjectId() : null, treeA || treeB);
                    }
                    a.next(1);
                    b.next(1);
                } else if (cmp < 0) {
                    boolean tree = FileMode.TREE.equals(a.getEntryRawMode());
                    changed(prefix + a.getEntryPathString(), tree ? a.getEntryObjectId() : null,
                            null, tree);
                    a.next(1);
                } else {
                    boolean tree = FileMode.TREE.equals(b.getEntryRawMode());
                    changed(prefix + b.getEntryPathString(), null,
                            tree ? b.getEntryObjectId() : null, tree);
                    b.next(1);
                }
            }
        }

        /** A changed entry: a file, or a folder on either side (the other may be a file). */
        private void changed(String path, ObjectId oldTree, ObjectId newTree, boolean folder)
                throws IOException {
            if (!folder) {
                mark(router.ownerOfFile(path));
                return;
            }
            int owner = router.ownerOfFolder(path);
            if (owner != PathRouter.MIXED) {
                mark(owner);
                return;
            }
            compare(path + "/", oldTree == null ? ObjectId.zeroId() : oldTree,
                    newTree == null ? ObjectId.zeroId() : newTree);
        }

        private void mark(int owner) {
            if (owner >= 0) {
                owners.set(owner);
            } else {
                outside = true;
            }
        }

        private CanonicalTreeParser parser(ObjectId tree) throws IOException {
            CanonicalTreeParser p = new CanonicalTreeParser();
            if (tree.equals(ObjectId.zeroId())) {
                return p; // absent on this side: an empty tree
            }
            byte[] raw = cache.get(tree);
            if (raw == null) {
                raw = reader.open(tree, Constants.OBJ_TREE).getCachedBytes();
                cache.put(tree.copy(), raw);
            }
            p.reset(raw);
            return p;
        }
    }

    /** The tag commit with the oldest commit time: usually the ancestor of all the others. */
    private static ObjectId oldest(org.eclipse.jgit.lib.Repository jgit, Set<ObjectId> commits)
            throws IOException {
        ObjectId oldest = null;
        int oldestTime = Integer.MAX_VALUE;
        try (RevWalk walk = new RevWalk(jgit)) {
            walk.setRetainBody(false);
            for (ObjectId id : commits) {
                int time = walk.parseCommit(id).getCommitTime();
                if (oldest == null || time < oldestTime) {
                    oldest = id;
                    oldestTime = time;
                }
            }
        }
        return oldest;
    }

    /**
     * A common ancestor of all these commits (their merge base, taken pairwise), or empty when
     * they share none.
     */
    public static Optional<String> mergeBase(GitRepository repository, List<String> commits)
            throws IOException {
        List<ObjectId> all = new ArrayList<>();
        for (String id : new LinkedHashSet<>(commits)) {
            all.add(ObjectId.fromString(id));
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        ObjectId base = all.get(0);
        for (int i = 1; i < all.size() && base != null; i++) {
            try (RevWalk walk = new RevWalk(repository.jgit())) {
                walk.setRetainBody(false);
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(base));
                walk.markStart(walk.parseCommit(all.get(i)));
                RevCommit found = walk.next();
                base = found == null ? null : found.getId();
            }
        }
        return Optional.ofNullable(base).map(ObjectId::name);
    }

    /**
     * The release tags of several formats, read in one pass over the tags: for each format,
     * every tag in it that names a valid version, highest precedence first (as
     * {@link GitRepository#releaseTags} gives them for one format).
     */
    public static List<List<ReleaseTag>> releaseTags(GitRepository repository,
            List<TagFormat> formats, io.github.releaseprocess.core.Reporter reporter)
            throws IOException {
        var jgit = repository.jgit();
        List<List<ReleaseTag>> out = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            out.add(new ArrayList<>());
        }
        try (RevWalk walk = new RevWalk(jgit)) {
            walk.setRetainBody(false);
            for (org.eclipse.jgit.lib.Ref ref : jgit.getRefDatabase()
                    .getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                String commit = null;
                for (int i = 0; i < formats.size(); i++) {
                    Optional<io.github.releaseprocess.semver.Version> version =
                            formats.get(i).versionOf(name);
                    if (version.isEmpty()) {
                        continue;
                    }
                    if (commit == null) {
                        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId()
                                : ref.getObjectId();
                        var object = id == null ? null : walk.peel(walk.parseAny(id));
                        if (!(object instanceof RevCommit)) {
                            reporter.debug("Tag " + name + " ignored: it does not point at a"
                                    + " commit");
                            break;
                        }
                        commit = object.getId().name();
                    }
                    out.get(i).add(new ReleaseTag(name, version.get(), commit));
                }
            }
        }
        for (List<ReleaseTag> tags : out) {
            tags.sort(java.util.Comparator.comparing(ReleaseTag::version).reversed()
                    .thenComparing(ReleaseTag::name));
        }
        return out;
    }

    /** True when HEAD is this commit or descends from it. */
    public static boolean isReachableFromHead(GitRepository repository, String commitId)
            throws IOException {
        var jgit = repository.jgit();
        ObjectId head = jgit.resolve(Constants.HEAD);
        if (head == null) {
            return false;
        }
        try (RevWalk walk = new RevWalk(jgit)) {
            walk.setRetainBody(false);
            RevCommit tip = walk.parseCommit(head);
            RevCommit tagged = walk.parseCommit(ObjectId.fromString(commitId));
            return tagged.equals(tip) || walk.isMergedInto(tagged, tip);
        }
    }

    private static RefusalException shallowRefusal(String why) {
        return new RefusalException("This is a shallow clone and " + why + ", so the commits since"
                + " the last releases cannot be read; run 'git fetch --unshallow --tags' (GitHub"
                + " Actions: actions/checkout with fetch-depth: 0)");
    }
}
