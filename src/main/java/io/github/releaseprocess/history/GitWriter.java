package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.VersionParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The writing side of a {@link GitRepository}: the working tree's status (what a commit would
 * sweep in), and the commits, tags, branches, checkouts, ref moves (the journal's undo) and
 * pushes that a release makes. Reading history stays in {@link GitRepository}, which owns the
 * JGit repository; get a writer with {@link GitRepository#writer()}, and close the repository,
 * not the writer.
 */
public final class GitWriter {

    private final Repository repository;
    /** Not GitRemotes.defaultHome(): that would load the SSH client's classes on every open. */
    private Path sshHome = Path.of(System.getProperty("user.home"));

    GitWriter(Repository repository) {
        this.repository = repository;
    }

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
            throw new IOException("git status failed in " + repository.getWorkTree() + ": " + e.getMessage(), e);
        }
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
            if (!paths.isEmpty()) {
                // One add for all paths: each AddCommand locks, walks and rewrites the index.
                org.eclipse.jgit.api.AddCommand add = git.add();
                for (String path : paths) {
                    add.addFilepattern(path);
                    commit.setOnly(path);
                }
                add.call();
            }
            return commit.call().name();
        } catch (org.eclipse.jgit.api.errors.AbortedByHookException e) {
            String said = e.getHookStdErr() == null ? "" : e.getHookStdErr().strip()
                    .replaceAll("\\s*\\R\\s*", " / ");
            throw new RefusalException("git commit was refused by the " + e.getHookName()
                    + " hook of " + repository.getWorkTree() + (said.isEmpty() ? "" : " (it said: " + said + ")")
                    + "; fix what it reports, or change the hook", e);
        } catch (GitAPIException e) {
            throw new IOException("git commit failed in " + repository.getWorkTree() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Commits HEAD's tree again with this message: the release commit of a version the files held
     * already (a Python project that moved {@code __version__} by hand before the release, with
     * {@code developmentVersion=none} and no changelog to promote). The index is not read, so
     * nothing staged is swept in.
     */
    public String commitUnchanged(String message, ZonedDateTime at) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            throw new IOException("no commit at HEAD in " + repository.getWorkTree());
        }
        try (RevWalk walk = new RevWalk(repository);
                org.eclipse.jgit.lib.ObjectInserter inserter = repository.newObjectInserter()) {
            PersonIdent who = identityAt(at != null ? at : ZonedDateTime.now());
            org.eclipse.jgit.lib.CommitBuilder commit = new org.eclipse.jgit.lib.CommitBuilder();
            commit.setTreeId(walk.parseCommit(head).getTree());
            commit.setParentId(head);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(id);
            update.setExpectedOldObjectId(head);
            update.setRefLogMessage("commit: " + message.lines().findFirst().orElse(""), false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW) {
                throw new IOException("git commit failed in " + repository.getWorkTree()
                        + ": HEAD could not move (" + result + ")");
            }
            return id.name();
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
        GitRepository.requireTagName(name);
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

    /**
     * Creates a branch at a commit and checks it out (the working tree must be clean, which the
     * caller checks).
     */
    public void createAndCheckout(String branch, String commitId) throws IOException {
        if (!RefNames.isValidBranchName(branch)) {
            throw new RefusalException("'" + VersionParseException.abbreviate(branch) + "' is not a"
                    + " valid git branch name" + GitRepository.lengthNote(branch) + ".");
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
     * @return this writer
     */
    public GitWriter withSshHome(Path home) {
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
        push(remote, branchRef, List.of(tagName));
    }

    /**
     * Pushes the branch and the tags to a remote in one request, atomically where the remote
     * supports it (all refs or none).
     *
     * @throws RefusalException when the remote rejects a ref (e.g. the branch moved on)
     */
    public void push(String remote, String branchRef, List<String> tagNames) throws IOException {
        List<org.eclipse.jgit.transport.RefSpec> specs = new java.util.ArrayList<>();
        specs.add(new org.eclipse.jgit.transport.RefSpec(branchRef + ":" + branchRef));
        for (String tagName : tagNames) {
            specs.add(new org.eclipse.jgit.transport.RefSpec(Constants.R_TAGS + tagName + ":"
                    + Constants.R_TAGS + tagName));
        }
        try (Git git = new Git(repository);
                org.eclipse.jgit.transport.sshd.SshdSessionFactory sessions =
                        GitRemotes.sessions(sshHome)) {
            Iterable<org.eclipse.jgit.transport.PushResult> results = git.push().setRemote(remote)
                    .setAtomic(true).setTransportConfigCallback(GitRemotes.using(sessions))
                    .setRefSpecs(specs)
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

    /** The configured identity, at a given time in that time's zone. */
    private PersonIdent identityAt(ZonedDateTime at) {
        UserConfig user = repository.getConfig().get(UserConfig.KEY);
        return new PersonIdent(user.getCommitterName(), user.getCommitterEmail(), at.toInstant(),
                at.getZone());
    }
}
