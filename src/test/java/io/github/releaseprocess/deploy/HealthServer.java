package io.github.releaseprocess.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A real HTTP server on 127.0.0.1 whose answers the test scripts per request number. */
final class HealthServer implements AutoCloseable {

    /** One answer: status, body and how long to wait before sending it. */
    record Answer(int status, String body, long delayMillis) {
        static Answer ok(String body) {
            return new Answer(200, body, 0);
        }
    }

    private final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    HealthServer(IntFunction<Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Answer answer = answers.apply(requests.incrementAndGet());
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            } catch (IOException e) {
                // the client gave up (a timeout test)
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    String url(String path) {
        return uri(path).toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
