package io.github.releaseprocess.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Portal's status and publish calls, against a loopback fake of the publisher API. */
class PortalClientTest {

    static final String ID = "0b6f2c1e-5a7d-4e2b-9c3f-1d2e3f4a5b6c";

    static CentralDeployment uploaded() {
        return new CentralDeployment(ID, "UPLOADED", Optional.empty(), List.of());
    }

    static PortalClient client(PortalFake portal) {
        return new PortalClient(portal.url(), Optional.of(PortalClient.bearer("name", "pw")),
                Reporter.SILENT, Duration.ofMillis(20), Clock.systemUTC());
    }

    @Test
    void shouldPollUntilValidated() throws IOException {
        try (PortalFake portal = new PortalFake()) {
            portal.states(ID, "PENDING", "VALIDATING", "VALIDATED");

            CentralDeployment d = client(portal).await(uploaded(), CentralWait.VALIDATED,
                    Duration.ofSeconds(5));

            assertEquals("VALIDATED", d.state());
            assertEquals(3, portal.calls().size());
        }
    }

    @Test
    void shouldNameThePortalsErrorsOfAFailedDeployment() {
        try (PortalFake portal = new PortalFake()) {
            portal.states(ID, "VALIDATING", "FAILED");

            RefusalException e = assertThrows(RefusalException.class, () -> client(portal)
                    .await(uploaded(), CentralWait.VALIDATED, Duration.ofSeconds(5)));

            assertTrue(e.getMessage().startsWith("The Central Portal refused deployment " + ID
                    + " (FAILED): pkg:maven/com.example/demo@1.3.0: Javadocs must be provided"
                    + " but not found in entries; fix the POM"), e.getMessage());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldStopWaitingWithTheCommandThatGoesOn() throws IOException {
        try (PortalFake portal = new PortalFake()) {
            portal.states(ID, "VALIDATING");

            RefusalException e = assertThrows(RefusalException.class, () -> client(portal)
                    .await(uploaded(), CentralWait.VALIDATED, Duration.ofMillis(100)));

            assertTrue(e.getMessage().contains("is still VALIDATING after"), e.getMessage());
        }
    }

    @Test
    void shouldPublishAValidatedDeploymentWhenAskedToWaitForPublished() throws IOException {
        try (PortalFake portal = new PortalFake()) {
            portal.states(ID, "VALIDATED");
            PublishRequest request = PublishRequest.defaults(java.nio.file.Path.of("."),
                    java.nio.file.Path.of("target"), Optional.empty())
                    .withPortal(Optional.of(portal.url()), Optional.of("dG9rZW4="));

            CentralDeployment d = new Publisher((i, o) -> null, Reporter.SILENT,
                    Duration.ofMillis(20)).awaitCentral(request, uploaded(),
                            CentralWait.PUBLISHED);

            assertEquals("PUBLISHED", d.state());
            assertEquals(List.of("status " + ID, "publish " + ID, "status " + ID,
                    "status " + ID), portal.calls());
        }
    }

    @Test
    void shouldSayWhichTokenWhenThePortalRefusesIt() throws IOException {
        try (PortalFake portal = new PortalFake()) {
            portal.failWith(401);

            IOException e = assertThrows(IOException.class, () -> client(portal)
                    .status(uploaded()));

            assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains(
                    "<server> with <id>central</id>"), e.getMessage());
        }
    }
}
