package io.github.releaseprocess.deploy;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.semver.Version;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * One entry of the deployment ledger: what happened to which version in which environment, when,
 * by whom and why. Records are never changed; a deployment is a {@code planned} record (with its
 * rollback plan) followed by its outcome.
 *
 * @param environment the environment id
 * @param action what was done
 * @param outcome how it went
 * @param version the version deployed (a snapshot version for {@code source=head})
 * @param tag the release tag deployed, empty for a snapshot from HEAD
 * @param commit the full commit id of the deployed sources
 * @param time when it was recorded
 * @param user who ran it
 * @param forced true when {@code requires} did not hold and {@code -Drelease-process.force} was
 *     given
 * @param reason the {@code -Drelease-process.reason} given
 * @param rollbackVersion the version the plan would restore (planned records)
 * @param rollbackCommand the command that restores it (planned records)
 * @param health the health figures (outcome records with a health check)
 * @param message one sentence about the outcome
 * @param publication what a {@code publish} record published where (publish records only)
 * @param component the component of a monorepo deployed ({@code -Drelease-process.component});
 *     empty for a project released as one version (optional in the JSON, added after schema 1)
 */
public record LedgerRecord(String environment, Action action, Outcome outcome, String version,
        Optional<String> tag, String commit, Instant time, String user, boolean forced,
        Optional<String> reason, Optional<String> rollbackVersion,
        Optional<String> rollbackCommand, Optional<HealthReport> health, String message,
        Optional<Publication> publication, Optional<String> component) {

    /**
     * The format version written into deployment records. Fields added later are optional and
     * do not change it; only a change that older readers would misread does.
     */
    public static final int SCHEMA = 1;

    /**
     * The format version of {@code publish} records: an older plugin does not know that action
     * and says so ("written by a newer plugin; upgrade") instead of misreading it. Deployment
     * records keep {@link #SCHEMA}, so older plugins read a ledger without publish records.
     */
    public static final int PUBLISH_SCHEMA = 2;

    /** What was done. */
    public enum Action {
        DEPLOY, ROLLBACK, AUTO_ROLLBACK,
        /** The release's artifacts were published to a repository (the record's environment). */
        PUBLISH;

        public String id() {
            return EnumIds.id(this);
        }

    }

    /** How it went. */
    public enum Outcome {
        /** Recorded before the deployment starts, with the rollback plan. */
        PLANNED,
        /** Deployed and healthy: this version runs there. */
        SUCCEEDED,
        /** The deployment build failed or timed out. */
        FAILED,
        /** Deployed, but the health check or the monitor window said no. */
        UNHEALTHY;

        public String id() {
            return EnumIds.id(this);
        }

    }

    public LedgerRecord {
        for (Object field : new Object[] {environment, action, outcome, version, tag, commit,
                time, user, reason, rollbackVersion, rollbackCommand, health, message,
                publication, component}) {
            Objects.requireNonNull(field, "every field of a ledger record is required; pass"
                    + " Optional.empty() for an absent one");
        }
    }

    /** A deployment record of a project released as one version (no publication, no component). */
    public LedgerRecord(String environment, Action action, Outcome outcome, String version,
            Optional<String> tag, String commit, Instant time, String user, boolean forced,
            Optional<String> reason, Optional<String> rollbackVersion,
            Optional<String> rollbackCommand, Optional<HealthReport> health, String message) {
        this(environment, action, outcome, version, tag, commit, time, user, forced, reason,
                rollbackVersion, rollbackCommand, health, message, Optional.empty(),
                Optional.empty());
    }

    /**
     * What a {@code publish} record tells: the repository and its URL, the files that reached
     * it, and the Central Portal deployment with its state.
     *
     * @param repositoryUrl the repository's URL without credentials
     * @param files the files that reached it (relative paths)
     * @param deploymentId the Central Portal deployment id
     * @param deploymentState its state as last seen ({@code VALIDATED}, {@code PUBLISHED} …)
     */
    public record Publication(String repositoryUrl, java.util.List<String> files,
            Optional<String> deploymentId, Optional<String> deploymentState) {

        public Publication {
            Required.nonNull("repositoryUrl deploymentId deploymentState", repositoryUrl,
                    deploymentId, deploymentState);
            files = java.util.List.copyOf(files);
        }
    }

    /** This record with another outcome, time, health and message (the plan's result). */
    public LedgerRecord finished(Outcome result, Instant at, Optional<HealthReport> figures,
            String text) {
        return new LedgerRecord(environment, action, result, version, tag, commit, at, user,
                forced, reason, Optional.empty(), Optional.empty(), figures, text, publication,
                component);
    }

    /** This record with another outcome, time, message and publication (a publish's result). */
    public LedgerRecord published(Outcome result, Instant at, String text,
            Optional<Publication> published) {
        return new LedgerRecord(environment, action, result, version, tag, commit, at, user,
                forced, reason, Optional.empty(), Optional.empty(), Optional.empty(), text,
                published, component);
    }

    /** This record about a component of a monorepo (or, empty, about the whole project). */
    public LedgerRecord withComponent(Optional<String> id) {
        return new LedgerRecord(environment, action, outcome, version, tag, commit, time, user,
                forced, reason, rollbackVersion, rollbackCommand, health, message, publication,
                id);
    }

    /** The record as one JSON object, the blob stored in the ledger. */
    public String toJson() {
        return GSON.toJson(Stored.of(this)) + "\n";
    }

    /**
     * Reads a record written by {@link #toJson} (or by an earlier version of the plugin) and
     * checks every value before it can reach a path, a ref or a command: versions are Semantic
     * Versions, the tag is a valid tag name, the commit a full object id, the environment an
     * environment id. Unknown fields are skipped, so newer writers of the same schema stay
     * readable; fields added after schema 1 are optional.
     *
     * @throws IllegalArgumentException naming the field when the text is not a valid record
     */
    public static LedgerRecord fromJson(String text) {
        Stored stored;
        try {
            stored = GSON.fromJson(text, Stored.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a JSON record (" + e.getMessage() + ")", e);
        }
        if (stored == null) {
            throw new IllegalArgumentException("not a JSON record (it is empty or null)");
        }
        return stored.toRecord();
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .disableHtmlEscaping().setStrictness(Strictness.STRICT).create();

    /** The oldest schema this version reads: 0.1.0 wrote schema 1. */
    static final int OLDEST_SCHEMA = 1;

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern ENVIRONMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * The record as stored: the JSON fields, in the order written, all nullable (Gson writes and
     * reads a record by its components). A field added later is added here (and to the record)
     * and stays optional, so that older records read.
     *
     * @param publication optional (schema 2, publish records): what was published where
     * @param component optional (added after schema 1): the component of a monorepo
     */
    private record Stored(Integer schema, String environment, String action, String outcome,
            String version, String tag, String commit, String time, String user, Boolean forced,
            String reason, String rollbackVersion, String rollbackCommand, StoredHealth health,
            String message, StoredPublication publication, String component) {

        static Stored of(LedgerRecord r) {
            return new Stored(r.action == Action.PUBLISH ? PUBLISH_SCHEMA : SCHEMA, r.environment,
                    r.action.id(), r.outcome.id(), r.version, r.tag.orElse(null), r.commit,
                    r.time.toString(), r.user, r.forced, r.reason.orElse(null),
                    r.rollbackVersion.orElse(null), r.rollbackCommand.orElse(null),
                    r.health.map(StoredHealth::of).orElse(null), r.message,
                    r.publication.map(StoredPublication::of).orElse(null),
                    r.component.orElse(null));
        }

        LedgerRecord toRecord() {
            if (schema == null) {
                throw new IllegalArgumentException("field schema is missing");
            }
            if (schema > PUBLISH_SCHEMA) {
                throw new IllegalArgumentException("schema " + schema + " was written by a newer"
                        + " release-process-maven-plugin (this one reads " + OLDEST_SCHEMA + " to "
                        + PUBLISH_SCHEMA + "); upgrade the plugin");
            }
            if (schema < OLDEST_SCHEMA) {
                throw new IllegalArgumentException("schema " + schema + " is unknown");
            }
            String env = require(environment, "environment");
            if (!ENVIRONMENT_ID.matcher(env).matches()) {
                throw invalid("environment", env, "an environment id");
            }
            Action what = named("action", action, Action.values(), Action::id);
            Outcome how = named("outcome", outcome, Outcome.values(), Outcome::id);
            String deployed = semVer("version", require(version, "version"));
            Optional<String> tagName = Optional.ofNullable(tag).map(LedgerRecord::tagName);
            String commitId = objectId(require(commit, "commit"));
            Instant at;
            try {
                at = Instant.parse(require(time, "time"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("field time is not an ISO-8601 instant", e);
            }
            return new LedgerRecord(env, what, how, deployed, tagName, commitId, at,
                    require(user, "user"), Boolean.TRUE.equals(forced),
                    Optional.ofNullable(reason),
                    Optional.ofNullable(rollbackVersion).map(v -> semVer("rollbackVersion", v)),
                    Optional.ofNullable(rollbackCommand),
                    Optional.ofNullable(health).map(StoredHealth::toReport),
                    message == null ? "" : message,
                    Optional.ofNullable(publication).map(StoredPublication::toPublication),
                    Optional.ofNullable(component).map(id -> {
                        if (!ENVIRONMENT_ID.matcher(id).matches()) {
                            throw invalid("component", id, "a component id");
                        }
                        return id;
                    }));
        }
    }

    /** {@code publication} as stored. */
    private record StoredPublication(String repositoryUrl, java.util.List<String> files,
            String deploymentId, String deploymentState) {

        static StoredPublication of(Publication p) {
            return new StoredPublication(p.repositoryUrl(), p.files(),
                    p.deploymentId().orElse(null), p.deploymentState().orElse(null));
        }

        Publication toPublication() {
            if (deploymentId != null && !deploymentId.matches("[0-9A-Za-z][0-9A-Za-z-]{0,63}")) {
                throw invalid("publication.deploymentId", deploymentId, "a deployment id");
            }
            if (files != null) {
                for (String file : files) {
                    if (file == null || file.startsWith("/") || file.contains("..")
                            || file.contains("\\")) {
                        throw invalid("publication.files", String.valueOf(file),
                                "a relative path in a repository");
                    }
                }
            }
            return new Publication(repositoryUrl == null ? "" : repositoryUrl,
                    files == null ? java.util.List.of() : files,
                    Optional.ofNullable(deploymentId), Optional.ofNullable(deploymentState));
        }
    }

    /**
     * {@code health} as stored.
     *
     * @param prometheus optional (added after schema 1): what the Prometheus query of the
     *     monitor saw
     */
    private record StoredHealth(Boolean healthy, Integer checks, Integer failures,
            Long p50Millis, Long p95Millis, String message, StoredMetrics prometheus) {

        static StoredHealth of(HealthReport h) {
            return new StoredHealth(h.healthy(), h.checks(), h.failures(),
                    h.p50Millis().orElse(null), h.p95Millis().orElse(null), h.message(),
                    h.prometheus().map(StoredMetrics::of).orElse(null));
        }

        HealthReport toReport() {
            return new HealthReport(Boolean.TRUE.equals(healthy), checks == null ? 0 : checks,
                    failures == null ? 0 : failures, Optional.ofNullable(p50Millis),
                    Optional.ofNullable(p95Millis), message == null ? "" : message,
                    Optional.ofNullable(prometheus).map(StoredMetrics::toReport));
        }
    }

    /** The Prometheus part of a health report as it is stored, for {@code status}'s JSON. */
    static String metricsJson(MetricsReport metrics) {
        return GSON.toJson(StoredMetrics.of(metrics));
    }

    /**
     * {@code health.prometheus} as stored: the query, the threshold, the verdict and every
     * sample ({@code time}, {@code value} or null for no data, {@code error} when it failed).
     */
    private record StoredMetrics(String query, Double threshold, Boolean healthy, String message,
            java.util.List<StoredSample> samples) {

        static StoredMetrics of(MetricsReport m) {
            return new StoredMetrics(m.query(), m.threshold(), m.healthy(), m.message(),
                    m.samples().stream().map(StoredSample::of).toList());
        }

        MetricsReport toReport() {
            return new MetricsReport(query == null ? "" : query,
                    threshold == null ? 0 : threshold, Boolean.TRUE.equals(healthy),
                    samples == null ? java.util.List.of()
                            : samples.stream().map(StoredSample::toSample).toList(),
                    message == null ? "" : message);
        }
    }

    /** One sample of {@code health.prometheus}; a value that is not finite is kept as text. */
    private record StoredSample(String time, Object value, String error) {

        static StoredSample of(MetricsReport.Sample sample) {
            return new StoredSample(sample.time().toString(), sample.value()
                    .map(v -> Double.isFinite(v) ? (Object) v : v.toString()).orElse(null),
                    sample.error().orElse(null));
        }

        MetricsReport.Sample toSample() {
            Instant at;
            try {
                at = time == null ? Instant.EPOCH : Instant.parse(time);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("field health.prometheus.samples.time is not"
                        + " an ISO-8601 instant", e);
            }
            Optional<Double> number;
            if (value == null) {
                number = Optional.empty();
            } else if (value instanceof Number n) {
                number = Optional.of(n.doubleValue());
            } else {
                try {
                    number = Optional.of(Double.valueOf(value.toString()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("field health.prometheus.samples.value is"
                            + " not a number", e);
                }
            }
            return new MetricsReport.Sample(at, number, Optional.ofNullable(error));
        }
    }

    private static <E extends Enum<E>> E named(String field, String value, E[] values,
            Function<E, String> idOf) {
        String id = require(value, field);
        for (E e : values) {
            if (idOf.apply(e).equals(id)) {
                return e;
            }
        }
        throw invalid(field, id, "one of " + Arrays.stream(values).map(idOf).toList());
    }

    private static String semVer(String field, String value) {
        if (Version.tryParse(value).isEmpty()) {
            throw invalid(field, value, "a Semantic Version");
        }
        return value;
    }

    private static String tagName(String value) {
        if (value.isEmpty() || !Repository.isValidRefName(Constants.R_TAGS + value)) {
            throw invalid("tag", value, "a valid tag name");
        }
        return value;
    }

    private static String objectId(String value) {
        if (!OBJECT_ID.matcher(value).matches()) {
            throw invalid("commit", value, "a full object id");
        }
        return value;
    }

    private static IllegalArgumentException invalid(String field, String value, String what) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new IllegalArgumentException("field " + field + " '" + shown + "' is not " + what);
    }

    private static String require(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return value;
    }

    /** A one-line summary for logs: {@code 2024-05-01T10:00:00Z deploy 1.4.0 succeeded by ann}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(' ')
                .append(action.id()).append(' ').append(component.map(c -> c + " ").orElse(""))
                .append(version).append(' ').append(outcome.id())
                .append(" by ").append(user);
        if (forced) {
            s.append(" (forced: ").append(reason.orElse("")).append(')');
        }
        return s.toString();
    }
}
