package io.github.releaseprocess.release;

import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the files of a goal that only changes files ({@code set-version}, {@code changelog}) as
 * a change that can be undone, with the same journal and lock as {@code prepare}: inside a git
 * repository the files are backed up in the journal first, so that a killed process leaves a
 * journal that {@code -Drelease-process.abort} puts back; all of them are written or none.
 * Outside a repository (or in one without commits) the files are still written all or none.
 */
public final class JournaledWrite {

    private static final String STEP = "files";

    private JournaledWrite() {
    }

    /**
     * Writes {@code files} for {@code goal}.
     *
     * @param what what the change makes, for messages, e.g. the new version
     * @throws RefusalException while another run holds the repository, or when a file is outside
     *     it
     */
    public static void writeAll(Path start, String goal, String what, Map<Path, byte[]> files)
            throws IOException {
        GitRepository repository;
        try {
            repository = GitRepository.open(start);
        } catch (RefusalException notARepository) {
            AtomicFiles.writeAll(files);
            return;
        }
        try (repository; ReleaseLock lock = ReleaseLock.acquire(repository.gitDir(), goal)) {
            String head;
            try {
                head = repository.headCommitId();
            } catch (RefusalException noCommits) {
                AtomicFiles.writeAll(files);
                return;
            }
            ReleaseJournal journal = ReleaseJournal.begin(repository, lock,
                    new ReleaseJournal.Header(goal, what, null, null, null,
                            repository.currentBranchRef().orElse(null), head));
            try {
                journal.started(STEP, false); // saved with the backups, before any write
                journal.backupAll(STEP, files.keySet(), repository);
                AtomicFiles.writeAll(files); // puts back what it wrote when it fails
                journal.done(STEP);
            } finally {
                journal.close();
            }
        }
    }
}
