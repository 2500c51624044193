package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;

/**
 * A deployment or rollback did not end healthy: the build failed or timed out, or the health
 * check or monitor said no. The message holds every outcome (with an automatic rollback, both)
 * and what to do next. The ledger already holds the records.
 */
public class DeploymentFailedException extends RefusalException {

    private static final long serialVersionUID = 1L;

    public DeploymentFailedException(String message) {
        super(message);
    }
}
