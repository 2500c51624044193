package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code release-process.*} properties, judged against the generated plugin descriptor. */
class PluginPropertiesTest {

    private static PluginProperties properties;

    @BeforeAll
    static void readDescriptor() throws Exception {
        // The descriptor Maven reads at run time: every goal, every parameter.
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        PluginDescriptor plugin;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            plugin = new PluginDescriptorBuilder().build(reader);
        }
        Map<String, Set<String>> byGoal = new HashMap<>();
        for (MojoDescriptor mojo : plugin.getMojos()) {
            Set<String> declared = new HashSet<>();
            for (Parameter p : mojo.getParameters() == null ? List.<Parameter>of()
                    : mojo.getParameters()) {
                String e = p.getExpression();
                if (e != null && e.startsWith("${release-process.")) {
                    declared.add(e.substring(2, e.length() - 1));
                }
            }
            byGoal.put(mojo.getGoal(), declared);
        }
        properties = new PluginProperties(byGoal);
    }

    private static Properties user(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Nested
    class KnownProperties {
        @Test
        void shouldKnowEveryAliasUnderItsNamespacedName() {
            for (String alias : PluginProperties.ALIASES) {
                assertTrue(properties.known().contains("release-process." + alias),
                        "release-process." + alias + " is not a parameter's property");
            }
        }

        @Test
        void shouldKnowWhatThePluginSetsItself() {
            assertTrue(properties.known().contains("release-process.nextVersion"));
            assertEquals(List.of(), properties.check(user("release-process.nextVersion", "1.2.0"),
                    "next-version"));
        }

        @Test
        void shouldOnlyMentionAKnownPropertyTheGoalDoesNotUse() {
            assertEquals(List.of("-Drelease-process.environment is not a setting of prepare; it is"
                    + " ignored here"), properties.check(user("release-process.environment",
                            "staging", "release-process.dryRun", "true"), "prepare"));
        }

        @Test
        void shouldLeaveOtherPropertiesAndTestHooksAlone() {
            assertEquals(List.of(), properties.check(user("dryRun", "true", "skipTests", "true",
                    "release-process.test.haltAfterStep", "tag"), "prepare"));
        }
    }

    /** The docs must not advertise a property that the plugin would refuse as unknown. */
    @Test
    void shouldKnowEveryPropertyTheDocsTellUsersToPass() throws Exception {
        java.util.regex.Pattern mention = java.util.regex.Pattern.compile(
                "-D(release-process\\.[A-Za-z][A-Za-z.]*[A-Za-z])");
        List<Path> pages = new java.util.ArrayList<>(List.of(Path.of("README.md")));
        try (java.util.stream.Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> unknown = new java.util.ArrayList<>();
        for (Path page : pages) {
            java.util.regex.Matcher m = mention.matcher(Files.readString(page,
                    StandardCharsets.UTF_8));
            while (m.find()) {
                String name = m.group(1);
                // A page that explains the typo refusal may show a typo.
                boolean typoExample = properties.suggestion(name).isPresent()
                        && Files.readString(page, StandardCharsets.UTF_8).contains("did you mean");
                if (!properties.known().contains(name) && !typoExample
                        && !name.startsWith(PluginProperties.TEST_HOOKS)) {
                    unknown.add(page + ": -D" + name);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Nested
    class Typos {
        @Test
        void shouldRefuseAMisspeltPropertyNamingTheOneMeant() {
            RefusalException e = assertThrows(RefusalException.class, () -> properties.check(
                    user("release-process.dryrun", "true"), "prepare"));
            assertTrue(e.getMessage().contains("-Drelease-process.dryrun (did you mean"
                    + " -Drelease-process.dryRun?)"), e.getMessage());
            assertTrue(e.getMessage().contains("Nothing was changed."), e.getMessage());
        }

        @Test
        void shouldSuggestAcrossATransposition() {
            assertEquals(Optional.of("release-process.releaseVersion"),
                    properties.suggestion("release-process.relaseVersion"));
        }

        @Test
        void shouldRefuseAnUnknownPropertyWithoutAGuessWhenNothingIsNear() {
            RefusalException e = assertThrows(RefusalException.class, () -> properties.check(
                    user("release-process.frobnicateEverything", "x"), "prepare"));
            assertTrue(!e.getMessage().contains("did you mean"), e.getMessage());
            assertTrue(e.getMessage().contains("release-process:help -Ddetail"), e.getMessage());
        }
    }

    @Nested
    class Aliases {
        @Test
        void shouldReadTheAliasWhenOnlyItIsGiven() {
            assertEquals(Optional.of("true"), PluginProperties.given(user("dryRun", "true"),
                    "dryRun"));
        }

        @Test
        void shouldReadTheNamespacedNameWhenOnlyItIsGiven() {
            assertEquals(Optional.of("2.0.0"), PluginProperties.given(
                    user("release-process.releaseVersion", "2.0.0"), "releaseVersion"));
        }

        @Test
        void shouldAcceptBothWhenTheyAgree() {
            assertEquals(Optional.of("true"), PluginProperties.given(
                    user("release-process.dryRun", "true", "dryRun", ""), "dryRun"));
        }

        @Test
        void shouldRefuseBothWhenTheyDisagree() {
            RefusalException e = assertThrows(RefusalException.class, () -> PluginProperties
                    .given(user("release-process.dryRun", "false", "dryRun", "true"), "dryRun"));
            assertTrue(e.getMessage().contains("disagree"), e.getMessage());
        }
    }
}
