package io.github.releaseprocess.publish;

import java.io.IOException;
import java.util.List;

/**
 * An upload stopped at one file: the files before it reached the repository, that one and the
 * rest did not (or not whole).
 */
public final class UploadFailedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> uploaded;
    private final String failedPath;

    UploadFailedException(String message, List<String> uploaded, String failedPath,
            Throwable cause) {
        super(message, cause);
        this.uploaded = List.copyOf(uploaded);
        this.failedPath = failedPath;
    }

    /** The files that reached the repository, relative paths in upload order. */
    public List<String> uploaded() {
        return uploaded;
    }

    /** The file whose upload failed. */
    public String failedPath() {
        return failedPath;
    }
}
