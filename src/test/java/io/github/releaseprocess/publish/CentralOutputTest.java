package io.github.releaseprocess.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading central-publishing-maven-plugin's output: the recorded (reconstructed) logs in
 * src/test/resources/central, and lines that only look alike.
 */
class CentralOutputTest {

    static List<String> recorded(String name) throws IOException {
        try (InputStream in = CentralOutputTest.class.getResourceAsStream("/central/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@PORTAL@", "http://127.0.0.1:9").lines().toList();
        }
    }

    static List<CentralDeployment> read(CentralOutput output, List<String> lines) {
        List<CentralDeployment> seen = new ArrayList<>();
        lines.forEach(line -> output.read(line).ifPresent(seen::add));
        return seen;
    }

    @Test
    void shouldReadTheDeploymentIdAndItsValidation() throws IOException {
        CentralOutput output = new CentralOutput();

        List<CentralDeployment> seen = read(output, recorded("publish-validated.log"));

        assertEquals(List.of("UPLOADED", "VALIDATED"), seen.stream().map(CentralDeployment::state)
                .toList());
        CentralDeployment last = seen.get(1);
        assertEquals("0b6f2c1e-5a7d-4e2b-9c3f-1d2e3f4a5b6c", last.id());
        assertEquals(Optional.of("http://127.0.0.1:9"), last.portalUrl());
        assertTrue(last.isValidated());
        assertTrue(output.sawCentralPlugin());
        assertTrue(output.uploadStarted());
    }

    @Test
    void shouldReadAnUploadWithoutWaitingAndAFailedValidation() throws IOException {
        assertEquals(List.of("UPLOADED"), read(new CentralOutput(),
                recorded("publish-uploaded.log")).stream().map(CentralDeployment::state).toList());
        List<CentralDeployment> failed = read(new CentralOutput(), recorded("publish-failed.log"));
        assertEquals("FAILED", failed.get(failed.size() - 1).state());
        assertEquals("5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170", failed.get(0).id());
    }

    @Test
    void shouldTellAnUploadThatStartedButNamedNoDeployment() throws IOException {
        CentralOutput output = new CentralOutput();
        List<String> lines = recorded("publish-uploaded.log");
        read(output, lines.subList(0, lines.indexOf(lines.stream().filter(l -> l.contains(
                "Uploaded bundle")).findFirst().orElseThrow())));

        assertTrue(output.uploadStarted());
        assertTrue(output.deployment().isEmpty());
    }

    @Test
    void shouldIgnoreLinesThatOnlyLookAlike() {
        CentralOutput output = new CentralOutput();

        read(output, List.of("[INFO] Deployment will require manual publishing",
                "[INFO] Uploaded bundle successfully, deploymentId: not-a-uuid",
                "[INFO] Going to upload /tmp/other.zip",
                "[INFO] --- maven-deploy-plugin:3.1.4:deploy (default-deploy) @ demo ---"));

        assertFalse(output.sawCentralPlugin());
        assertTrue(output.deployment().isEmpty());
    }
}
