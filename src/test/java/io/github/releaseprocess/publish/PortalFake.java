package io.github.releaseprocess.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A loopback fake of the Central Portal's publisher API, the two calls release-process makes:
 * {@code POST /api/v1/publisher/status?id=…} answers the next state queued for the id (the last
 * one repeats), {@code POST /api/v1/publisher/deployment/{id}} publishes a VALIDATED deployment.
 * The JSON has the shape of the Portal's documented answer. Tests close it in a finally block.
 */
public final class PortalFake implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, ConcurrentLinkedDeque<String>> states = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile int failStatus;

    public PortalFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/publisher/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues the states the status call answers for {@code id}, in order. */
    public void states(String id, String... next) {
        states.computeIfAbsent(id, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    /** Every call is answered with this HTTP status (0: answer normally). */
    public void failWith(int status) {
        failStatus = status;
    }

    /** The calls made, e.g. {@code status 1b2…}, {@code publish 1b2…}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            if (failStatus != 0) {
                calls.add("refused " + path);
                exchange.sendResponseHeaders(failStatus, -1);
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (path.equals("/api/v1/publisher/status") && query != null
                    && query.startsWith("id=")) {
                String id = query.substring(3);
                calls.add("status " + id);
                ConcurrentLinkedDeque<String> queue = states.get(id);
                if (queue == null || queue.isEmpty()) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String state = queue.size() > 1 ? queue.poll() : queue.peek();
                String errors = state.equals("FAILED")
                        ? "{\"pkg:maven/com.example/demo@1.3.0\":[\"Javadocs must be provided but"
                                + " not found in entries\"]}" : "{}";
                byte[] body = ("{\"deploymentId\":\"" + id + "\",\"deploymentName\":\"Deployment\","
                        + "\"deploymentState\":\"" + state + "\",\"purls\":"
                        + "[\"pkg:maven/com.example/demo@1.3.0\"],\"errors\":" + errors + "}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (path.startsWith("/api/v1/publisher/deployment/")) {
                String id = path.substring("/api/v1/publisher/deployment/".length());
                calls.add("publish " + id);
                states.computeIfAbsent(id, k -> new ConcurrentLinkedDeque<>()).clear();
                states.get(id).addAll(List.of("PUBLISHING", "PUBLISHED"));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            exchange.sendResponseHeaders(404, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
