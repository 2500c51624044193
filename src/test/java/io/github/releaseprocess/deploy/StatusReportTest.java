package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.deploy.LedgerRecord.Action;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    private static LedgerRecord record(String env, Action action, Outcome outcome, String version,
            int minute) {
        return new LedgerRecord(env, action, outcome, version, Optional.of("v" + version),
                "0123456789abcdef0123456789abcdef01234567",
                Instant.parse("2024-05-01T10:00:00Z").plusSeconds(60L * minute), "ci", false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    @Test
    void shouldSayHowToFetchTheLedgerWhenThereIsNone() {
        List<String> lines = new StatusReport(new LedgerSnapshot(Optional.empty(), List.of()),
                List.of("staging"), Optional.empty()).lines();
        assertEquals(List.of("No deployments recorded in refs/release-process/ledger; if they were"
                + " made from another clone, fetch the ledger: git fetch origin"
                + " refs/release-process/ledger:refs/release-process/ledger",
                "staging  nothing deployed"), lines);
    }

    @Test
    void shouldShowSinceTheFirstOfARunOfTheSameVersionAndWhatIsInProgress() {
        LedgerSnapshot snapshot = new LedgerSnapshot(Optional.of("abc"), List.of(
                record("prod", Action.DEPLOY, Outcome.SUCCEEDED, "1.0.0", 0),
                record("prod", Action.DEPLOY, Outcome.SUCCEEDED, "1.1.0", 10),
                record("prod", Action.DEPLOY, Outcome.SUCCEEDED, "1.1.0", 20),
                record("prod", Action.DEPLOY, Outcome.PLANNED, "1.2.0", 30)));
        List<String> lines = new StatusReport(snapshot, List.of(), Optional.of("prod")).lines();
        assertEquals("prod  1.1.0  since 2024-05-01T10:10:00Z  healthy", lines.get(0));
        assertEquals("    in progress: 2024-05-01T10:30:00Z deploy 1.2.0 planned by ci",
                lines.get(1));
        assertEquals(5, lines.size());
        assertTrue(new StatusReport(snapshot, List.of(), Optional.empty()).toJson()
                .contains("\"inProgress\": true"));
    }

    @Test
    void shouldShowTheMonitorVerdictAndTheLinkToReportAProblemAndKeepTheSamples() {
        Instant t = Instant.parse("2024-05-01T10:00:02Z");
        MetricsReport metrics = new MetricsReport("rate(x{version=\"@{version}\"}[1m])", 0.01,
                true, List.of(new MetricsReport.Sample(t, Optional.of(0.0), Optional.empty()),
                        new MetricsReport.Sample(t.plusSeconds(2), Optional.empty(),
                                Optional.empty()),
                        new MetricsReport.Sample(t.plusSeconds(4), Optional.empty(),
                                Optional.of("Prometheus did not answer within 10s"))),
                "1 of 3 samples above 0.01, within the error budget of 2");
        HealthReport health = new HealthReport(true, 4, 0, Optional.of(3L), Optional.of(9L),
                "0 of 3 probes failed and 1 of 3 Prometheus samples were above 0.01 in the"
                        + " monitor window, within the error budget of 2", Optional.of(metrics));
        LedgerRecord done = record("prod", Action.DEPLOY, Outcome.SUCCEEDED, "1.0.0", 0)
                .finished(Outcome.SUCCEEDED, Instant.parse("2024-05-01T10:01:00Z"),
                        Optional.of(health), "Deployed");
        assertEquals(done, LedgerRecord.fromJson(done.toJson()));
        LedgerSnapshot snapshot = new LedgerSnapshot(Optional.of("abc"), List.of(done));
        StatusReport report = new StatusReport(snapshot, List.of("prod"), Optional.empty(),
                io.github.releaseprocess.feedback.ProblemReportLink.of("GitLab",
                        "https://gitlab.com/acme/shop/-/issues"));
        assertEquals(List.of("prod  1.0.0  since 2024-05-01T10:01:00Z  healthy (4 checks,"
                + " 0 failed, p50 3 ms, p95 9 ms; Prometheus: 3 samples, 1 above 0.01, max 0)",
                "    monitor since deployment: healthy, 0 of 3 probes failed and 1 of 3"
                        + " Prometheus samples were above 0.01 in the monitor window, within"
                        + " the error budget of 2",
                "    Report a problem with 1.0.0: https://gitlab.com/acme/shop/-/issues/new"
                        + "?issue%5Btitle%5D=Problem+with+1.0.0",
                "    2024-05-01T10:01:00Z deploy 1.0.0 succeeded by ci"), report.lines());
        String json = report.toJson();
        assertTrue(json.contains("\"reportProblem\": {\n        \"text\": \"Report a problem with"
                + " 1.0.0\""), json);
        assertTrue(json.contains("\"error\": \"Prometheus did not answer within 10s\""), json);
    }

    @Test
    void shouldRefuseAnEnvironmentThatIsNeitherConfiguredNorRecorded() {
        RefusalException e = assertThrows(RefusalException.class, () -> new StatusReport(
                new LedgerSnapshot(Optional.empty(), List.of()), List.of("staging"),
                Optional.of("prod")));
        assertEquals("There is no environment 'prod' in <environments> or in the ledger; known:"
                + " staging", e.getMessage());
    }
}
