package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.semver.VersionParseException;
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
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The project's git history, read through JGit: release tags, the last release reachable from
 * HEAD, a streaming walk of the commits since, refs, tracked files and configuration. What a
 * release writes (status, commits, tags, checkouts, ref moves, pushes) is in {@link GitWriter},
 * from {@link #writer()}. No {@code git} binary is needed. JGit types do not leave this package,
 * except to the deployment ledger through {@link #openJGit}.
 */
public final class GitRepository implements AutoCloseable {

    private final Repository repository;
    private GitWriter writer;

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
        return new GitRepository(openJGit(start, "release-process reads the project's git"
                + " history; run it inside a clone (or 'git init' and commit first)"));
    }

    /**
     * Opens the JGit repository that contains {@code start}, searching upward as git does: the
     * one place where the plugin opens a repository. The history ({@link #open}), the deployment
     * ledger and the source export of {@code deploy} all come through here.
     *
     * @param needs why the caller needs a repository and what to do, the end of the refusal
     * @throws RefusalException when there is no repository at or above {@code start}
     */
    public static Repository openJGit(Path start, String needs) throws IOException {
        GitSystemConfig.locateOnce();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(start.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new RefusalException("No git repository at or above " + start.toAbsolutePath()
                    + ": " + needs);
        }
        builder.setMustExist(true);
        return builder.build();
    }

    /**
     * The writing side of this repository: status, commits, tags, checkouts, ref moves and
     * pushes. It shares this repository, which closes it.
     */
    public GitWriter writer() {
        if (writer == null) {
            writer = new GitWriter(repository);
        }
        return writer;
    }

    /** The top folder of the working tree. */
    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The folder of the git metadata ({@code .git}). */
    public Path gitDir() {
        return repository.getDirectory().toPath();
    }

    /** The JGit repository, for the other classes of this package. */
    Repository jgit() {
        return repository;
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

    /** The names of every tag, whatever their shape, sorted. */
    public List<String> tagNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            names.add(ref.getName().substring(Constants.R_TAGS.length()));
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /**
     * The messages of at most {@code limit} commits from HEAD along first parents (the mainline),
     * newest first, with their parent counts.
     */
    public List<CommitInfo> recentMainlineCommits(int limit) throws IOException {
        List<CommitInfo> out = new ArrayList<>();
        ObjectId id = repository.resolve(Constants.HEAD);
        if (id == null) {
            return out;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(id));
            for (RevCommit c : walk) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(new CommitInfo(c.name(), c.getFullMessage(), c.getParentCount()));
            }
        }
        return out;
    }

    /**
     * The files git tracks (in the index) under {@code folder}, as absolute paths, in index
     * order; empty when {@code folder} is outside the work tree.
     */
    public List<Path> trackedFiles(Path folder) throws IOException {
        Path top = workTree().toAbsolutePath().normalize();
        Path under = folder.toAbsolutePath().normalize();
        if (!under.startsWith(top)) {
            return List.of();
        }
        String prefix = top.relativize(under).toString().replace('\\', '/');
        if (!prefix.isEmpty()) {
            prefix += "/";
        }
        List<Path> out = new ArrayList<>();
        org.eclipse.jgit.dircache.DirCache index = repository.readDirCache();
        for (int i = 0; i < index.getEntryCount(); i++) {
            org.eclipse.jgit.dircache.DirCacheEntry entry = index.getEntry(i);
            org.eclipse.jgit.lib.FileMode mode = entry.getFileMode();
            boolean file = mode == org.eclipse.jgit.lib.FileMode.REGULAR_FILE
                    || mode == org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE;
            if (file && entry.getPathString().startsWith(prefix)) {
                out.add(top.resolve(entry.getPathString()));
            }
        }
        return out;
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
        List<ReleaseTag> higherElsewhere = new ArrayList<>();
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
                    if (latest == null) {
                        higherElsewhere.add(tag);
                    }
                }
            }
        }
        if (latest != null) {
            Version base = latest.version();
            Optional<ReleaseTag> elsewhere = higherElsewhere.stream()
                    .filter(t -> sameLine(t.version(), base)).findFirst();
            if (elsewhere.isPresent()) {
                reporter.warn("Release tag " + elsewhere.get().name() + " (on "
                        + elsewhere.get().shortCommitId() + ") is not in the history of HEAD, so"
                        + " the next version is computed from " + latest.name() + ": a release"
                        + " tagged on a commit that was never merged back (a release branch) does"
                        + " not count. Release from that branch, or merge it back, if it should.");
            }
        }
        return new ReleaseBase(Optional.ofNullable(latest), Optional.ofNullable(latestFinal), 0);
    }

    /**
     * Whether two versions are of one major.minor line: a higher tag elsewhere on the same line
     * (zalando/logbook tags 4.0.3 on a release commit that main never gets, while main's last
     * tag is 4.0.0-RC.0) is worth a warning; a higher line elsewhere is the normal case of a
     * hotfix or maintenance branch (1.2.x while main has 1.3.0).
     */
    private static boolean sameLine(Version a, Version b) {
        return a.major().equals(b.major()) && a.minor().equals(b.minor());
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
        // A walk of our own rather than RevWalk: same commits, same order, but nothing kept of a
        // commit once it is produced (RevWalk keeps ~100 bytes per commit, see bench/README.md).
        try (ObjectReader reader = repository.newObjectReader()) {
            StreamingCommitWalk walk = new StreamingCommitWalk(reader, shallow, firstParentOnly);
            ObjectId head = head().getId();
            walk.markStart(head);
            ObjectId stop = null;
            if (since.isPresent()) {
                stop = ObjectId.fromString(since.get().commitId());
                walk.markUninteresting(stop);
                walked.sinceReached = stop.equals(head);
            }
            for (StreamingCommitWalk.Commit commit = walk.next(); commit != null;
                    commit = walk.next()) {
                if (!shallow.isEmpty() && shallow.contains(commit.id())) {
                    throw shallowRefusal("the history stops at " + commit.id().abbreviate(7).name()
                            + " before reaching " + since.map(ReleaseTag::name).orElse("a release"));
                }
                if (stop != null && !walked.sinceReached) {
                    walked.sinceReached = commit.hasParent(stop);
                }
                ReleaseTag tagged = prereleases.get(commit.id());
                if (tagged != null && (walked.highestPrerelease.isEmpty() || tagged.version()
                        .compareTo(walked.highestPrerelease.get().version()) > 0)) {
                    walked.highestPrerelease = Optional.of(tagged);
                }
                visitor.visit(commit.undecoded());
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

    /**
     * The committer identity from git's configuration ({@code user.name}, {@code user.email}) or
     * the {@code GIT_COMMITTER_*} environment, or empty when git would have to guess one.
     */
    public Optional<String> configuredIdentity() {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        if (user.isCommitterNameImplicit() || user.isCommitterEmailImplicit()) {
            return Optional.empty();
        }
        return Optional.of(user.getCommitterName() + " <" + user.getCommitterEmail() + ">");
    }

    /** The URL configured for a remote ({@code remote.<name>.url}), or empty. */
    public Optional<String> remoteUrl(String remote) {
        return Optional.ofNullable(repository.getConfig().getString("remote", remote, "url"))
                .filter(url -> !url.isBlank());
    }

    /** True when a tag of that name exists. */
    public boolean tagExists(String name) throws IOException {
        requireTagName(name);
        return repository.exactRef(Constants.R_TAGS + name) != null;
    }

    /** The full name of the checked-out branch ({@code refs/heads/main}), or empty when detached. */
    public Optional<String> currentBranchRef() throws IOException {
        Ref head = repository.exactRef(Constants.HEAD);
        if (head != null && head.isSymbolic()) {
            return Optional.of(head.getTarget().getName());
        }
        return Optional.empty();
    }

    /** True when a local branch of that name exists. */
    public boolean branchExists(String name) throws IOException {
        if (!RefNames.isValidBranchName(name)) {
            throw new RefusalException("'" + VersionParseException.abbreviate(name) + "' is not a"
                    + " valid git branch name" + lengthNote(name) + ".");
        }
        return repository.exactRef(Constants.R_HEADS + name) != null;
    }

    /** The commit a tag points at, through annotated tag objects, or empty without the tag. */
    public Optional<String> tagCommit(String name) throws IOException {
        Ref ref = repository.exactRef(Constants.R_TAGS + name);
        if (ref == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(walk.parseCommit(ref.getObjectId()).name());
        } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        }
    }

    /**
     * When the commit a tag points at was made, in seconds since the epoch; 0 without the tag or
     * when it points at no commit.
     */
    public long tagCommitTime(String name) throws IOException {
        Ref ref = repository.exactRef(Constants.R_TAGS + name);
        if (ref == null) {
            return 0L;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ref.getObjectId()).getCommitTime();
        } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return 0L;
        }
    }

    /** The id a tag points at (the tag object for an annotated tag), or empty. */
    public Optional<String> tagTarget(String name) throws IOException {
        if (!RefNames.isValidTagName(name)) {
            return Optional.empty();
        }
        Ref ref = repository.exactRef(Constants.R_TAGS + name);
        return ref == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
    }

    /** The id a ref (full name, or {@code HEAD}) points at, or empty when it does not exist. */
    public Optional<String> refId(String refName) throws IOException {
        Ref ref = repository.exactRef(refName);
        return ref == null || ref.getObjectId() == null ? Optional.empty()
                : Optional.of(ref.getObjectId().name());
    }

    /** The commit an object (a commit or an annotated tag) leads to, or empty. */
    public Optional<String> peeledCommit(String objectId) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            org.eclipse.jgit.revwalk.RevObject object =
                    walk.peel(walk.parseAny(ObjectId.fromString(objectId)));
            return object instanceof RevCommit ? Optional.of(object.getId().name())
                    : Optional.empty();
        } catch (org.eclipse.jgit.errors.MissingObjectException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first parent of a commit, or empty for a root commit or an unknown id. */
    public Optional<String> firstParent(String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            return commit.getParentCount() == 0 ? Optional.empty()
                    : Optional.of(commit.getParent(0).name());
        } catch (org.eclipse.jgit.errors.MissingObjectException
                | org.eclipse.jgit.errors.IncorrectObjectTypeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The full message of a commit, or empty for an unknown id. */
    public Optional<String> commitMessage(String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(walk.parseCommit(ObjectId.fromString(commitId)).getFullMessage());
        } catch (org.eclipse.jgit.errors.MissingObjectException
                | org.eclipse.jgit.errors.IncorrectObjectTypeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The bytes of a file as a commit holds it ({@code path} relative to the work tree,
     * '/'-separated), or empty when the commit does not hold it.
     */
    public Optional<byte[]> fileAt(String commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            try (org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk
                    .forPath(repository, path, commit.getTree())) {
                if (tree == null || (tree.getRawMode(0) & org.eclipse.jgit.lib.FileMode.TYPE_MASK)
                        != org.eclipse.jgit.lib.FileMode.TYPE_FILE) {
                    return Optional.empty();
                }
                return Optional.of(repository.open(tree.getObjectId(0)).getBytes());
            }
        } catch (org.eclipse.jgit.errors.MissingObjectException
                | org.eclipse.jgit.errors.IncorrectObjectTypeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The index file ({@code .git/index}), which a step backs up before it stages anything. */
    public Path indexFile() {
        return repository.getIndexFile().toPath();
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

        /**
         * A commit not decoded yet; by default decoded here and passed to
         * {@link #visit(CommitInfo)}. A visitor that hands commits to another thread decodes them
         * there.
         */
        default void visit(RawCommit commit) {
            visit(commit.decode());
        }
    }

    /** Refuses a tag name git or the file system cannot hold, before JGit is asked about it. */
    static void requireTagName(String name) {
        if (!RefNames.isValidTagName(name)) {
            throw new RefusalException("'" + VersionParseException.abbreviate(name) + "' is not a"
                    + " valid git tag name" + lengthNote(name) + "; check <tagFormat> and the"
                    + " version.");
        }
    }

    static String lengthNote(String name) {
        for (String part : name.split("/", -1)) {
            if (part.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    > RefNames.MAX_COMPONENT_BYTES) {
                return " (a part of it is " + part.length() + " characters long; git stores each"
                        + " part as a file name, at most " + RefNames.MAX_COMPONENT_BYTES
                        + " bytes)";
            }
        }
        return "";
    }
}
