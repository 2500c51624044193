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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a hotfix line: the branch {@code hotfix/X.Y.(Z+1)} at the tag of release X.Y.Z, with
 * the version {@code X.Y.(Z+1)-SNAPSHOT} committed on it. On that branch {@code prepare} releases
 * only patch versions. All or nothing: when a step fails the branch is removed and the previous
 * branch checked out again.
 */
public final class HotfixStarter {

    /** The default message of the commit that starts a hotfix line. */
    public static final String DEFAULT_MESSAGE = "chore(release): start hotfix @{version}";

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
        try (GitRepository repository = GitRepository.open(rootDirectory)) {
            ReleaseJournal.refuseIfPending(repository.gitDir());
            List<String> dirty = repository.uncommittedChanges(false);
            if (!dirty.isEmpty()) {
                throw new RefusalException("A hotfix branch is checked out from a clean working"
                        + " tree, and " + dirty.size() + " file(s) have uncommitted changes (e.g. "
                        + dirty.get(0) + "); commit or stash them ('git stash -u')");
            }
            ReleaseTag base = releaseToFix(repository, format, from);
            Version hotfix = base.version().toRelease().nextPatch();
            String branch = "hotfix/" + hotfix;
            if (repository.branchExists(branch)) {
                throw new RefusalException("The branch " + branch + " exists already; check it"
                        + " out (git switch " + branch + ") to continue that hotfix");
            }
            String previous = repository.currentBranch().orElse(repository.headCommitId());
            repository.createAndCheckout(branch, base.commitId());
            try {
                Version snapshot = hotfix.withPrerelease("SNAPSHOT");
                List<String> changed = setVersion(repository, rootDirectory, snapshot, versionFiles);
                repository.commit(changed, message.replace("@{version}", hotfix.toString()));
                reporter.info("Started " + branch + " from " + base.name() + " at " + snapshot
                        + "; fix, commit, then run release-process:prepare on it");
                return branch;
            } catch (RuntimeException | IOException e) {
                repository.checkout(previous);
                repository.deleteBranch(branch);
                throw e;
            }
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

    private List<String> setVersion(GitRepository repository, Path root, Version snapshot,
            List<VersionFile> versionFiles) throws IOException {
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        VersionChangePlan plan = VersionSetter.plan(new VersionChangeRequest(root,
                modules.get(0).version(), snapshot.toString(), modules, versionFiles,
                repository.trackedFiles(root), Optional.empty()), reporter);
        plan.apply();
        Path top = repository.workTree().toRealPath();
        List<String> changed = new ArrayList<>();
        for (FileChange change : plan.changes()) {
            changed.add(top.relativize(change.file().toRealPath()).toString().replace('\\', '/'));
        }
        return changed;
    }
}
