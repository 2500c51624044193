package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.semver.VersionParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
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
    /** Not GitRemotes.defaultHome(): that would load the SSH client's classes on every open. */
    private Path sshHome = Path.of(System.getProperty("user.home"));

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
        GitSystemConfig.locateOnce();
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
                visitor.visit(new CommitInfo(commit.id().name(), commit.fullMessage(),
                        commit.parentCount()));
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

    // ---------------------------------------------------------------------------------------
    // Working tree, commits, tags and refs: what a release writes, and how it is undone.

    /**
     * The paths (relative to the work tree, '/'-separated) that differ from HEAD: modified,
     * added, removed, conflicting and, when {@code includeUntracked}, untracked files.
     */
    public List<String> uncommittedChanges(boolean includeUntracked) throws IOException {
        try (Git git = new Git(repository)) {
            org.eclipse.jgit.api.Status status = git.status().call();
            java.util.TreeSet<String> paths = new java.util.TreeSet<>();
            paths.addAll(status.getModified());
            paths.addAll(status.getChanged());
            paths.addAll(status.getAdded());
            paths.addAll(status.getRemoved());
            paths.addAll(status.getMissing());
            paths.addAll(status.getConflicting());
            if (includeUntracked) {
                paths.addAll(status.getUntracked());
            }
            return List.copyOf(paths);
        } catch (GitAPIException e) {
            throw new IOException("git status failed in " + workTree() + ": " + e.getMessage(), e);
        }
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

    /** The configured identity, at a given time in that time's zone. */
    private PersonIdent identityAt(ZonedDateTime at) {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        return new PersonIdent(user.getCommitterName(), user.getCommitterEmail(), at.toInstant(),
                at.getZone());
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

    /**
     * Commits the given files (paths relative to the work tree) with this message, as the
     * configured identity, and returns the new commit's id. Only these paths are staged: other
     * changes in the tree are not swept into a release commit.
     */
    public String commit(List<String> paths, String message) throws IOException {
        return commit(paths, message, null);
    }

    /**
     * Commits as {@link #commit(List, String)} does, with author and committer time {@code at}
     * (the release instant) instead of the clock's; {@code null} means now.
     */
    public String commit(List<String> paths, String message, ZonedDateTime at) throws IOException {
        try (Git git = new Git(repository)) {
            org.eclipse.jgit.api.CommitCommand commit = git.commit().setMessage(message)
                    .setSign(false).setAllowEmpty(false);
            if (at != null) {
                PersonIdent who = identityAt(at);
                commit.setAuthor(who).setCommitter(who);
            }
            for (String path : paths) {
                git.add().addFilepattern(path).call();
                commit.setOnly(path);
            }
            return commit.call().name();
        } catch (org.eclipse.jgit.api.errors.AbortedByHookException e) {
            String said = e.getHookStdErr() == null ? "" : e.getHookStdErr().strip()
                    .replaceAll("\\s*\\R\\s*", " / ");
            throw new RefusalException("git commit was refused by the " + e.getHookName()
                    + " hook of " + workTree() + (said.isEmpty() ? "" : " (it said: " + said + ")")
                    + "; fix what it reports, or change the hook", e);
        } catch (GitAPIException e) {
            throw new IOException("git commit failed in " + workTree() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates an annotated tag on a commit.
     *
     * @param sign sign it with the OpenPGP signer JGit finds ({@code gpg.format}, signing key)
     * @throws RefusalException when signing is asked for and no signer is available
     */
    public void tag(String name, String message, String commitId, boolean sign) throws IOException {
        tag(name, message, commitId, sign, null);
    }

    /**
     * Creates an annotated tag as {@link #tag(String, String, String, boolean)} does, with tagger
     * time {@code at} (the release instant); {@code null} means now.
     */
    public void tag(String name, String message, String commitId, boolean sign, ZonedDateTime at)
            throws IOException {
        requireTagName(name);
        try (Git git = new Git(repository); RevWalk walk = new RevWalk(repository)) {
            if (sign && org.eclipse.jgit.lib.Signers.get(
                    new org.eclipse.jgit.lib.GpgConfig(repository.getConfig()).getKeyFormat()) == null) {
                throw new RefusalException("Signing the tag " + name + " needs a GPG signer, and"
                        + " none is on the plugin's class path: add the dependency"
                        + " org.eclipse.jgit:org.eclipse.jgit.gpg.bc to the plugin, or release"
                        + " without -Drelease-process.signTag");
            }
            org.eclipse.jgit.api.TagCommand tag = git.tag().setName(name).setMessage(message)
                    .setAnnotated(true).setSigned(sign)
                    .setObjectId(walk.parseCommit(ObjectId.fromString(commitId)));
            if (at != null) {
                tag.setTagger(identityAt(at));
            }
            tag.call();
        } catch (GitAPIException e) {
            throw new IOException("git tag " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** True when a local branch of that name exists. */
    public boolean branchExists(String name) throws IOException {
        if (!RefNames.isValidBranchName(name)) {
            throw new RefusalException("'" + VersionParseException.abbreviate(name) + "' is not a"
                    + " valid git branch name" + lengthNote(name) + ".");
        }
        return repository.exactRef(Constants.R_HEADS + name) != null;
    }

    /**
     * Creates a branch at a commit and checks it out (the working tree must be clean, which the
     * caller checks).
     */
    public void createAndCheckout(String branch, String commitId) throws IOException {
        if (!RefNames.isValidBranchName(branch)) {
            throw new RefusalException("'" + VersionParseException.abbreviate(branch) + "' is not a"
                    + " valid git branch name" + lengthNote(branch) + ".");
        }
        try (Git git = new Git(repository)) {
            git.checkout().setCreateBranch(true).setName(branch).setStartPoint(commitId).call();
        } catch (GitAPIException e) {
            throw new IOException("could not create and check out " + branch + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks out a branch, or a commit (detached), as it was before something else was checked
     * out; the working tree must be clean.
     */
    public void checkout(String branchOrCommit) throws IOException {
        try (Git git = new Git(repository)) {
            git.checkout().setName(branchOrCommit).call();
        } catch (GitAPIException e) {
            throw new IOException("could not check out " + branchOrCommit + ": " + e.getMessage(), e);
        }
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

    /** The index file ({@code .git/index}), which a step backs up before it stages anything. */
    public Path indexFile() {
        return repository.getIndexFile().toPath();
    }

    /**
     * Sets a ref from exactly {@code expected} to {@code newId}, as one compare-and-swap: when the
     * ref moved meanwhile nothing changes and this fails. {@code null} stands for "does not
     * exist" on either side (a {@code newId} of null deletes the ref). Nothing but the ref
     * changes: neither HEAD's branch, nor the index, nor the working tree.
     */
    public void moveRef(String refName, String expected, String newId) throws IOException {
        RefUpdate update = repository.updateRef(refName, Constants.HEAD.equals(refName));
        update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId()
                : ObjectId.fromString(expected));
        update.setForceUpdate(true);
        update.setRefLogMessage("release-process: undo", false);
        RefUpdate.Result result;
        if (newId == null) {
            result = update.delete();
        } else {
            update.setNewObjectId(ObjectId.fromString(newId));
            result = update.update();
        }
        switch (result) {
            case FORCED, FAST_FORWARD, NEW, NO_CHANGE -> {
            }
            default -> throw new IOException("could not set " + refName + " from " + expected
                    + " to " + newId + ": " + result);
        }
    }

    /**
     * Refuses, before a release changes anything, a push target that is not configured, cannot
     * be reached or does not let this user in: a push connection is opened (SSH as configured in
     * {@code ~/.ssh}) and the remote's refs are read; nothing is sent.
     *
     * @throws RefusalException naming the remote, its URL (without credentials) and the fix
     */
    public void checkPushTarget(String remote) throws IOException {
        GitRemotes.checkPush(repository, remote, sshHome);
    }

    /**
     * Uses {@code home/.ssh} (config, known_hosts, keys) instead of the user's for SSH remotes.
     *
     * @return this repository
     */
    public GitRepository withSshHome(Path home) {
        this.sshHome = home;
        return this;
    }

    /**
     * Pushes the branch and the tag to a remote in one request, atomically where the remote
     * supports it (all refs or none).
     *
     * @throws RefusalException when the remote rejects a ref (e.g. the branch moved on)
     */
    public void push(String remote, String branchRef, String tagName) throws IOException {
        try (Git git = new Git(repository);
                org.eclipse.jgit.transport.sshd.SshdSessionFactory sessions =
                        GitRemotes.sessions(sshHome)) {
            Iterable<org.eclipse.jgit.transport.PushResult> results = git.push().setRemote(remote)
                    .setAtomic(true).setTransportConfigCallback(GitRemotes.using(sessions))
                    .setRefSpecs(new org.eclipse.jgit.transport.RefSpec(branchRef + ":" + branchRef),
                            new org.eclipse.jgit.transport.RefSpec(Constants.R_TAGS + tagName + ":"
                                    + Constants.R_TAGS + tagName))
                    .call();
            for (org.eclipse.jgit.transport.PushResult result : results) {
                for (org.eclipse.jgit.transport.RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != org.eclipse.jgit.transport.RemoteRefUpdate.Status.OK
                            && update.getStatus() != org.eclipse.jgit.transport.RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new RefusalException("The remote '" + remote + "' refused "
                                + update.getRemoteName() + " (" + update.getStatus()
                                + (update.getMessage() == null ? "" : ": " + update.getMessage())
                                + "); pull and release again, or push by hand");
                    }
                }
            }
        } catch (GitAPIException e) {
            throw new IOException("git push to " + remote + " failed: " + e.getMessage(), e);
        }
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

    /** Refuses a tag name git or the file system cannot hold, before JGit is asked about it. */
    private static void requireTagName(String name) {
        if (!RefNames.isValidTagName(name)) {
            throw new RefusalException("'" + VersionParseException.abbreviate(name) + "' is not a"
                    + " valid git tag name" + lengthNote(name) + "; check <tagFormat> and the"
                    + " version.");
        }
    }

    private static String lengthNote(String name) {
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
