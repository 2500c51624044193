package io.github.releaseprocess.history;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
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
        MessageDigest sha1 = sha1();
        try (ObjectReader reader = repository.jgit().newObjectReader()) {
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
                // The index says a regular file has this id: a blob, so has(id) needs no type
                // check, which would open (inflate) every loose object.
                ObjectId id = blobId(sha1, e.getValue());
                if (id.equals(entry.getObjectId()) && reader.has(id)) {
                    ids.put(e.getKey(), id.name());
                }
            }
        }
        return ids;
    }

    /**
     * Git's id of a blob with these bytes: SHA-1 of {@code "blob <length>\0"} and the bytes, by
     * the JDK's SHA-1 (an intrinsic), several times faster here than JGit's collision-detecting
     * one; an id that only matches the index's by a collision finds no object.
     */
    static ObjectId blobId(MessageDigest sha1, byte[] content) {
        sha1.reset();
        sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
        sha1.update((byte) ' ');
        sha1.update(Constants.encodeASCII(content.length));
        sha1.update((byte) 0);
        sha1.update(content);
        return ObjectId.fromRaw(sha1.digest());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    /** The bytes of a blob that {@link #of} named. */
    public static byte[] read(GitRepository repository, String blobId) throws IOException {
        try (ObjectReader reader = repository.jgit().newObjectReader()) {
            return reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).getBytes();
        }
    }
}
