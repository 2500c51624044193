package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrometheusQueryTest {

    private static final Instant DEPLOYED = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void shouldReplaceThePlaceholders() {
        PrometheusQuery query = new PrometheusQuery("http://127.0.0.1:9090/", "sum(increase("
                + "x{version=\"@{version}\"}[@{sinceDeployment}])) and time() > @{deployedAt}",
                0.01);
        assertEquals("sum(increase(x{version=\"1.1.0\"}[95s])) and time() > 1795860000",
                query.resolve("1.1.0", DEPLOYED, DEPLOYED.plusMillis(94_200)));
        assertEquals("http://127.0.0.1:9090/api/v1/query", query.endpoint().toString());
        // Right after the deployment the range is still one second, never 0s (invalid PromQL).
        assertTrue(query.resolve("1.1.0", DEPLOYED, DEPLOYED).contains("[1s]"));
    }

    @Test
    void shouldRefuseAServerThatIsNoHttpUrl() {
        RefusalException e = assertThrows(RefusalException.class,
                () -> new PrometheusQuery("prometheus:9090", "up", 1));
        assertEquals("<monitor><prometheus><url>prometheus:9090</url> must be the absolute http"
                + " or https URL of the Prometheus server, e.g."
                + " http://prometheus.example.com:9090", e.getMessage());
        assertThrows(RefusalException.class, () -> new PrometheusQuery("http://p:9090", " ", 1));
        e = assertThrows(RefusalException.class,
                () -> new PrometheusQuery("http://ann:secret@p:9090", "up", 1));
        assertTrue(e.getMessage().startsWith("<monitor><prometheus><url> contains credentials"));
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void shouldReadTheAnswersOfTheQueryApi() {
        Instant now = DEPLOYED;
        assertEquals(Optional.of(0.05), PrometheusClient.parse(200, "{\"status\":\"success\","
                + "\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":"
                + "[1795860000.1,\"0.05\"]}]}}", now).value());
        // Several series: the worst counts.
        assertEquals(Optional.of(0.2), PrometheusClient.parse(200, "{\"status\":\"success\","
                + "\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"a\":\"1\"},"
                + "\"value\":[1,\"0.2\"]},{\"metric\":{\"a\":\"2\"},\"value\":[1,\"0.1\"]}]}}",
                now).value());
        assertEquals(Optional.of(3.0), PrometheusClient.parse(200, "{\"status\":\"success\","
                + "\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"3\"]}}", now).value());
        MetricsReport.Sample empty = PrometheusClient.parse(200, "{\"status\":\"success\","
                + "\"data\":{\"resultType\":\"vector\",\"result\":[]}}", now);
        assertEquals("no data", empty.describe());
        assertFalse(empty.bad(0.01));
        MetricsReport.Sample nan = PrometheusClient.parse(200, "{\"status\":\"success\","
                + "\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":"
                + "[1,\"NaN\"]}]}}", now);
        assertEquals("no data", nan.describe());
        MetricsReport.Sample refused = PrometheusClient.parse(400, "{\"status\":\"error\","
                + "\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unclosed left"
                + " parenthesis\"}", now);
        assertEquals("Prometheus refused the query (HTTP 400, bad_data): 1:5: parse error:"
                + " unclosed left parenthesis", refused.describe());
        assertTrue(refused.bad(0.01));
        assertTrue(PrometheusClient.parse(502, "<html>Bad gateway</html>", now).bad(1));
        assertTrue(PrometheusClient.parse(200, "{\"status\":\"success\",\"data\":{\"resultType\":"
                + "\"matrix\",\"result\":[]}}", now).describe().startsWith("the query gives a"
                        + " matrix, not a number"));
    }

    @Test
    void shouldFormatValuesAsPeopleReadThem() {
        assertEquals("0.01", PrometheusQuery.formatValue(0.01));
        assertEquals("12", PrometheusQuery.formatValue(12));
        assertEquals("0.04762", PrometheusQuery.formatValue(1.0 / 21));
    }
}
