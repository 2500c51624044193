package io.github.releaseprocess.deploy;

import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the ledger's records say about each environment: what runs there now, the versions that
 * were good there, what a rollback would restore and whether a promotion holds.
 */
public final class DeploymentHistory {

    private final List<LedgerRecord> records;

    /** @param records the ledger's records, oldest first */
    public DeploymentHistory(List<LedgerRecord> records) {
        this.records = List.copyOf(records);
    }

    /** This history with one more record at the end. */
    public DeploymentHistory with(LedgerRecord record) {
        List<LedgerRecord> more = new ArrayList<>(records);
        more.add(record);
        return new DeploymentHistory(more);
    }

    /** Every environment with a record, in the order of their first record. */
    public Set<String> environments() {
        Set<String> ids = new LinkedHashSet<>();
        records.stream().filter(r -> r.action() != LedgerRecord.Action.PUBLISH)
                .forEach(r -> ids.add(r.environment()));
        return ids;
    }

    /** The {@code publish} records, oldest first (their environment is the repository id). */
    public List<LedgerRecord> publications() {
        return records.stream().filter(r -> r.action() == LedgerRecord.Action.PUBLISH).toList();
    }

    /** The records of one environment, oldest first (publish records are not deployments). */
    public List<LedgerRecord> of(String environment) {
        List<LedgerRecord> mine = new ArrayList<>();
        for (LedgerRecord r : records) {
            if (r.action() != LedgerRecord.Action.PUBLISH && r.environment().equals(environment)) {
                mine.add(r);
            }
        }
        return mine;
    }

    /**
     * The latest finished deployment or rollback of the environment: the version that runs
     * there now, and whether it was healthy.
     */
    public Optional<LedgerRecord> current(String environment) {
        List<LedgerRecord> mine = of(environment);
        for (int i = mine.size() - 1; i >= 0; i--) {
            if (mine.get(i).outcome() != Outcome.PLANNED) {
                return Optional.of(mine.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * A plan without an outcome after it: a deployment that runs now, or one whose process was
     * killed.
     */
    public Optional<LedgerRecord> unfinished(String environment) {
        List<LedgerRecord> mine = of(environment);
        if (!mine.isEmpty() && mine.get(mine.size() - 1).outcome() == Outcome.PLANNED) {
            return Optional.of(mine.get(mine.size() - 1));
        }
        return Optional.empty();
    }

    /** The latest successful deployment of another version than {@code excluded}. */
    public Optional<LedgerRecord> lastGood(String environment, String excluded) {
        List<LedgerRecord> mine = of(environment);
        for (int i = mine.size() - 1; i >= 0; i--) {
            LedgerRecord r = mine.get(i);
            if (r.outcome() == Outcome.SUCCEEDED && !r.version().equals(excluded)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The latest successful deployment of {@code version} there, if it ever was good there. */
    public Optional<LedgerRecord> good(String environment, String version) {
        List<LedgerRecord> mine = of(environment);
        for (int i = mine.size() - 1; i >= 0; i--) {
            LedgerRecord r = mine.get(i);
            if (r.outcome() == Outcome.SUCCEEDED && r.version().equals(version)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The versions that were good there, newest first, each once. */
    public List<String> goodVersions(String environment) {
        Set<String> versions = new LinkedHashSet<>();
        List<LedgerRecord> mine = of(environment);
        for (int i = mine.size() - 1; i >= 0; i--) {
            if (mine.get(i).outcome() == Outcome.SUCCEEDED) {
                versions.add(mine.get(i).version());
            }
        }
        return List.copyOf(versions);
    }

    /** The first successful deployment in the latest run of the current version: "since when". */
    public Optional<LedgerRecord> since(String environment) {
        Optional<LedgerRecord> current = current(environment);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<LedgerRecord> mine = of(environment);
        LedgerRecord since = current.get();
        for (int i = mine.size() - 1; i >= 0; i--) {
            LedgerRecord r = mine.get(i);
            if (r.outcome() == Outcome.PLANNED) {
                continue;
            }
            if (!r.version().equals(current.get().version())) {
                break;
            }
            since = r;
        }
        return Optional.of(since);
    }
}
