package io.github.releaseprocess.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionTest {

    /**
     * googleapis/sdk-platform-java: the root POM aggregates modules that do not inherit from it,
     * so after init wrote the plugin into it, 'mvn release-process:next-version' failed with "No
     * plugin found for prefix 'release-process'". The advice names the plugin in full.
     */
    @Test
    void shouldAdviseTheNextStepsByFullCoordinates() {
        List<String> steps = Adoption.nextSteps("io.github.releaseprocess",
                "release-process-maven-plugin", "1.2.0");
        assertEquals("mvn io.github.releaseprocess:release-process-maven-plugin:1.2.0:next-version",
                steps.get(0));
        assertEquals("mvn io.github.releaseprocess:release-process-maven-plugin:1.2.0:prepare"
                + " -DdryRun", steps.get(1));
        assertTrue(steps.get(2).contains("<pluginGroup>io.github.releaseprocess</pluginGroup>"),
                steps.get(2));
        for (String step : steps.subList(0, 2)) {
            assertTrue(step.length() <= 90, "fits a 100-column log after '[INFO]   ': " + step);
        }
    }
}
