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

    /**
     * The records about one component of a monorepo, with the same tip (a compare-and-swap
     * update still expects the whole ledger); empty: every record.
     */
    public LedgerSnapshot forComponent(Optional<String> component) {
        if (component.isEmpty()) {
            return this;
        }
        return new LedgerSnapshot(tip, records.stream()
                .filter(r -> r.component().equals(component)).toList());
    }

    /** The deployment history these records tell. */
    public DeploymentHistory history() {
        return new DeploymentHistory(records);
    }
}
