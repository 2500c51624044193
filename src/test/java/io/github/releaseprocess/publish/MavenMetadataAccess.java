package io.github.releaseprocess.publish;

/** Test access to {@link MavenMetadata}'s checksums. */
public final class MavenMetadataAccess {

    private MavenMetadataAccess() {
    }

    public static String sha1(String text) {
        return MavenMetadata.checksum("sha1", MavenMetadata.utf8(text));
    }
}
