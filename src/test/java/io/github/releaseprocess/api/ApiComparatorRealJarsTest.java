package io.github.releaseprocess.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.semver.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two real releases from Maven Central, copied by the build (maven-dependency-plugin, execution
 * {@code api-check-real-pair}): JUnit 6.0 removed the deprecated {@code MethodOrderer.Alphanumeric}
 * and {@code InvocationInterceptor.interceptDynamicTest(Invocation, ExtensionContext)}, while it
 * added API too (e.g. {@code JRE.JAVA_26}).
 */
class ApiComparatorRealJarsTest {

    @Test
    void shouldFindTheRemovalsOfJUnitSix() {
        Path dir = Path.of(System.getProperty("api.pair.dir", "target/api-pair"));
        Path old = dir.resolve("junit-jupiter-api-5.14.1.jar");
        Path now = dir.resolve("junit-jupiter-api-6.1.3.jar");
        assertTrue(Files.isRegularFile(old) && Files.isRegularFile(now),
                "the build copies both jars to " + dir + " (generate-test-resources)");

        ApiReport report = new ApiComparator(List.of()).compare(old,
                "org.junit.jupiter:junit-jupiter-api:5.14.1", now, "junit-jupiter-api-6.1.3.jar");

        assertEquals(Version.Level.MAJOR, report.level());
        List<String> incompatible = report.incompatible().stream().map(ApiChange::describe)
                .toList();
        assertTrue(incompatible.contains("org.junit.jupiter.api.MethodOrderer$Alphanumeric:"
                + " class removed (binary and source incompatible)"), incompatible.toString());
        assertTrue(incompatible.contains("org.junit.jupiter.api.extension.InvocationInterceptor"
                + "#interceptDynamicTest(org.junit.jupiter.api.extension.InvocationInterceptor"
                + "$Invocation, org.junit.jupiter.api.extension.ExtensionContext): method removed"
                + " (binary and source incompatible)"), incompatible.toString());
        assertTrue(report.additions().stream().anyMatch(c -> c.element().startsWith(
                "org.junit.jupiter.api.")), report.summary());

        // Excluding the package that holds the removals leaves the rest of the comparison.
        ApiReport withoutExtensions = new ApiComparator(List.of(
                "org.junit.jupiter.api.extension", "org.junit.jupiter.api.MethodOrderer$Alphanumeric"))
                .compare(old, "5.14.1", now, "6.1.3");
        assertTrue(withoutExtensions.incompatible().stream().noneMatch(c -> c.className()
                .startsWith("org.junit.jupiter.api.extension.")
                || c.className().endsWith("$Alphanumeric")), withoutExtensions.summary());
    }
}
