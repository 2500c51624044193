package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.deploy.LedgerRecord.Action;
import io.github.releaseprocess.deploy.LedgerRecord.Outcome;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Ledger records as JSON: what 0.1.0 wrote stays readable, and forged values never get in. */
class LedgerRecordTest {

    /** A record exactly as release-process-maven-plugin 0.1.0 wrote it. */
    static final String RECORD_0_1_0 = """
            {
              "schema": 1,
              "environment": "production",
              "action": "deploy",
              "outcome": "succeeded",
              "version": "1.2.0",
              "tag": "v1.2.0",
              "commit": "0123456789abcdef0123456789abcdef01234567",
              "time": "2024-05-01T10:00:00Z",
              "user": "ann <ann@example.com>",
              "forced": false,
              "reason": null,
              "rollbackVersion": null,
              "rollbackCommand": null,
              "health": {
                "healthy": true,
                "checks": 3,
                "failures": 1,
                "p50Millis": 12,
                "p95Millis": 40,
                "message": "fine"
              },
              "message": "Deployed 1.2.0 to production"
            }
            """;

    private static String with(String field, String json) {
        return RECORD_0_1_0.replaceFirst("\"" + field + "\": [^\\n]*?(,?)\\n",
                "\"" + field + "\": " + json.replace("\\", "\\\\").replace("$", "\\$") + "$1\n");
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> LedgerRecord.fromJson(json))
                .getMessage();
    }

    @Nested
    class Compatibility {

        @Test
        void shouldReadARecordWrittenByVersion010() {
            LedgerRecord r = LedgerRecord.fromJson(RECORD_0_1_0);
            assertEquals("production", r.environment());
            assertEquals(Action.DEPLOY, r.action());
            assertEquals(Outcome.SUCCEEDED, r.outcome());
            assertEquals("1.2.0", r.version());
            assertEquals(Optional.of("v1.2.0"), r.tag());
            assertEquals(Instant.parse("2024-05-01T10:00:00Z"), r.time());
            assertEquals(Optional.of(new HealthReport(true, 3, 1, Optional.of(12L),
                    Optional.of(40L), "fine")), r.health());
            assertEquals("Deployed 1.2.0 to production", r.message());
        }

        @Test
        void shouldWriteWhatItReadsBack() {
            LedgerRecord r = LedgerRecord.fromJson(RECORD_0_1_0);
            assertEquals(r, LedgerRecord.fromJson(r.toJson()));
            assertTrue(r.toJson().contains("\"schema\": " + LedgerRecord.SCHEMA), r.toJson());
        }

        @Test
        void shouldSkipFieldsAddedByNewerWritersOfTheSameSchema() {
            LedgerRecord r = LedgerRecord.fromJson(RECORD_0_1_0.replace("\"forced\": false,",
                    "\"forced\": false, \"monitor\": {\"samples\": [1, 2]},"));
            assertEquals("1.2.0", r.version());
        }

        @Test
        void shouldReadAbsentOptionalFields() {
            LedgerRecord r = LedgerRecord.fromJson("{\"schema\":1,\"environment\":\"dev\","
                    + "\"action\":\"deploy\",\"outcome\":\"planned\","
                    + "\"version\":\"1.3.0-SNAPSHOT\","
                    + "\"commit\":\"0123456789abcdef0123456789abcdef01234567\","
                    + "\"time\":\"2024-05-01T10:00:00Z\",\"user\":\"ann\"}");
            assertEquals(Optional.empty(), r.tag());
            assertEquals(Optional.empty(), r.health());
            assertEquals("", r.message());
        }

        @Test
        void shouldRefuseARecordOfANewerSchemaNamingTheUpgrade() {
            assertTrue(refusal(with("schema", "99")).contains("schema 99 was written by a newer"
                    + " release-process-maven-plugin"), refusal(with("schema", "99")));
        }
    }

    @Nested
    class Publications {

        static LedgerRecord published() {
            return new LedgerRecord("central", Action.PUBLISH, Outcome.SUCCEEDED, "1.3.0",
                    Optional.of("v1.3.0"), "0123456789abcdef0123456789abcdef01234567",
                    Instant.parse("2026-11-28T09:00:00Z"), "ci", false, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), "validated",
                    Optional.of(new LedgerRecord.Publication("http://127.0.0.1:9",
                            java.util.List.of(), Optional.of("0b6f2c1e-5a7d-4e2b-9c3f-1d2e3f4a5b6c"),
                            Optional.of("VALIDATED"))), Optional.empty());
        }

        @Test
        void shouldWritePublishRecordsWithSchemaTwoAndReadThemBack() {
            LedgerRecord r = published();

            assertTrue(r.toJson().contains("\"schema\": 2"), r.toJson());
            assertTrue(r.toJson().contains("\"deploymentId\": \"0b6f2c1e"), r.toJson());
            assertEquals(r, LedgerRecord.fromJson(r.toJson()));
            assertTrue(LedgerRecord.fromJson(RECORD_0_1_0).toJson().contains("\"schema\": 1"),
                    "deployment records stay schema 1");
            assertEquals(Optional.empty(), LedgerRecord.fromJson(RECORD_0_1_0).publication());
        }

        @Test
        void shouldRefuseForgedPublicationValues() {
            String json = published().toJson();
            assertTrue(refusal(json.replace("0b6f2c1e-5a7d-4e2b-9c3f-1d2e3f4a5b6c",
                    "../../x")).contains("publication.deploymentId"));
            assertTrue(refusal(json.replace("\"files\": []", "\"files\": [\"../../etc/passwd\"]"))
                    .contains("publication.files"));
        }

        @Test
        void shouldKeepPublicationsOutOfTheEnvironments() {
            DeploymentHistory history = new DeploymentHistory(java.util.List.of(
                    LedgerRecord.fromJson(RECORD_0_1_0), published()));

            assertEquals(java.util.Set.of("production"), history.environments());
            assertEquals(1, history.publications().size());
            assertEquals(java.util.List.of(), history.of("central"));
            String status = new StatusReport(new LedgerSnapshot(Optional.of("abc"),
                    java.util.List.of(LedgerRecord.fromJson(RECORD_0_1_0), published())),
                    java.util.List.of(), Optional.empty()).toJson();
            String publications = status.substring(status.indexOf("\"publications\""));
            assertTrue(publications.contains("\"schema\": 2") && publications.contains(
                    "\"deploymentState\": \"VALIDATED\""), status);
        }
    }

    @Nested
    class ForgedValues {

        @Test
        void shouldRefuseAVersionThatIsNotSemVer() {
            String why = refusal(with("version", "\"1.3.0/../../../../../victim\""));
            assertEquals("field version '1.3.0/../../../../../victim' is not a Semantic Version",
                    why);
        }

        @Test
        void shouldRefuseARollbackVersionThatIsNotSemVer() {
            assertTrue(refusal(with("rollbackVersion", "\"../x\"")).startsWith(
                    "field rollbackVersion '../x' is not a Semantic Version"));
        }

        @Test
        void shouldRefuseATagThatIsNotARefName() {
            assertTrue(refusal(with("tag", "\"v1.2.0/../../x\"")).startsWith(
                    "field tag 'v1.2.0/../../x' is not a valid tag name"));
            assertTrue(refusal(with("tag", "\"-\\u0000\"")).startsWith("field tag"));
        }

        @Test
        void shouldRefuseACommitThatIsNotAnObjectId() {
            assertTrue(refusal(with("commit", "\"HEAD~1\"")).startsWith(
                    "field commit 'HEAD~1' is not a full object id"));
        }

        @Test
        void shouldRefuseAnEnvironmentThatIsNotAName() {
            assertTrue(refusal(with("environment", "\"../../etc\"")).startsWith(
                    "field environment '../../etc' is not an environment id"));
        }

        @Test
        void shouldRefuseValuesOfTheWrongType() {
            assertTrue(refusal(with("forced", "[]")).startsWith("not a JSON record"));
            assertTrue(refusal(RECORD_0_1_0 + "{}").startsWith("not a JSON record"));
            assertTrue(refusal("null").startsWith("not a JSON record"));
        }

        @Test
        void shouldRefuseAnUnknownOutcome() {
            assertTrue(refusal(with("outcome", "\"exploded\"")).startsWith(
                    "field outcome 'exploded' is not one of [planned"));
        }
    }
}
