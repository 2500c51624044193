package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HealthCheckerTest {

    private final List<Duration> sleeps = new ArrayList<>();
    private final HealthChecker checker = new HealthChecker(Reporter.SILENT, sleeps::add);

    private static HealthCheck spec(String url, Optional<String> body, int retries) {
        return new HealthCheck(url, 200, body, Duration.ofMillis(500), retries,
                Duration.ofSeconds(2));
    }

    /**
     * For the tests that count probes: on a busy 2-core CI machine a probe of the local server
     * once took more than 500 ms, and the extra failure spent the budget one probe early.
     */
    private static HealthCheck countedSpec(String url) {
        return new HealthCheck(url, 200, Optional.empty(), Duration.ofSeconds(10), 0,
                Duration.ofSeconds(2));
    }

    @Nested
    class Check {

        @Test
        void shouldBeHealthyWhenTheFirstRequestAnswersAsExpected() throws Exception {
            try (HealthServer server = new HealthServer(n -> HealthServer.Answer.ok("UP 1.4.0"))) {
                HealthCheck spec = spec(server.url("/health"), Optional.of("1.4.0"), 3);
                HealthReport report = checker.check(server.uri("/health"), spec);
                assertTrue(report.healthy(), report.message());
                assertEquals(1, report.checks());
                assertEquals(0, report.failures());
                assertTrue(report.p50Millis().isPresent());
                assertTrue(sleeps.isEmpty());
            }
        }

        @Test
        void shouldRetryAfter500sWithTheIntervalUntilItAnswers() throws Exception {
            try (HealthServer server = new HealthServer(n -> n < 3
                    ? new HealthServer.Answer(500, "starting", 0) : HealthServer.Answer.ok("UP"))) {
                HealthReport report = checker.check(server.uri("/h"),
                        spec(server.url("/h"), Optional.empty(), 5));
                assertTrue(report.healthy());
                assertEquals(3, report.checks());
                assertEquals(2, report.failures());
                assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
            }
        }

        @Test
        void shouldBeUnhealthyWhenItAnswers500UntilTheRetriesRunOut() throws Exception {
            try (HealthServer server = new HealthServer(n -> new HealthServer.Answer(500, "", 0))) {
                HealthReport report = checker.check(server.uri("/h"),
                        spec(server.url("/h"), Optional.empty(), 2));
                assertFalse(report.healthy());
                assertEquals(3, report.failures());
                assertEquals(3, server.requests.get());
                assertTrue(report.message().contains("HTTP 500, expected 200"), report.message());
            }
        }

        @Test
        void shouldBeUnhealthyWhenTheBodyLacksTheExpectedText() throws Exception {
            try (HealthServer server = new HealthServer(n -> HealthServer.Answer.ok("UP 1.3.2"))) {
                HealthReport report = checker.check(server.uri("/h"),
                        spec(server.url("/h"), Optional.of("1.4.0"), 0));
                assertFalse(report.healthy());
                assertTrue(report.message().contains("does not contain '1.4.0'"), report.message());
            }
        }

        @Test
        void shouldGiveUpOnASlowAnswerAfterTheTimeout() throws Exception {
            try (HealthServer server = new HealthServer(n -> new HealthServer.Answer(200, "UP",
                    3_000))) {
                long start = System.nanoTime();
                HealthReport report = checker.check(server.uri("/h"),
                        spec(server.url("/h"), Optional.empty(), 1));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertFalse(report.healthy());
                assertTrue(report.message().contains("no answer within 500 ms"), report.message());
                assertTrue(millis < 2_500, "took " + millis + " ms");
            }
        }

        /** Headers at once, then one byte of the body every 100 ms, for a minute. */
        @Test
        void shouldGiveUpOnABodyThatTricklesAfterTheHeadersAtTheDeadline() throws Exception {
            try (ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                Thread server = new Thread(() -> trickle(socket));
                server.setDaemon(true);
                server.start();
                String url = "http://127.0.0.1:" + socket.getLocalPort() + "/h";
                long start = System.nanoTime();
                HealthReport report = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> checker.check(URI.create(url), spec(url, Optional.empty(), 1)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertFalse(report.healthy());
                assertEquals(2, report.failures());
                assertTrue(report.message().contains("no answer within 500 ms"),
                        report.message());
                assertTrue(millis < 5_000, "took " + millis + " ms");
            }
        }

        private static void trickle(ServerSocket socket) {
            while (!socket.isClosed()) {
                try (java.net.Socket client = socket.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    java.io.OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.flush();
                    for (int i = 0; i < 600; i++) {
                        out.write('U');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (java.io.IOException | InterruptedException e) {
                    // the client gave up, or the test ended
                }
            }
        }

        @Test
        void shouldMaskTheQueryAndUserinfoOfTheUrlInMessagesAndLogs() throws Exception {
            List<String> log = new ArrayList<>();
            Reporter capture = new Reporter() {
                @Override
                public void info(String message) {
                    log.add(message);
                }

                @Override
                public void warn(String message) {
                    log.add(message);
                }

                @Override
                public void debug(String message) {
                    log.add(message);
                }

                @Override
                public boolean isDebugEnabled() {
                    return true;
                }
            };
            HealthChecker logged = new HealthChecker(capture, sleeps::add);
            try (HealthServer server = new HealthServer(n -> new HealthServer.Answer(503,
                    "down", 0))) {
                int port = server.uri("/").getPort();
                String url = "http://ops:pa55w0rd@127.0.0.1:" + port + "/health?token=S3cr3t";
                HealthCheck spec = spec(url, Optional.empty(), 1);
                HealthReport report = logged.check(spec.resolve("1.0.0", "staging"), spec);
                HealthReport watched = logged.monitor(spec.resolve("1.0.0", "staging"), spec,
                        new MonitorPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), "0"));
                assertFalse(report.healthy());
                String masked = "http://****@127.0.0.1:" + port + "/health?****";
                assertTrue(report.message().startsWith(masked + " did not answer"),
                        report.message());
                for (String text : concat(log, List.of(report.message(), watched.message()))) {
                    assertFalse(text.contains("pa55w0rd") || text.contains("S3cr3t"), text);
                }
                assertTrue(log.stream().anyMatch(l -> l.contains(masked)), log.toString());
            }
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        @Test
        void shouldReportARefusedConnection() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            String url = "http://127.0.0.1:" + port + "/health";
            HealthReport report = checker.check(URI.create(url), spec(url, Optional.empty(), 1));
            assertFalse(report.healthy());
            assertEquals(2, report.failures());
            assertTrue(report.message().contains("connection refused"), report.message());
            assertTrue(report.p50Millis().isEmpty());
        }
    }

    @Nested
    class Monitor {

        @Test
        void shouldStayHealthyWithinTheErrorBudgetAndReportLatencies() throws Exception {
            try (HealthServer server = new HealthServer(n -> n == 4
                    ? new HealthServer.Answer(503, "", 0) : HealthServer.Answer.ok("UP"))) {
                MonitorPolicy policy = new MonitorPolicy(Duration.ofSeconds(100),
                        Duration.ofSeconds(10), "1");
                HealthReport report = checker.monitor(server.uri("/h"),
                        countedSpec(server.url("/h")), policy);
                assertTrue(report.healthy(), report.message());
                assertEquals(10, report.checks());
                assertEquals(1, report.failures());
                assertTrue(report.p95Millis().get() >= report.p50Millis().get());
                assertEquals(10, sleeps.size());
            }
        }

        @Test
        void shouldStopAndBeUnhealthyOnceTheBudgetIsSpent() throws Exception {
            try (HealthServer server = new HealthServer(n -> n % 2 == 0
                    ? new HealthServer.Answer(500, "", 0) : HealthServer.Answer.ok("UP"))) {
                MonitorPolicy policy = new MonitorPolicy(Duration.ofMinutes(10),
                        Duration.ofSeconds(15), "5%");
                HealthReport report = checker.monitor(server.uri("/h"),
                        countedSpec(server.url("/h")), policy);
                assertFalse(report.healthy());
                // 40 probes, 5% of them is 2: the third failure (probe 6) spends the budget.
                assertEquals(6, report.checks());
                assertEquals(3, report.failures());
                assertTrue(report.message().contains("error budget of 5% is spent"),
                        report.message());
            }
        }
    }

    @Test
    void shouldComputeNearestRankPercentiles() {
        List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 100L);
        assertEquals(Optional.of(5L), HealthChecker.percentile(sorted, 50));
        assertEquals(Optional.of(100L), HealthChecker.percentile(sorted, 95));
        assertEquals(Optional.empty(), HealthChecker.percentile(List.of(), 50));
    }

    @Test
    void shouldSubstituteVersionAndEnvironmentAndRefuseOtherSchemes() {
        HealthCheck spec = spec("https://@{environment}.example.com/v/@{version}",
                Optional.empty(), 0);
        assertEquals(URI.create("https://staging.example.com/v/1.4.0%2Bb1"),
                spec.resolve("1.4.0+b1", "staging"));
        RefusalException e = assertThrows(RefusalException.class,
                () -> spec("file:///etc/passwd", Optional.empty(), 0).resolve("1", "x"));
        assertTrue(e.getMessage().contains("must be an absolute http or https URL"));
    }

    @Test
    void shouldRefuseLinkLocalAddressesUnlessAllowed() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]:8080/health", "http://[::ffff:169.254.169.254]/")) {
            RefusalException e = assertThrows(RefusalException.class,
                    () -> spec(url, Optional.empty(), 0).resolve("1.0.0", "prod"), url);
            assertTrue(e.getMessage().contains("is a link-local address"), e.getMessage());
            assertTrue(e.getMessage().contains("<allowLinkLocal>true</allowLinkLocal>"),
                    e.getMessage());
            HealthCheck allowed = new HealthCheck(url, 200, Optional.empty(),
                    Duration.ofSeconds(1), 0, Duration.ofSeconds(1), true);
            assertEquals(URI.create(url), allowed.resolve("1.0.0", "prod"));
        }
        assertEquals(URI.create("http://169.255.0.1/h"),
                spec("http://169.255.0.1/h", Optional.empty(), 0).resolve("1", "x"));
    }

    @Test
    void shouldMaskUrlsForDisplay() {
        assertEquals("https://****@host:8443/p/a?****", SecretMasker.url(
                URI.create("https://u:p@host:8443/p/a?token=x&b=2#frag")));
        assertEquals("http://host/health", SecretMasker.url(URI.create("http://host/health")));
        assertEquals("http://[fe80::1]/h?****",
                SecretMasker.url(URI.create("http://[fe80::1]/h?x")));
    }

    @Test
    void shouldReadShortAndIsoDurations() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms", "<t>"));
        assertEquals(Duration.ofSeconds(10), Durations.parse("10s", "<t>"));
        assertEquals(Duration.ofMinutes(5), Durations.parse(" 5m ", "<t>"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h", "<t>"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("PT30S", "<t>"));
        RefusalException e = assertThrows(RefusalException.class,
                () -> Durations.parse("ten seconds", "<healthCheck><timeout>"));
        assertTrue(e.getMessage().startsWith("<healthCheck><timeout> 'ten seconds' is not a"
                + " duration"), e.getMessage());
    }

    @Test
    void shouldMaskSecretPropertiesInCommandAndOutput() {
        SecretMasker masker = new SecretMasker(java.util.Map.of("deploy.password", "hunter2",
                "apiToken", "abc123", "server.url", "https://x"));
        assertEquals("login with **** and ****", masker.mask("login with hunter2 and abc123"));
        assertEquals("https://x", masker.maskValue("server.url", "https://x"));
        assertEquals(SecretMasker.MASK, masker.maskValue("SIGNING_KEY", "k"));
    }
}
