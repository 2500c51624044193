package io.github.releaseprocess.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Maven repository on 127.0.0.1 that takes a {@code PUT} per file and answers {@code GET}s, as
 * Nexus or Artifactory do for a release repository; {@link #failFrom} makes it refuse every PUT
 * from the n-th on (a server that goes away halfway). Tests close it in a finally block.
 */
public final class RepositoryServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> puts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failFrom = new AtomicInteger(Integer.MAX_VALUE);
    private volatile String expectedAuthorization;

    public RepositoryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/repo/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/repo/");
    }

    /** Every PUT from the {@code n}-th (1-based) on is answered 503. */
    public void failFrom(int n) {
        failFrom.set(n);
    }

    /** Requests without this Authorization header are answered 401. */
    public void requireAuthorization(String header) {
        expectedAuthorization = header;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    /** The paths PUT so far, in order, refused ones included. */
    public List<String> puts() {
        return List.copyOf(puts);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/repo/".length());
            if (expectedAuthorization != null && !expectedAuthorization.equals(
                    exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (exchange.getRequestMethod().equals("PUT")) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                puts.add(path);
                if (puts.size() >= failFrom.get()) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                files.put(path, body);
                exchange.sendResponseHeaders(201, -1);
            } else if (exchange.getRequestMethod().equals("GET")) {
                byte[] body = files.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
