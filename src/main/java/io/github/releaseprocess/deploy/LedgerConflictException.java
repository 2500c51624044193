package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;

/**
 * Another process recorded in the ledger between our read and our write: the compare-and-swap on
 * {@code refs/release-process/ledger} failed, so nothing of ours was recorded.
 */
public class LedgerConflictException extends RefusalException {

    private static final long serialVersionUID = 1L;

    public LedgerConflictException(String message) {
        super(message);
    }
}
