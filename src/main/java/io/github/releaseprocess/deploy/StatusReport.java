package io.github.releaseprocess.deploy;

import com.google.gson.stream.JsonWriter;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import io.github.releaseprocess.feedback.ProblemReportLink;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What runs where, read from the ledger: per environment the current version, since when, its
 * health and its history; as lines for the log and as JSON for tools.
 */
public final class StatusReport {

    /** How many history lines per environment the log shows (the JSON has all). */
    public static final int HISTORY_LINES = 5;

    private final LedgerSnapshot snapshot;
    private final List<String> environments;
    private final Optional<ProblemReportLink> feedback;

    /**
     * @param configured the configured environment ids, shown first and even without records
     * @param only show just this environment, when present
     * @throws io.github.releaseprocess.core.RefusalException when {@code only} is neither
     *     configured nor in the ledger
     */
    public StatusReport(LedgerSnapshot snapshot, List<String> configured, Optional<String> only) {
        this(snapshot, configured, only, Optional.empty());
    }

    /**
     * @param feedback where users report problems ({@code <issueManagement>}): each environment
     *     shows the link for the version it runs
     */
    public StatusReport(LedgerSnapshot snapshot, List<String> configured, Optional<String> only,
            Optional<ProblemReportLink> feedback) {
        this.snapshot = snapshot;
        this.feedback = feedback;
        Set<String> ids = new LinkedHashSet<>(configured);
        ids.addAll(snapshot.history().environments());
        if (only.isPresent() && !only.get().isBlank()) {
            String id = only.get().trim();
            if (!ids.contains(id)) {
                throw new io.github.releaseprocess.core.RefusalException("There is no"
                        + " environment '" + id + "' in <environments> or in the ledger; known: "
                        + (ids.isEmpty() ? "none" : String.join(", ", ids)));
            }
            ids = Set.of(id);
        }
        this.environments = List.copyOf(ids);
    }

    /** The environments shown, configured ones first. */
    public List<String> environments() {
        return environments;
    }

    /** The lines for the log: one summary line per environment, then its latest history. */
    public List<String> lines() {
        DeploymentHistory history = snapshot.history();
        List<String> lines = new ArrayList<>();
        if (snapshot.tip().isEmpty()) {
            lines.add("No deployments recorded in " + GitLedger.REF + "; if they were made from"
                    + " another clone, fetch the ledger: git fetch origin " + GitLedger.REF + ":"
                    + GitLedger.REF);
        }
        int width = environments.stream().mapToInt(String::length).max().orElse(0);
        for (String id : environments) {
            String name = String.format("%-" + width + "s", id);
            Optional<LedgerRecord> current = history.current(id);
            if (current.isEmpty()) {
                lines.add(name + "  nothing deployed");
            } else {
                LedgerRecord r = current.get();
                LedgerRecord since = history.since(id).orElse(r);
                lines.add(name + "  " + r.component().map(c -> c + " ").orElse("") + r.version()
                        + "  since " + since.time()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "  " + health(r));
                r.health().ifPresent(h -> lines.add("    monitor since deployment: "
                        + (h.healthy() ? "healthy" : "UNHEALTHY") + ", " + h.message()));
                feedback.ifPresent(f -> lines.add("    " + f.line(r.version())));
            }
            history.unfinished(id).ifPresent(u -> lines.add("    in progress: " + u.summary()));
            List<LedgerRecord> mine = history.of(id).stream()
                    .filter(r -> r.outcome() != Outcome.PLANNED).toList();
            for (int i = mine.size() - 1; i >= Math.max(0, mine.size() - HISTORY_LINES); i--) {
                lines.add("    " + mine.get(i).summary());
            }
        }
        List<LedgerRecord> published = history.publications();
        if (!published.isEmpty()) {
            lines.add("Published (latest " + Math.min(HISTORY_LINES, published.size()) + "):");
            for (int i = published.size() - 1;
                    i >= Math.max(0, published.size() - HISTORY_LINES); i--) {
                lines.add("    " + publicationLine(published.get(i)));
            }
        }
        return lines;
    }

    /**
     * {@code 1.3.0 to central: succeeded, Central deployment 0b1c… VALIDATED, 9 files}; a
     * component's publication starts with its id ({@code gax 2.76.0 to central: …}).
     */
    static String publicationLine(LedgerRecord r) {
        StringBuilder s = new StringBuilder();
        s.append(r.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(' ')
                .append(r.component().map(c -> c + " ").orElse(""))
                .append(r.version()).append(" to ").append(r.environment()).append(": ")
                .append(r.outcome() == Outcome.PLANNED ? "in progress" : r.outcome().id());
        r.publication().ifPresent(p -> {
            p.deploymentId().ifPresent(id -> s.append(", Central deployment ").append(id)
                    .append(' ').append(p.deploymentState().orElse("?")));
            if (!p.files().isEmpty()) {
                s.append(", ").append(p.files().size()).append(" files");
            }
        });
        return s.toString();
    }

    private static String health(LedgerRecord r) {
        String verdict = switch (r.outcome()) {
            case SUCCEEDED -> "healthy";
            case UNHEALTHY -> "UNHEALTHY";
            case FAILED -> "FAILED";
            case PLANNED -> "in progress";
        };
        return r.health().map(h -> verdict + " (" + h.figures() + ")").orElse(verdict);
    }

    /** The status as a JSON document. */
    public String toJson() {
        DeploymentHistory history = snapshot.history();
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("ledgerRef").value(GitLedger.REF);
            json.name("ledgerTip").value(snapshot.tip().orElse(null));
            json.name("environments").beginArray();
            for (String id : environments) {
                json.beginObject();
                json.name("id").value(id);
                Optional<LedgerRecord> current = history.current(id);
                json.name("version").value(current.map(LedgerRecord::version).orElse(null));
                json.name("tag").value(current.flatMap(LedgerRecord::tag).orElse(null));
                if (current.flatMap(LedgerRecord::component).isPresent()) {
                    json.name("component").value(current.get().component().get());
                }
                json.name("commit").value(current.map(LedgerRecord::commit).orElse(null));
                json.name("since").value(history.since(id).map(r -> r.time().toString())
                        .orElse(null));
                json.name("outcome").value(current.map(r -> r.outcome().id()).orElse(null));
                json.name("healthy").value(current.map(r -> r.outcome() == Outcome.SUCCEEDED)
                        .orElse(null));
                json.name("inProgress").value(history.unfinished(id).isPresent());
                Optional<HealthReport> watched = current.flatMap(LedgerRecord::health);
                if (watched.isPresent()) {
                    HealthReport h = watched.get();
                    json.name("monitor").beginObject();
                    json.name("healthy").value(h.healthy());
                    json.name("message").value(h.message());
                    if (h.prometheus().isPresent()) {
                        json.name("prometheus")
                                .jsonValue(LedgerRecord.metricsJson(h.prometheus().get()));
                    }
                    json.endObject();
                }
                if (current.isPresent() && feedback.isPresent()) {
                    String version = current.get().version();
                    json.name("reportProblem").beginObject()
                            .name("text").value(ProblemReportLink.label(version))
                            .name("url").value(feedback.get().urlFor(version)).endObject();
                }
                json.name("history").beginArray();
                for (LedgerRecord r : history.of(id)) {
                    json.jsonValue(r.toJson().trim());
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.name("publications").beginArray();
            for (LedgerRecord r : history.publications()) {
                json.jsonValue(r.toJson().trim());
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }
}
