package io.github.releaseprocess.publish;

import java.io.IOException;

/**
 * Hears what a publication did as it happens, so that the release journal and the ledger record
 * it before the next thing can fail: a file that reached the repository, a Central deployment
 * and its states.
 */
public interface PublishProgress {

    /** Hears nothing. */
    PublishProgress NONE = new PublishProgress() {
    };

    /** The upload to the repository is about to start: from now on files may reach it. */
    default void uploading(RemoteRepository repository) throws IOException {
    }

    /** A file reached the repository. */
    default void uploaded(String path) throws IOException {
    }

    /** A Central Portal deployment was seen, or its state changed. */
    default void central(CentralDeployment deployment) throws IOException {
    }
}
