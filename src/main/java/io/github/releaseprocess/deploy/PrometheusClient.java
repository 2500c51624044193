package io.github.releaseprocess.deploy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Evaluates PromQL instant queries over the Prometheus HTTP API ({@code GET /api/v1/query}) and
 * reads the answer with Gson. A vector gives its highest value (a query should give one series;
 * with several the worst counts), a scalar its value; an empty vector or {@code NaN} (for example
 * 0/0 before any request) is "no data"; an error answer or no answer is an error sample.
 */
public final class PrometheusClient {

    private static final int MAX_BODY = 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public PrometheusClient(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Evaluates {@code promql} at the server's current time. */
    public MetricsReport.Sample query(URI endpoint, String promql, Instant now) {
        URI uri = URI.create(endpoint + "?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json")
                .header("User-Agent", "release-process-maven-plugin").build();
        String body;
        int status;
        try {
            HttpResponse<InputStream> response = client.send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
            }
            status = response.statusCode();
        } catch (HttpTimeoutException e) {
            return error(now, "Prometheus did not answer within " + Durations.format(timeout));
        } catch (ConnectException e) {
            return error(now, "Prometheus at " + endpoint.getHost() + ":" + endpoint.getPort()
                    + " refused the connection");
        } catch (IOException e) {
            return error(now, "Prometheus query failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(now, "interrupted");
        }
        return parse(status, body, now);
    }

    /** Reads an answer of {@code /api/v1/query}. */
    static MetricsReport.Sample parse(int status, String body, Instant now) {
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (!parsed.isJsonObject()) {
                return error(now, "HTTP " + status + " from Prometheus without a JSON object");
            }
            json = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            return error(now, "HTTP " + status + " from Prometheus, not JSON: "
                    + abbreviate(body));
        }
        String result = string(json, "status");
        if (!"success".equals(result)) {
            return error(now, "Prometheus refused the query (HTTP " + status + ", "
                    + Optional.ofNullable(string(json, "errorType")).orElse("error") + "): "
                    + Optional.ofNullable(string(json, "error")).orElse(abbreviate(body)));
        }
        try {
            JsonObject data = json.getAsJsonObject("data");
            String type = string(data, "resultType");
            if ("scalar".equals(type)) {
                return value(now, data.getAsJsonArray("result"));
            }
            if (!"vector".equals(type)) {
                return error(now, "the query gives a " + type + ", not a number; wrap it so"
                        + " that it gives one value, e.g. sum(rate(…[5m]))");
            }
            JsonArray series = data.getAsJsonArray("result");
            Optional<Double> worst = Optional.empty();
            for (JsonElement one : series) {
                MetricsReport.Sample sample = value(now,
                        one.getAsJsonObject().getAsJsonArray("value"));
                if (sample.value().isPresent() && (worst.isEmpty()
                        || sample.value().get() > worst.get())) {
                    worst = sample.value();
                }
            }
            return new MetricsReport.Sample(now, worst, Optional.empty());
        } catch (RuntimeException e) {
            return error(now, "an answer of Prometheus that is not a query result: "
                    + abbreviate(body));
        }
    }

    private static MetricsReport.Sample value(Instant now, JsonArray pair) {
        String text = pair.get(1).getAsString();
        double value = switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
        return new MetricsReport.Sample(now, Double.isNaN(value) ? Optional.empty()
                : Optional.of(value), Optional.empty());
    }

    private static String string(JsonObject json, String name) {
        JsonElement e = json == null ? null : json.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static MetricsReport.Sample error(Instant now, String why) {
        return new MetricsReport.Sample(now, Optional.empty(), Optional.of(why));
    }

    private static String abbreviate(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
