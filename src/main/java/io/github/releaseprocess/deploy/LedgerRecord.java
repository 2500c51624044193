package io.github.releaseprocess.deploy;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 */
public record LedgerRecord(String environment, Action action, Outcome outcome, String version,
        Optional<String> tag, String commit, Instant time, String user, boolean forced,
        Optional<String> reason, Optional<String> rollbackVersion,
        Optional<String> rollbackCommand, Optional<HealthReport> health, String message) {

    /** The format version written into every record. */
    public static final int SCHEMA = 1;

    /** What was done. */
    public enum Action {
        DEPLOY, ROLLBACK, AUTO_ROLLBACK;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Action of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
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
            return name().toLowerCase(Locale.ROOT);
        }

        static Outcome of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public LedgerRecord {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rollbackVersion, "rollbackVersion");
        Objects.requireNonNull(rollbackCommand, "rollbackCommand");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(message, "message");
    }

    /** This record with another outcome, time, health and message (the plan's result). */
    public LedgerRecord finished(Outcome result, Instant at, Optional<HealthReport> figures,
            String text) {
        return new LedgerRecord(environment, action, result, version, tag, commit, at, user,
                forced, reason, Optional.empty(), Optional.empty(), figures, text);
    }

    /** The record as one JSON object, the blob stored in the ledger. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("schema").value(SCHEMA);
            json.name("environment").value(environment);
            json.name("action").value(action.id());
            json.name("outcome").value(outcome.id());
            json.name("version").value(version);
            json.name("tag").value(tag.orElse(null));
            json.name("commit").value(commit);
            json.name("time").value(time.toString());
            json.name("user").value(user);
            json.name("forced").value(forced);
            json.name("reason").value(reason.orElse(null));
            json.name("rollbackVersion").value(rollbackVersion.orElse(null));
            json.name("rollbackCommand").value(rollbackCommand.orElse(null));
            if (health.isPresent()) {
                HealthReport h = health.get();
                json.name("health").beginObject();
                json.name("healthy").value(h.healthy());
                json.name("checks").value(h.checks());
                json.name("failures").value(h.failures());
                json.name("p50Millis").value(h.p50Millis().orElse(null));
                json.name("p95Millis").value(h.p95Millis().orElse(null));
                json.name("message").value(h.message());
                if (h.prometheus().isPresent()) {
                    json.name("prometheus");
                    writeMetrics(json, h.prometheus().get());
                }
                json.endObject();
            } else {
                json.name("health").nullValue();
            }
            json.name("message").value(message);
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString() + "\n";
    }

    /**
     * Reads a record written by {@link #toJson}; unknown fields are skipped so newer writers
     * stay readable.
     *
     * @throws IllegalArgumentException naming the field when the text is not a valid record
     */
    public static LedgerRecord fromJson(String text) {
        String environment = null;
        String action = null;
        String outcome = null;
        String version = null;
        String tag = null;
        String commit = null;
        String time = null;
        String user = null;
        boolean forced = false;
        String reason = null;
        String rollbackVersion = null;
        String rollbackCommand = null;
        HealthReport health = null;
        String message = "";
        int schema = -1;
        try (JsonReader json = new JsonReader(new StringReader(text))) {
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                if (json.peek() == JsonToken.NULL) {
                    json.nextNull();
                    continue;
                }
                switch (name) {
                    case "schema" -> schema = json.nextInt();
                    case "environment" -> environment = json.nextString();
                    case "action" -> action = json.nextString();
                    case "outcome" -> outcome = json.nextString();
                    case "version" -> version = json.nextString();
                    case "tag" -> tag = json.nextString();
                    case "commit" -> commit = json.nextString();
                    case "time" -> time = json.nextString();
                    case "user" -> user = json.nextString();
                    case "forced" -> forced = json.nextBoolean();
                    case "reason" -> reason = json.nextString();
                    case "rollbackVersion" -> rollbackVersion = json.nextString();
                    case "rollbackCommand" -> rollbackCommand = json.nextString();
                    case "health" -> health = readHealth(json);
                    case "message" -> message = json.nextString();
                    default -> json.skipValue();
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("text after the record");
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException("not a JSON record (" + e.getMessage() + ")", e);
        }
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("schema " + schema + " is not " + SCHEMA);
        }
        try {
            return new LedgerRecord(require(environment, "environment"),
                    Action.of(require(action, "action")), Outcome.of(require(outcome, "outcome")),
                    require(version, "version"), Optional.ofNullable(tag),
                    require(commit, "commit"), Instant.parse(require(time, "time")),
                    require(user, "user"), forced, Optional.ofNullable(reason),
                    Optional.ofNullable(rollbackVersion), Optional.ofNullable(rollbackCommand),
                    Optional.ofNullable(health), message);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("field time is not an ISO-8601 instant", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("field")
                    ? e.getMessage() : "unknown value (" + e.getMessage() + ")", e);
        }
    }

    private static HealthReport readHealth(JsonReader json) throws IOException {
        boolean healthy = false;
        int checks = 0;
        int failures = 0;
        Long p50 = null;
        Long p95 = null;
        String message = "";
        MetricsReport prometheus = null;
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                continue;
            }
            switch (name) {
                case "healthy" -> healthy = json.nextBoolean();
                case "checks" -> checks = json.nextInt();
                case "failures" -> failures = json.nextInt();
                case "p50Millis" -> p50 = json.nextLong();
                case "p95Millis" -> p95 = json.nextLong();
                case "message" -> message = json.nextString();
                case "prometheus" -> prometheus = readMetrics(json);
                default -> json.skipValue();
            }
        }
        json.endObject();
        return new HealthReport(healthy, checks, failures, Optional.ofNullable(p50),
                Optional.ofNullable(p95), message, Optional.ofNullable(prometheus));
    }

    /**
     * The optional {@code health.prometheus} object: the query, the threshold, the verdict and
     * every sample ({@code time}, {@code value} or null for no data, {@code error} when failed).
     */
    static void writeMetrics(JsonWriter json, MetricsReport m) throws IOException {
        json.beginObject();
        json.name("query").value(m.query());
        json.name("threshold").value(m.threshold());
        json.name("healthy").value(m.healthy());
        json.name("message").value(m.message());
        json.name("samples").beginArray();
        for (MetricsReport.Sample sample : m.samples()) {
            json.beginObject();
            json.name("time").value(sample.time().toString());
            Double value = sample.value().filter(Double::isFinite).orElse(null);
            if (value != null) {
                json.name("value").value(value);
            } else if (sample.value().isPresent()) {
                json.name("value").value(sample.value().get().toString());
            }
            if (sample.error().isPresent()) {
                json.name("error").value(sample.error().get());
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    static MetricsReport readMetrics(JsonReader json) throws IOException {
        String query = "";
        double threshold = 0;
        boolean healthy = false;
        String message = "";
        java.util.List<MetricsReport.Sample> samples = new java.util.ArrayList<>();
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                continue;
            }
            switch (name) {
                case "query" -> query = json.nextString();
                case "threshold" -> threshold = json.nextDouble();
                case "healthy" -> healthy = json.nextBoolean();
                case "message" -> message = json.nextString();
                case "samples" -> {
                    json.beginArray();
                    while (json.hasNext()) {
                        samples.add(readSample(json));
                    }
                    json.endArray();
                }
                default -> json.skipValue();
            }
        }
        json.endObject();
        return new MetricsReport(query, threshold, healthy, samples, message);
    }

    private static MetricsReport.Sample readSample(JsonReader json) throws IOException {
        Instant time = Instant.EPOCH;
        Double value = null;
        String error = null;
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (json.peek() == JsonToken.NULL) {
                json.nextNull();
                continue;
            }
            switch (name) {
                case "time" -> time = Instant.parse(json.nextString());
                case "value" -> value = json.peek() == JsonToken.STRING
                        ? Double.valueOf(json.nextString()) : json.nextDouble();
                case "error" -> error = json.nextString();
                default -> json.skipValue();
            }
        }
        json.endObject();
        return new MetricsReport.Sample(time, Optional.ofNullable(value),
                Optional.ofNullable(error));
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
                .append(action.id()).append(' ').append(version).append(' ').append(outcome.id())
                .append(" by ").append(user);
        if (forced) {
            s.append(" (forced: ").append(reason.orElse("")).append(')');
        }
        return s.toString();
    }
}
