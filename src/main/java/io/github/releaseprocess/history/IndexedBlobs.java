package io.github.releaseprocess.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Files whose bytes git already stores: a file of the work tree that is exactly what the index
 * holds for its path is a blob in the object database, kept there as long as the index or a
 * commit names it. A journal records that blob's id instead of copying the file
 * (docs/decisions/0017-journal-blob-ids.md).
 */
public final class IndexedBlobs {

    private IndexedBlobs() {
    }

    /**
     * The blob id of each file whose bytes are exactly those the index holds for its path (a
     * regular file, not in a merge conflict); files that are untracked, modified, symlinks or
     * outside the work tree are left out.
     *
     * @param contents the files (absolute, in the work tree) and their bytes now
     */
    public static Map<Path, String> of(GitRepository repository, Map<Path, byte[]> contents)
            throws IOException {
        Map<Path, String> ids = new LinkedHashMap<>();
        Path top = repository.workTree().toAbsolutePath().normalize();
        DirCache index = repository.jgit().readDirCache();
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter();
                ObjectReader reader = repository.jgit().newObjectReader()) {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path file = e.getKey().toAbsolutePath().normalize();
                if (!file.startsWith(top) || file.equals(top)) {
                    continue;
                }
                String path = top.relativize(file).toString().replace('\\', '/');
                DirCacheEntry entry = index.getEntry(path);
                if (entry == null || entry.getStage() != DirCacheEntry.STAGE_0
                        || (entry.getFileMode() != FileMode.REGULAR_FILE
                                && entry.getFileMode() != FileMode.EXECUTABLE_FILE)) {
                    continue;
                }
                ObjectId id = formatter.idFor(Constants.OBJ_BLOB, e.getValue());
                if (id.equals(entry.getObjectId()) && reader.has(id, Constants.OBJ_BLOB)) {
                    ids.put(e.getKey(), id.name());
                }
            }
        }
        return ids;
    }

    /** The bytes of a blob that {@link #of} named. */
    public static byte[] read(GitRepository repository, String blobId) throws IOException {
        try (ObjectReader reader = repository.jgit().newObjectReader()) {
            return reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).getBytes();
        }
    }
}
