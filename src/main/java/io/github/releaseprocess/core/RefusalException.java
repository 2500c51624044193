package io.github.releaseprocess.core;

/**
 * The user's input or the repository's state is wrong: a malformed changelog, a non-SemVer tag, a
 * dirty tree, a missing environment. The message is one sentence for people: what is wrong, where
 * (file:line, commit id, tag, POM element or {@code -D} property) and how to fix it. The Mojos turn
 * it into a build failure without a stack trace; anything else that escapes the core is a bug or
 * an I/O failure and is reported as an execution error.
 */
public class RefusalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusalException(String message) {
        super(message);
    }

    public RefusalException(String message, Throwable cause) {
        super(message, cause);
    }
}
