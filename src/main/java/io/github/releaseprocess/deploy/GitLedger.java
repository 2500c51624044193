package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The deployment ledger in the project's own git repository, on {@link #REF}: each record is a
 * commit whose tree holds one blob, {@code record.json}, and whose first parent is the previous
 * record. Appending is a compare-and-swap of the ref (JGit's {@link RefUpdate} with the expected
 * old id, guarded by git's lock file), so two writers, threads or processes, never both succeed
 * from the same tip. See docs/decisions/0003-deployment-ledger.md.
 */
public final class GitLedger implements AutoCloseable {

    /** The ref that holds the ledger. */
    public static final String REF = "refs/release-process/ledger";
    /** The name of the record blob in each ledger commit's tree. */
    public static final String RECORD_FILE = "record.json";

    private static final int APPEND_ATTEMPTS = 20;

    private final Repository repository;

    private GitLedger(Repository repository) {
        this.repository = repository;
    }

    /**
     * Opens the ledger of the repository that contains {@code start} (searching upward as git
     * does).
     *
     * @throws RefusalException when there is no repository there
     */
    public static GitLedger open(Path start) throws IOException {
        return new GitLedger(GitRepository.openJGit(start, "the deployment ledger lives in the"
                + " project's repository; run inside a clone"));
    }

    /** Reads every record, oldest first. */
    public LedgerSnapshot read() throws IOException {
        Ref ref = repository.exactRef(REF);
        if (ref == null || ref.getObjectId() == null) {
            return new LedgerSnapshot(Optional.empty(), List.of());
        }
        List<LedgerRecord> records = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit;
            try {
                commit = walk.parseCommit(ref.getObjectId());
            } catch (IncorrectObjectTypeException | MissingObjectException e) {
                throw corrupt(ref.getObjectId(), "the ref does not point at a commit");
            }
            while (commit != null) {
                records.add(readRecord(commit));
                commit = commit.getParentCount() == 0 ? null
                        : walk.parseCommit(commit.getParent(0));
            }
        }
        Collections.reverse(records);
        return new LedgerSnapshot(Optional.of(ref.getObjectId().name()), records);
    }

    /**
     * Appends a record whatever was recorded since our last read: on a lost compare-and-swap the
     * record is re-parented on the new tip and tried again.
     *
     * @return the new tip
     */
    public String append(LedgerRecord record) throws IOException {
        for (int attempt = 0; attempt < APPEND_ATTEMPTS; attempt++) {
            Ref ref = repository.exactRef(REF);
            Optional<String> tip = Optional.ofNullable(ref == null ? null : ref.getObjectId())
                    .map(ObjectId::name);
            try {
                return appendIfUnchanged(record, tip);
            } catch (LedgerConflictException e) {
                try {
                    Thread.sleep(5L + (long) (Math.random() * 20 * (attempt + 1)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while recording in " + REF, interrupted);
                }
            }
        }
        throw new LedgerConflictException("Could not record in " + REF + " after "
                + APPEND_ATTEMPTS + " attempts: other processes keep updating it; run the goal"
                + " again");
    }

    /**
     * Appends a record only if the ledger still ends at {@code expectedTip}: the decision that
     * led to the record (the rollback plan, the promotion check) was made on that state.
     *
     * @return the new tip
     * @throws LedgerConflictException when another writer recorded first
     */
    public String appendIfUnchanged(LedgerRecord record, Optional<String> expectedTip)
            throws IOException {
        ObjectId commitId;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB,
                    record.toJson().getBytes(StandardCharsets.UTF_8));
            TreeFormatter tree = new TreeFormatter();
            tree.append(RECORD_FILE, FileMode.REGULAR_FILE, blob);
            ObjectId treeId = inserter.insert(tree);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(treeId);
            expectedTip.ifPresent(t -> commit.setParentId(ObjectId.fromString(t)));
            PersonIdent ident = ident(record);
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setEncoding(StandardCharsets.UTF_8);
            commit.setMessage(record.action().id() + " " + record.version() + " to "
                    + record.environment() + ": " + record.outcome().id() + "\n");
            commitId = inserter.insert(commit);
            inserter.flush();
        }
        RefUpdate update = repository.updateRef(REF);
        update.setExpectedOldObjectId(expectedTip.map(ObjectId::fromString)
                .orElse(ObjectId.zeroId()));
        update.setNewObjectId(commitId);
        update.setRefLogMessage("release-process: " + record.action().id() + " "
                + record.environment() + " " + record.outcome().id(), false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FAST_FORWARD, FORCED, NO_CHANGE:
                return commitId.name();
            case LOCK_FAILURE, REJECTED, REJECTED_CURRENT_BRANCH, REJECTED_MISSING_OBJECT,
                    REJECTED_OTHER_REASON:
                throw new LedgerConflictException("Another deployment recorded in " + REF
                        + " while this one was deciding, so " + record.action().id() + " "
                        + record.version() + " to " + record.environment() + " was not"
                        + " started; look at 'mvn release-process:status' and run it again");
            default:
                throw new IOException("Updating " + REF + " failed: " + result);
        }
    }

    /** The name of whoever runs this: git's user.name, else the operating system's user. */
    public String currentUser() {
        String name = repository.getConfig().getString("user", null, "name");
        if (name != null && !name.isBlank()) {
            String email = repository.getConfig().getString("user", null, "email");
            return email == null || email.isBlank() ? name : name + " <" + email + ">";
        }
        return System.getProperty("user.name", "unknown");
    }

    private PersonIdent ident(LedgerRecord record) {
        String name = repository.getConfig().getString("user", null, "name");
        String email = repository.getConfig().getString("user", null, "email");
        return new PersonIdent(name == null || name.isBlank() ? record.user() : name,
                email == null || email.isBlank() ? "release-process@localhost" : email,
                record.time(), java.time.ZoneOffset.UTC);
    }

    private LedgerRecord readRecord(RevCommit commit) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repository, RECORD_FILE, commit.getTree())) {
            if (tree == null) {
                throw corrupt(commit, "it has no " + RECORD_FILE);
            }
            ObjectLoader loader = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB);
            if (loader.getSize() > 1 << 20) {
                throw corrupt(commit, RECORD_FILE + " is larger than 1 MiB");
            }
            String json = new String(loader.getBytes(), StandardCharsets.UTF_8);
            try {
                return LedgerRecord.fromJson(json);
            } catch (IllegalArgumentException e) {
                throw corrupt(commit, RECORD_FILE + " is not a valid record: " + e.getMessage());
            }
        }
    }

    private static RefusalException corrupt(ObjectId commit, String why) {
        return new RefusalException("The deployment ledger " + REF + " is corrupt at "
                + commit.abbreviate(10).name() + ": " + why + "; restore the ref from a good"
                + " copy (git fetch origin +" + REF + ":" + REF + ") or reset it to the record"
                + " before (git update-ref " + REF + " " + commit.abbreviate(10).name() + "^)");
    }

    @Override
    public void close() {
        repository.close();
    }
}
