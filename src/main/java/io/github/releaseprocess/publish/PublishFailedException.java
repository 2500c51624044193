package io.github.releaseprocess.publish;

import io.github.releaseprocess.core.RefusalException;

/**
 * Publishing failed. {@link #reachedServer} says whether anything may have left the machine:
 * when nothing did, everything local can be undone; when something did, it cannot be taken back,
 * and the message says what reached the server and how to finish or clean up.
 */
public final class PublishFailedException extends RefusalException {

    private static final long serialVersionUID = 1L;

    private final boolean reachedServer;

    public PublishFailedException(String message, boolean reachedServer, Throwable cause) {
        super(message, cause);
        this.reachedServer = reachedServer;
    }

    /** True when files or a Central deployment may be on the server. */
    public boolean reachedServer() {
        return reachedServer;
    }
}
