package io.github.releaseprocess.release;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.FileChange;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import io.github.releaseprocess.versionfiles.VersionChangePlan;
import io.github.releaseprocess.versionfiles.VersionChangeRequest;
import io.github.releaseprocess.versionfiles.VersionFile;
import io.github.releaseprocess.versionfiles.VersionSetter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Starts a hotfix line: the branch {@code hotfix/X.Y.(Z+1)} at the tag of release X.Y.Z, with
 * the version {@code X.Y.(Z+1)-SNAPSHOT} committed on it. On that branch {@code prepare} releases
 * only patch versions. All or nothing, through the same journal as {@code prepare}: when a step
 * fails (a pre-commit hook refuses the commit, say) the files and the index are put back, the
 * previous branch is checked out again and the new branch removed, and the error says why.
 */
public final class HotfixStarter {

    /** The default message of the commit that starts a hotfix line. */
    public static final String DEFAULT_MESSAGE = "chore(release): start hotfix @{version}";

    private static final String BRANCH_STEP = "hotfix-branch";
    private static final String VERSION_STEP = "hotfix-version";

    private final Reporter reporter;

    public HotfixStarter(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Starts the hotfix line.
     *
     * @param from the release to fix; empty: the highest final release tag
     * @return the name of the new branch
     */
    public String start(Path rootDirectory, TagFormat format, Optional<Version> from,
            List<VersionFile> versionFiles, String message) throws IOException {
        return start(rootDirectory, format, from, versionFiles, message, Optional.empty());
    }

    /**
     * Starts the hotfix line of one component of a monorepo: the branch
     * {@code hotfix/ID-X.Y.(Z+1)} at that component's release tag, with the snapshot version in
     * its modules and in the references to them (and nothing else); without a component, as
     * {@link #start(Path, TagFormat, Optional, List, String)}.
     */
    public String start(Path rootDirectory, TagFormat format, Optional<Version> from,
            List<VersionFile> versionFiles, String message, Optional<ComponentScope> component)
            throws IOException {
        if (component.isPresent()) {
            format = component.get().tagFormat();
        }
        try (GitRepository repository = GitRepository.open(rootDirectory);
                ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), "hotfix")) {
            ReleaseJournal.refuseIfJournal(repository);
            List<String> dirty = repository.writer().uncommittedChanges(false);
            if (!dirty.isEmpty()) {
                throw new RefusalException("A hotfix branch is checked out from a clean working"
                        + " tree, and " + dirty.size() + " file(s) have uncommitted changes (e.g. "
                        + dirty.get(0) + "); commit or stash them ('git stash -u')");
            }
            ReleaseTag base = releaseToFix(repository, format, from);
            Version hotfix = base.version().toRelease().nextPatch();
            String branch = "hotfix/" + component.map(c -> c.id() + "-").orElse("") + hotfix;
            if (repository.branchExists(branch)) {
                throw new RefusalException("The branch " + branch + " exists already; check it"
                        + " out (git switch " + branch + ") to continue that hotfix");
            }
            String branchRef = "refs/heads/" + branch;
            Version snapshot = hotfix.withPrerelease("SNAPSHOT");
            String previous = repository.currentBranchRef().orElse(repository.headCommitId());
            ReleaseJournal journal = ReleaseJournal.begin(repository, lock,
                    new ReleaseJournal.Header("hotfix", snapshot.toString(),
                            base.version().toString(), null, null, branchRef,
                            repository.headCommitId()));
            try {
                journal.started(BRANCH_STEP);
                journal.checkingOut(BRANCH_STEP, previous);
                journal.refMoving(BRANCH_STEP, branchRef, null, null, null);
                journal.refMoved(BRANCH_STEP, branchRef, base.commitId());
                repository.writer().createAndCheckout(branch, base.commitId());
                journal.done(BRANCH_STEP);

                journal.started(VERSION_STEP);
                List<String> changed = setVersion(repository, journal, rootDirectory, snapshot,
                        versionFiles, component);
                if (changed.isEmpty()) {
                    reporter.info(base.name() + " is at " + snapshot + " already; nothing to"
                            + " commit");
                } else {
                    String text = message.replace("@{version}", component.map(c -> c.id() + " ")
                            .orElse("") + hotfix);
                    journal.backupIndex(VERSION_STEP, repository.indexFile());
                    journal.refMoving(VERSION_STEP, branchRef, base.commitId(), null, text);
                    String id = repository.writer().commit(changed, text);
                    journal.refMoved(VERSION_STEP, branchRef, id);
                }
                journal.done(VERSION_STEP);
            } catch (RuntimeException | IOException e) {
                String reason = Releaser.reason(e);
                try {
                    journal.checkUndoable(repository);
                    for (String step : List.of(VERSION_STEP, BRANCH_STEP)) {
                        journal.undo(step, repository);
                        journal.forget(step);
                    }
                    journal.close();
                } catch (RuntimeException | IOException undo) {
                    e.addSuppressed(undo);
                    throw new RefusalException("Starting " + branch + " failed: " + reason
                            + "; putting things back failed too (" + Releaser.reason(undo)
                            + "), and the journal in .git/" + ReleaseJournal.FOLDER + "/ keeps"
                            + " what is left to undo: run 'mvn release-process:prepare"
                            + " -Drelease-process.abort' to try again", e);
                }
                String message2 = "Starting " + branch + " failed: " + reason + ". Nothing is left"
                        + " behind: " + previous.replaceFirst("^refs/heads/", "") + " is checked"
                        + " out again, its files and index are as they were, and " + branch
                        + " is gone.";
                if (e instanceof RefusalException) {
                    throw new RefusalException(message2, e);
                }
                throw new IOException(message2, e);
            }
            journal.close();
            reporter.info("Started " + branch + " from " + base.name() + " at " + snapshot
                    + "; fix, commit, then run release-process:prepare on it");
            return branch;
        }
    }

    private ReleaseTag releaseToFix(GitRepository repository, TagFormat format,
            Optional<Version> from) throws IOException {
        List<ReleaseTag> tags = repository.releaseTags(format, Reporter.SILENT);
        if (from.isPresent()) {
            Version asked = from.get();
            ReleaseTag named = tags.stream().filter(t -> t.version().equals(asked)).findFirst()
                    .orElseThrow(() -> new RefusalException("There is no release tag "
                            + format.tagFor(asked) + " to start a hotfix from; give a"
                            + " released version with -Dfrom=X.Y.Z"));
            // Fixes released on that line since (2.14.1 after 2.14.0) must not be lost.
            ReleaseTag newest = tags.stream().filter(t -> !t.version().isPrerelease()
                    && t.version().major().equals(asked.major())
                    && t.version().minor().equals(asked.minor())
                    && t.version().compareTo(asked) > 0).findFirst().orElse(named);
            if (newest != named) {
                reporter.info(newest.version() + " is already released on the "
                        + asked.major() + "." + asked.minor() + " line: the hotfix starts from "
                        + newest.name() + ", not " + named.name() + ", so that no released fix is"
                        + " lost");
            }
            return newest;
        }
        return tags.stream().filter(t -> !t.version().isPrerelease()).findFirst()
                .orElseThrow(() -> new RefusalException("There is no release tag in the format "
                        + format.pattern() + " to start a hotfix from; release first"));
    }

    /** Writes the snapshot version, each file backed up first; the changed files, relative. */
    private List<String> setVersion(GitRepository repository, ReleaseJournal journal, Path root,
            Version snapshot, List<VersionFile> versionFiles, Optional<ComponentScope> component)
            throws IOException {
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        VersionChangePlan plan = component.isPresent()
                ? component.get().versionChange(root, modules, snapshot.toString(), reporter)
                : VersionSetter.plan(new VersionChangeRequest(root,
                        modules.get(0).version(), snapshot.toString(), modules, versionFiles,
                        repository.trackedFiles(root), Optional.empty()), reporter);
        for (FileChange change : plan.changes()) {
            journal.backup(VERSION_STEP, change.file());
        }
        plan.apply();
        return journal.backedUpFiles(VERSION_STEP);
    }
}
