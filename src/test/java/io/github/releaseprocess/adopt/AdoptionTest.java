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

    @Test
    void shouldNestTheComponentsAndTheirGroupInTheConfiguration() {
        Adoption adoption = new Adoption(List.of(), java.util.Map.of(), java.util.Map.of(),
                List.of(), java.util.Optional.empty(), List.of(new Adoption.Component("lib", "lib",
                        "lib/v@{version}", List.of("lib/gen"), java.util.Optional.of("none"))),
                java.util.Optional.of("released-together"));
        assertEquals(List.of("<plugin>", "  <groupId>g</groupId>", "  <artifactId>a</artifactId>",
                "  <version>1</version>", "  <configuration>", "    <components>",
                "      <component>", "        <id>lib</id>", "        <path>lib</path>",
                "        <tagFormat>lib/v@{version}</tagFormat>", "        <excludePaths>",
                "          <excludePath>lib/gen</excludePath>", "        </excludePaths>",
                "        <changelog>none</changelog>", "      </component>", "    </components>",
                "    <groups>", "      <group>", "        <id>released-together</id>",
                "        <members>", "          <member>lib</member>", "        </members>",
                "      </group>", "    </groups>", "  </configuration>", "</plugin>"),
                adoption.pluginLines("g", "a", "1"));
    }
}
