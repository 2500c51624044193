package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The project's git history, read through JGit: release tags, the last release reachable from
 * HEAD, and a streaming walk of the commits since. No {@code git} binary is needed. JGit types do
 * not leave this package.
 */
public final class GitRepository implements AutoCloseable {

    private final Repository repository;

    private GitRepository(Repository repository) {
        this.repository = repository;
    }

    /**
     * Opens the repository that contains {@code start}, searching upward as git does, so a module
     * in a subfolder finds the repository of its project.
     *
     * @throws RefusalException when there is no repository at or above {@code start}
     */
    public static GitRepository open(Path start) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(start.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new RefusalException("No git repository at or above " + start.toAbsolutePath()
                    + ": release-process reads the project's git history; run it inside a clone"
                    + " (or 'git init' and commit first)");
        }
        builder.setMustExist(true);
        return new GitRepository(builder.build());
    }

    /** The top folder of the working tree. */
    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The folder of the git metadata ({@code .git}). */
    public Path gitDir() {
        return repository.getDirectory().toPath();
    }

    /** The full id of the commit HEAD points at. */
    public String headCommitId() throws IOException {
        return head().name();
    }

    /** The checked-out branch, or empty when HEAD is detached. */
    public Optional<String> currentBranch() throws IOException {
        Ref head = repository.exactRef(Constants.HEAD);
        if (head != null && head.isSymbolic()) {
            return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
        }
        return Optional.empty();
    }

    /** True when this is a shallow clone (some commits have their parents cut off). */
    public boolean isShallow() throws IOException {
        return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    }

    /**
     * Every tag in the given format that names a valid version, highest precedence first, whether
     * reachable from HEAD or not. Tags of another shape or with a non-SemVer version are skipped
     * with a debug line.
     */
    public List<ReleaseTag> releaseTags(TagFormat format, Reporter reporter) throws IOException {
        List<ReleaseTag> tags = new ArrayList<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            String name = ref.getName().substring(Constants.R_TAGS.length());
            Optional<io.github.releaseprocess.semver.Version> version = format.versionOf(name);
            if (version.isEmpty()) {
                if (reporter.isDebugEnabled()) {
                    reporter.debug("Tag " + name + " ignored: " + (format.matchesShape(name)
                            ? "its version is not Semantic Versioning 2.0.0"
                            : "it does not match tagFormat " + format.pattern()));
                }
                continue;
            }
            ObjectId commit = peelToCommit(ref);
            if (commit == null) {
                reporter.debug("Tag " + name + " ignored: it does not point at a commit");
                continue;
            }
            tags.add(new ReleaseTag(name, version.get(), commit.name()));
        }
        tags.sort(Comparator.comparing(ReleaseTag::version).reversed()
                .thenComparing(ReleaseTag::name));
        return tags;
    }

    /**
     * The release tags reachable from HEAD that a next version is computed from: the highest of
     * all (which may be a pre-release) and the highest final release.
     */
    public ReleaseBase findReleaseBase(TagFormat format, Reporter reporter) throws IOException {
        List<ReleaseTag> candidates = releaseTags(format, reporter);
        RevCommit head = head();
        ReleaseTag latest = null;
        ReleaseTag latestFinal = null;
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            RevCommit tip = walk.parseCommit(head);
            for (ReleaseTag tag : candidates) {
                if (latest != null && tag.version().isPrerelease()) {
                    continue; // only a final release is still of interest
                }
                RevCommit tagged = walk.parseCommit(ObjectId.fromString(tag.commitId()));
                if (tagged.equals(tip) || walk.isMergedInto(tagged, tip)) {
                    if (latest == null) {
                        latest = tag;
                    }
                    if (!tag.version().isPrerelease()) {
                        latestFinal = tag;
                        break;
                    }
                } else {
                    reporter.debug("Tag " + tag.name() + " ignored: not reachable from HEAD");
                }
            }
        }
        return new ReleaseBase(Optional.ofNullable(latest), Optional.ofNullable(latestFinal), 0);
    }

    /**
     * Streams the commits since the last final release to {@code visitor} and tells which release
     * tags the version is computed from, in one walk of the history in the common case.
     *
     * <p>The walk starts at HEAD and stops at the highest final release tag. That tag is
     * reachable exactly when HEAD is the tagged commit or a walked commit has it as a parent, so
     * reachability costs nothing extra. Pre-release tags above it count when the walk passes them
     * (a pre-release line since the last final release). Only when the highest final tag turns
     * out not to be reachable (it was made on another branch) is the walk redone, after the exact
     * but slower search of {@link #findReleaseBase}; the visitor is told by a second
     * {@link HistoryVisitor#start}.
     *
     * @param firstParentOnly follow only the first parent of merges (the mainline)
     * @throws RefusalException when a shallow clone hides the history back to the release
     */
    public ReleaseBase walkSinceLastRelease(TagFormat format, boolean firstParentOnly,
            Reporter reporter, HistoryVisitor visitor) throws IOException {
        List<ReleaseTag> candidates = releaseTags(format, reporter);
        Optional<ReleaseTag> highestFinal = candidates.stream()
                .filter(t -> !t.version().isPrerelease()).findFirst();
        Walked walked = walk(highestFinal, candidates, firstParentOnly, visitor);
        if (highestFinal.isPresent() && !walked.sinceReached) {
            reporter.debug("Tag " + highestFinal.get().name() + " is not reachable from HEAD;"
                    + " searching the highest reachable release tag");
            ReleaseBase exact = findReleaseBase(format, reporter);
            walked = walk(exact.latestFinal(), candidates, firstParentOnly, visitor);
            highestFinal = exact.latestFinal();
        }
        Optional<ReleaseTag> latest = walked.highestPrerelease.isPresent()
                ? walked.highestPrerelease : highestFinal;
        return new ReleaseBase(latest, highestFinal, walked.count);
    }

    /**
     * Streams the commits reachable from HEAD and not from {@code since} (all of HEAD's history
     * when empty), newest first, to {@code visitor}. Each message is read once and dropped, so
     * memory does not hold the messages of the walk.
     *
     * @param firstParentOnly follow only the first parent of merges (the mainline)
     * @return how many commits were visited
     * @throws RefusalException when a shallow clone hides the history back to {@code since}
     */
    public long walkSince(Optional<ReleaseTag> since, boolean firstParentOnly,
            Consumer<CommitInfo> visitor) throws IOException {
        return walk(since, List.of(), firstParentOnly, visitor::accept).count;
    }

    private Walked walk(Optional<ReleaseTag> since, List<ReleaseTag> candidates,
            boolean firstParentOnly, HistoryVisitor visitor) throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        if (since.isEmpty() && !shallow.isEmpty()) {
            throw shallowRefusal("no release tag is reachable from HEAD");
        }
        // Pre-release tags above the release we stop at, by commit: the walk may pass them.
        Map<ObjectId, ReleaseTag> prereleases = new HashMap<>();
        for (ReleaseTag tag : candidates) {
            if (tag.version().isPrerelease() && (since.isEmpty()
                    || tag.version().compareTo(since.get().version()) > 0)) {
                prereleases.putIfAbsent(ObjectId.fromString(tag.commitId()), tag);
            }
        }
        visitor.start(since);
        Walked walked = new Walked();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(true);
            walk.setFirstParent(firstParentOnly);
            RevCommit head = walk.parseCommit(head());
            walk.markStart(head);
            RevCommit stop = null;
            if (since.isPresent()) {
                stop = walk.parseCommit(ObjectId.fromString(since.get().commitId()));
                walk.markUninteresting(stop);
                walked.sinceReached = stop.equals(head);
            }
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                if (!shallow.isEmpty() && shallow.contains(commit)) {
                    throw shallowRefusal("the history stops at " + commit.abbreviate(7).name()
                            + " before reaching " + since.map(ReleaseTag::name).orElse("a release"));
                }
                if (stop != null && !walked.sinceReached) {
                    for (RevCommit parent : commit.getParents()) {
                        walked.sinceReached |= parent.equals(stop);
                    }
                }
                ReleaseTag tagged = prereleases.get(commit);
                if (tagged != null && (walked.highestPrerelease.isEmpty() || tagged.version()
                        .compareTo(walked.highestPrerelease.get().version()) > 0)) {
                    walked.highestPrerelease = Optional.of(tagged);
                }
                visitor.visit(new CommitInfo(commit.name(), commit.getFullMessage(),
                        commit.getParentCount()));
                commit.disposeBody();
                walked.count++;
            }
        }
        return walked;
    }

    /** What one walk saw. */
    private static final class Walked {
        long count;
        boolean sinceReached;
        Optional<ReleaseTag> highestPrerelease = Optional.empty();
    }

    private RefusalException shallowRefusal(String why) {
        return new RefusalException("This is a shallow clone and " + why + ", so the commits since"
                + " the last release cannot be read; run 'git fetch --unshallow --tags' (GitHub"
                + " Actions: actions/checkout with fetch-depth: 0)");
    }

    private RevCommit head() throws IOException {
        ObjectId id = repository.resolve(Constants.HEAD);
        if (id == null) {
            throw new RefusalException("The git repository at " + workTree() + " has no commits"
                    + " yet; commit something first");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            return walk.parseCommit(id);
        }
    }

    private ObjectId peelToCommit(Ref ref) throws IOException {
        Ref peeled = ref.isPeeled() ? ref : repository.getRefDatabase().peel(ref);
        ObjectId id = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId()
                : peeled.getObjectId();
        if (id == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            org.eclipse.jgit.revwalk.RevObject object = walk.peel(walk.parseAny(id));
            return object instanceof RevCommit ? object.getId() : null;
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    /**
     * The tags a version is computed from; either may be absent.
     *
     * @param latest the highest release tag that counts, possibly a pre-release
     * @param latestFinal the highest final release reachable from HEAD
     * @param walked how many commits the walk visited (0 when there was no walk)
     */
    public record ReleaseBase(Optional<ReleaseTag> latest, Optional<ReleaseTag> latestFinal,
            long walked) {
    }

    /**
     * Receives the commits of a walk. {@link #start} comes before each walk: a second call means
     * the walk is redone from HEAD and everything seen before is to be forgotten.
     */
    public interface HistoryVisitor {
        /** A walk begins that stops at {@code since} (empty: the whole history). */
        default void start(Optional<ReleaseTag> since) {
        }

        void visit(CommitInfo commit);
    }
}
