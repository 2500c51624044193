package io.github.releaseprocess.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.build.BuildResult;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.testing.GitScenario;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployments of one component of a monorepo ({@code -Drelease-process.component}): its tags,
 * its records; the ledger stays readable for records without a component.
 *
 * <pre>
 * * feat: app 2    (app-v2.0.0)
 * * feat: lib 1    (lib-v1.0.0, v0.9.0)
 * </pre>
 */
class ComponentDeploymentTest {

    @TempDir
    Path dir;

    private Deployer deployer(GitLedger ledger, String component, String tagFormat) {
        Environment staging = new Environment("staging", List.of(), List.of("package"), Map.of(),
                List.of(), Optional.empty(), Optional.empty(), false, Environment.Source.TAG,
                Duration.ofMinutes(1));
        return new Deployer(new DeploySettings(dir, dir.resolve("target/deploy"),
                List.of(staging), TagFormat.of(tagFormat, null), Optional.empty(),
                Optional.ofNullable(component)), ledger,
                (invocation, output) -> BuildResult.succeeded(),
                new HealthChecker(Reporter.SILENT, d -> { }), Reporter.SILENT,
                Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void shouldDeployAComponentFromItsTagsAndKeepItsRecordsApart() throws Exception {
        try (GitScenario git = GitScenario.init(dir)) {
            git.commitFile("lib/pom.xml", "feat: lib 1").tag("lib-v1.0.0").tag("v0.9.0");
            git.commitFile("app/pom.xml", "feat: app 2").tag("app-v2.0.0");
        }
        try (GitLedger ledger = GitLedger.open(dir)) {
            deployer(ledger, null, "v@{version}").deploy(new DeployRequest("staging",
                    Optional.empty(), false, Optional.empty()));
            deployer(ledger, "lib", "lib-v@{version}").deploy(new DeployRequest("staging",
                    Optional.empty(), false, Optional.empty()));
            deployer(ledger, "app", "app-v@{version}").deploy(new DeployRequest("staging",
                    Optional.empty(), false, Optional.empty()));

            LedgerSnapshot all = ledger.read();
            assertEquals(List.of("0.9.0 -", "0.9.0 -", "1.0.0 lib", "1.0.0 lib", "2.0.0 app",
                    "2.0.0 app"), all.records().stream().map(r -> r.version() + " "
                            + r.component().orElse("-")).toList());
            assertEquals(Optional.of("2.0.0"), all.forComponent(Optional.of("app")).history()
                    .current("staging").map(LedgerRecord::version));
            assertEquals(Optional.of("1.0.0"), all.forComponent(Optional.of("lib")).history()
                    .current("staging").map(LedgerRecord::version));
            assertEquals(all.tip(), all.forComponent(Optional.of("lib")).tip());
            List<String> lines = new StatusReport(all.forComponent(Optional.of("lib")),
                    List.of("staging"), Optional.empty(), Optional.empty()).lines();
            assertTrue(lines.get(0).contains("lib 1.0.0  since"), lines.toString());
            LedgerRecord stored = LedgerRecord.fromJson(all.records().get(2).toJson());
            assertEquals(Optional.of("lib"), stored.component());
            assertTrue(all.records().get(2).toJson().contains("\"component\": \"lib\""));
            assertEquals(Optional.empty(), LedgerRecord.fromJson(all.records().get(0).toJson())
                    .component(), "a record without a component reads as before");
        }
    }
}
