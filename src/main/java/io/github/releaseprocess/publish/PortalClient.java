package io.github.releaseprocess.publish;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Central Portal's publisher API, the two calls a release needs: the status of a deployment
 * by id ({@code POST /api/v1/publisher/status?id=…}) and publishing a validated one
 * ({@code POST /api/v1/publisher/deployment/{id}}). The token is the Portal user token, sent as
 * {@code Authorization: Bearer base64(name:password)}; it is never logged. The tests run it
 * against a loopback fake of the API.
 */
public final class PortalClient {

    /** How often the status is asked. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private final URI baseUrl;
    private final Optional<String> token;
    private final Reporter reporter;
    private final Duration interval;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30)).build();

    /**
     * @param baseUrl the Portal, as central-publishing-maven-plugin names it ({@code Using
     *     Central baseUrl: …}) or as configured ({@code centralPortalUrl})
     * @param token the Bearer token: base64 of the user token's {@code name:password}
     */
    public PortalClient(URI baseUrl, Optional<String> token, Reporter reporter,
            Duration interval, Clock clock) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.reporter = reporter;
        this.interval = interval;
        this.clock = clock;
    }

    /** The Bearer token of a Portal user token's name and password. */
    public static String bearer(String name, String password) {
        return java.util.Base64.getEncoder().encodeToString((name + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The deployment's state now. */
    public CentralDeployment status(CentralDeployment deployment) throws IOException {
        URI uri = resolve("api/v1/publisher/status?id="
                + URLEncoder.encode(deployment.id(), StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request(uri)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the Portal answered HTTP " + response.statusCode()
                    + " for the status of deployment " + deployment.id() + hint(response));
        }
        try {
            JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
            String state = json.get("deploymentState").getAsString();
            return deployment.withState(state, errors(json.get("errors")));
        } catch (JsonParseException | IllegalStateException | NullPointerException
                | UnsupportedOperationException e) {
            throw new IOException("the Portal's status of deployment " + deployment.id()
                    + " is not the JSON expected (no deploymentState)", e);
        }
    }

    /** Asks the Portal to publish a validated deployment. */
    public void publish(CentralDeployment deployment) throws IOException {
        URI uri = resolve("api/v1/publisher/deployment/"
                + URLEncoder.encode(deployment.id(), StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request(uri)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the Portal answered HTTP " + response.statusCode()
                    + " to publishing deployment " + deployment.id() + hint(response));
        }
    }

    /**
     * Polls until the deployment reaches {@code wanted} ({@code VALIDATED} or
     * {@code PUBLISHED}), fails, or {@code timeout} passes.
     *
     * @return the deployment in the state it reached
     * @throws RefusalException when it failed (with the Portal's errors) or the time ran out
     */
    public CentralDeployment await(CentralDeployment deployment, CentralWait wanted,
            Duration timeout) throws IOException {
        Instant until = clock.instant().plus(timeout);
        CentralDeployment now = deployment;
        while (true) {
            now = status(now);
            reporter.info("Central deployment " + now.id() + ": " + now.state());
            if (now.isFailed()) {
                throw new RefusalException("The Central Portal refused deployment " + now.id()
                        + " (FAILED)" + (now.errors().isEmpty() ? ""
                                : ": " + String.join("; ", now.errors()))
                        + "; fix the POM or the files, drop the deployment on the Portal and"
                        + " publish again");
            }
            if (wanted == CentralWait.VALIDATED ? now.isValidated() : now.isPublished()) {
                return now;
            }
            if (!clock.instant().isBefore(until)) {
                throw new RefusalException("Central deployment " + now.id() + " is still "
                        + now.state() + " after " + timeout.toMinutes() + " minutes; run the"
                        + " same command again later to go on waiting for it");
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the Central Portal", e);
            }
        }
    }

    private static List<String> errors(JsonElement errors) {
        List<String> out = new ArrayList<>();
        if (errors == null || errors.isJsonNull()) {
            return out;
        }
        if (errors.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : errors.getAsJsonObject().entrySet()) {
                if (e.getValue().isJsonArray()) {
                    e.getValue().getAsJsonArray().forEach(v -> out.add(e.getKey() + ": "
                            + (v.isJsonPrimitive() ? v.getAsString() : v.toString())));
                } else {
                    out.add(e.getKey() + ": " + e.getValue());
                }
            }
        } else if (errors.isJsonArray()) {
            errors.getAsJsonArray().forEach(v -> out.add(v.isJsonPrimitive() ? v.getAsString()
                    : v.toString()));
        }
        return out;
    }

    private String hint(HttpResponse<String> response) {
        return response.statusCode() == 401 || response.statusCode() == 403
                ? " (check the Portal user token of the <server> with <id>central</id>)" : "";
    }

    private URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            throw new IOException("the Central Portal at " + SecretMasker.url(baseUrl)
                    + " cannot be reached: " + e.getMessage(), e);
        }
    }
}
