package io.github.releaseprocess.deploy;

import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.Reporter;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls a health URL with {@link HttpClient}: GET requests, each with one deadline that covers
 * connecting, the headers and the body, no redirects followed (the expected status says what
 * counts), at most 64 KiB of body read. The URL is printed and recorded masked
 * ({@link SecretMasker#url}): tokens in its query or user information stay out of logs and the
 * ledger.
 * {@link #check} waits until the deployment answers as expected or the retries run out;
 * {@link #monitor} keeps probing for a window and weighs the failures against an error budget.
 */
public final class HealthChecker {

    private static final int MAX_BODY = 64 * 1024;

    private final Reporter reporter;
    private final Sleeper sleeper;
    private final Clock clock;

    /** How the checker waits between requests; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    public HealthChecker(Reporter reporter) {
        this(reporter, Sleeper.REAL);
    }

    public HealthChecker(Reporter reporter, Sleeper sleeper) {
        this(reporter, sleeper, Clock.systemUTC());
    }

    public HealthChecker(Reporter reporter, Sleeper sleeper, Clock clock) {
        this.reporter = reporter;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Tries up to {@code 1 + retries} times until one request answers as expected. */
    public HealthReport check(URI uri, HealthCheck spec) {
        HttpClient client = client(spec);
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        String last = "";
        int attempts = spec.retries() + 1;
        String shown = SecretMasker.url(uri);
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Probe probe = probe(client, uri, spec);
            probe.latencyMillis.ifPresent(latencies::add);
            if (probe.ok) {
                reporter.debug("Health check " + attempt + "/" + attempts + " of " + shown + ": "
                        + probe.detail);
                return report(true, attempt, failures, latencies, shown + " answered as expected"
                        + " after " + attempt + (attempt == 1 ? " request" : " requests"));
            }
            failures++;
            last = probe.detail;
            reporter.info("Health check " + attempt + "/" + attempts + " of " + shown + ": "
                    + last);
            if (attempt < attempts && !pause(spec.interval())) {
                break;
            }
        }
        return report(false, failures, failures, latencies, shown + " did not answer as expected"
                + " after " + failures + (failures == 1 ? " request" : " requests") + ": " + last);
    }

    /**
     * Probes for the monitor window and weighs failures against the budget; stops early once the
     * budget is spent, so a bad release is rolled back as soon as that is certain.
     */
    public HealthReport monitor(URI uri, HealthCheck spec, MonitorPolicy policy) {
        return monitor(Optional.of(uri), Optional.of(spec), policy, "", Instant.now());
    }

    /**
     * Watches a fresh deployment for the monitor window: every interval, probes the health URL
     * (when there is one) and evaluates the Prometheus query (when there is one). Each source
     * weighs its own failures against the error budget; the release is unhealthy as soon as
     * either has spent it, and the watch stops then.
     *
     * @param version the deployed version, for {@code @{version}} in the query
     * @param deployedAt when the deployment build finished, for {@code @{deployedAt}} and
     *     {@code @{sinceDeployment}}
     */
    public HealthReport monitor(Optional<URI> uri, Optional<HealthCheck> spec,
            MonitorPolicy policy, String version, Instant deployedAt) {
        HttpClient client = spec.map(HealthChecker::client).orElse(null);
        Optional<PrometheusQuery> prometheus = policy.prometheus();
        PrometheusClient metrics = new PrometheusClient(spec.map(HealthCheck::timeout)
                .orElse(HealthCheck.DEFAULT_TIMEOUT));
        int probes = policy.probes();
        int allowed = policy.allowedFailures(probes);
        String watched = uri.map(SecretMasker::url).orElse("")
                + (uri.isPresent() && prometheus.isPresent() ? " and " : "")
                + prometheus.map(q -> "Prometheus " + SecretMasker.url(URI.create(q.url())))
                        .orElse("");
        reporter.info("Monitoring " + watched + " " + policy + " (" + probes + " probes, "
                + allowed + " may fail)");
        prometheus.ifPresent(q -> reporter.info("Prometheus query (unhealthy above "
                + PrometheusQuery.formatValue(q.threshold()) + "): " + q.resolve(version,
                        deployedAt, clock.instant())));
        List<Long> latencies = new ArrayList<>();
        List<MetricsReport.Sample> samples = new ArrayList<>();
        int failures = 0;
        int done = 0;
        String last = "";
        Optional<String> spent = Optional.empty();
        for (int i = 1; i <= probes && spent.isEmpty(); i++) {
            if (!pause(policy.interval())) {
                break;
            }
            done++;
            if (uri.isPresent()) {
                Probe probe = probe(client, uri.get(), spec.get());
                probe.latencyMillis.ifPresent(latencies::add);
                if (!probe.ok) {
                    failures++;
                    last = probe.detail;
                    reporter.warn("Monitor probe " + i + "/" + probes + ": " + last);
                    if (failures > allowed) {
                        spent = Optional.of("the error budget of " + policy.errorBudget().trim()
                                + " is spent: " + failures + " of " + done + " probes failed in"
                                + " the monitor window, last: " + last);
                    }
                } else {
                    reporter.debug("Monitor probe " + i + "/" + probes + ": " + probe.detail);
                }
            }
            if (prometheus.isPresent()) {
                PrometheusQuery q = prometheus.get();
                Instant now = clock.instant();
                MetricsReport.Sample sample = metrics.query(q.endpoint(),
                        q.resolve(version, deployedAt, now), now);
                samples.add(sample);
                long bad = samples.stream().filter(x -> x.bad(q.threshold())).count();
                String line = "Prometheus sample " + i + "/" + probes + ": " + sample.describe()
                        + (sample.bad(q.threshold()) ? (sample.error().isPresent() ? ""
                                : ", above " + PrometheusQuery.formatValue(q.threshold()))
                                : "");
                if (sample.bad(q.threshold())) {
                    reporter.warn(line);
                } else {
                    reporter.info(line);
                }
                if (bad > allowed && spent.isEmpty()) {
                    spent = Optional.of("the error budget of " + policy.errorBudget().trim()
                            + " is spent: " + bad + " of " + samples.size() + " samples of the"
                            + " Prometheus query were above "
                            + PrometheusQuery.formatValue(q.threshold()) + " in the monitor"
                            + " window, last: " + sample.describe());
                }
            }
        }
        Optional<MetricsReport> metricsReport = prometheus.map(q -> {
            long bad = samples.stream().filter(x -> x.bad(q.threshold())).count();
            boolean ok = bad <= allowed;
            return new MetricsReport(q.query(), q.threshold(), ok, samples, ok
                    ? bad + " of " + samples.size() + " samples above "
                            + PrometheusQuery.formatValue(q.threshold()) + ", within the error"
                            + " budget of " + policy.errorBudget().trim()
                    : bad + " of " + samples.size() + " samples above "
                            + PrometheusQuery.formatValue(q.threshold()) + ", more than the"
                            + " error budget of " + policy.errorBudget().trim() + " allows");
        });
        String probed = uri.isPresent() ? failures + " of " + done + " probes failed" : "";
        HealthReport report = report(spent.isEmpty(), uri.isPresent() ? done : 0, failures,
                latencies, spent.orElseGet(() -> probed + (uri.isPresent() && prometheus.isPresent()
                                ? " and " : "")
                        + metricsReport.map(m -> m.bad() + " of " + m.samples().size()
                                + " Prometheus samples were above "
                                + PrometheusQuery.formatValue(m.threshold())).orElse("")
                        + " in the monitor window, within the error budget of "
                        + policy.errorBudget().trim()));
        return new HealthReport(report.healthy(), report.checks(), report.failures(),
                report.p50Millis(), report.p95Millis(), report.message(), metricsReport);
    }

    private boolean pause(Duration interval) {
        try {
            sleeper.sleep(interval);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpClient client(HealthCheck spec) {
        return HttpClient.newBuilder().connectTimeout(spec.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * One GET within one deadline, {@code spec.timeout()} from the start: a server that sends
     * the headers and then trickles the body is cut off there like one that never answers.
     */
    private static Probe probe(HttpClient client, URI uri, HealthCheck spec) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(spec.timeout()).GET()
                    .header("User-Agent", "release-process-maven-plugin").build();
        } catch (IllegalArgumentException e) {
            return new Probe(false, Optional.empty(), "the URL cannot be requested ("
                    + masked(e.getMessage(), uri) + ")");
        }
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request,
                info -> new BoundedBody(MAX_BODY));
        try {
            HttpResponse<byte[]> response = exchange.get(spec.timeout().toNanos(),
                    TimeUnit.NANOSECONDS);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() != spec.expectedStatus()) {
                return new Probe(false, Optional.of(millis), "HTTP " + response.statusCode()
                        + ", expected " + spec.expectedStatus());
            }
            if (spec.bodyContains().isPresent() && !body.contains(spec.bodyContains().get())) {
                return new Probe(false, Optional.of(millis), "HTTP " + response.statusCode()
                        + " but the body does not contain '" + spec.bodyContains().get() + "'");
            }
            return new Probe(true, Optional.of(millis), "HTTP " + response.statusCode() + " in "
                    + millis + " ms");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return noAnswer(spec);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return noAnswer(spec);
            }
            if (cause instanceof ConnectException) {
                return new Probe(false, Optional.empty(), "connection refused");
            }
            return new Probe(false, Optional.empty(), cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + masked(cause.getMessage(), uri)));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Probe(false, Optional.empty(), "interrupted");
        }
    }

    private static Probe noAnswer(HealthCheck spec) {
        return new Probe(false, Optional.empty(), "no answer within "
                + Durations.format(spec.timeout()));
    }

    /** An error text with the URL, should it quote it, masked. */
    private static String masked(String text, URI uri) {
        return text.replace(uri.toString(), SecretMasker.url(uri));
    }

    /**
     * Collects at most {@code limit} bytes of a body and completes there, cancelling the rest:
     * a 1 GB answer costs 64 KiB.
     */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int n = Math.min(buffer.remaining(), limit - bytes.size());
                byte[] chunk = new byte[n];
                buffer.get(chunk);
                bytes.write(chunk, 0, n);
            }
            if (bytes.size() >= limit) {
                result.complete(bytes.toByteArray());
                subscription.cancel();
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static HealthReport report(boolean healthy, int checks, int failures,
            List<Long> latencies, String message) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new HealthReport(healthy, checks, failures, percentile(sorted, 50),
                percentile(sorted, 95), message);
    }

    /** Nearest-rank percentile. */
    static Optional<Long> percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(0, rank - 1)));
    }

    private record Probe(boolean ok, Optional<Long> latencyMillis, String detail) {
    }
}
