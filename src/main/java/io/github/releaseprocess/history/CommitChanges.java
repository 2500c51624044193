package io.github.releaseprocess.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * What one commit changed against its first parent, line by line, and who committed it: what the
 * review gate needs to tell the plugin's own version commits from anything else.
 */
public final class CommitChanges {

    private CommitChanges() {
    }

    /**
     * One changed region of a text file: the lines it had and the lines it has.
     *
     * @param path the file, relative to the work tree, '/'-separated
     */
    public record Hunk(String path, List<String> before, List<String> after) {
        public Hunk {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * The changed regions of the text files a commit modified, compared with its first parent;
     * empty when the commit does more than edit lines of existing text files (adds, deletes,
     * renames or copies a file, changes a mode, edits a binary or a submodule) or has no parent.
     */
    public static Optional<List<Hunk>> textEdits(GitRepository repository, String commitId)
            throws IOException {
        try (RevWalk walk = new RevWalk(repository.jgit());
                ObjectReader reader = repository.jgit().newObjectReader();
                DiffFormatter diff = new DiffFormatter(new ByteArrayOutputStream())) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            if (commit.getParentCount() == 0) {
                return Optional.empty();
            }
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            diff.setRepository(repository.jgit());
            diff.setDiffComparator(RawTextComparator.DEFAULT);
            diff.setDetectRenames(false);
            List<Hunk> hunks = new ArrayList<>();
            for (DiffEntry entry : diff.scan(parent.getTree(), commit.getTree())) {
                if (entry.getChangeType() != DiffEntry.ChangeType.MODIFY
                        || !entry.getOldMode().equals(entry.getNewMode())
                        || !FileMode.REGULAR_FILE.equals(entry.getNewMode())
                                && !FileMode.EXECUTABLE_FILE.equals(entry.getNewMode())) {
                    return Optional.empty();
                }
                byte[] before = reader.open(entry.getOldId().toObjectId()).getBytes();
                byte[] after = reader.open(entry.getNewId().toObjectId()).getBytes();
                if (RawText.isBinary(before) || RawText.isBinary(after)) {
                    return Optional.empty();
                }
                RawText a = new RawText(before);
                RawText b = new RawText(after);
                for (Edit edit : diff.toFileHeader(entry).toEditList()) {
                    hunks.add(new Hunk(entry.getNewPath(), lines(a, edit.getBeginA(),
                            edit.getEndA()), lines(b, edit.getBeginB(), edit.getEndB())));
                }
            }
            return Optional.of(hunks);
        }
    }

    /** The committer of a commit as {@code Name <email>}. */
    public static String committer(GitRepository repository, String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repository.jgit())) {
            PersonIdent who = walk.parseCommit(ObjectId.fromString(commitId)).getCommitterIdent();
            return who.getName() + " <" + who.getEmailAddress() + ">";
        }
    }

    private static List<String> lines(RawText text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(text.getString(i));
        }
        return out;
    }
}
