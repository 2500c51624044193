package io.github.releaseprocess.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The ledger as read at one moment: its records, oldest first, and the commit the ref pointed at
 * (empty when nothing was recorded yet), which a compare-and-swap update expects to find.
 */
public record LedgerSnapshot(Optional<String> tip, List<LedgerRecord> records) {

    public LedgerSnapshot {
        records = List.copyOf(records);
    }

    /** The deployment history these records tell. */
    public DeploymentHistory history() {
        return new DeploymentHistory(records);
    }
}
