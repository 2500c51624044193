package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The short aliases on a real goal, with Maven's precedence of a POM value. */
class MojoUserPropertiesTest {

    private static PluginDescriptor plugin;

    private final List<String> warnings = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(CharSequence content) {
        }
    };

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (Reader reader = Files.newBufferedReader(
                Path.of("target/classes/META-INF/maven/plugin.xml"), StandardCharsets.UTF_8)) {
            plugin = new PluginDescriptorBuilder().build(reader);
        }
    }

    /** The execution Maven would make of prepare: POM values, else ${property} expressions. */
    private static MojoExecution prepare(String... pomValues) {
        MojoExecution execution = new MojoExecution(plugin.getMojo("prepare"));
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        for (String name : List.of("dryRun", "developmentVersion", "releaseVersion")) {
            Xpp3Dom child = new Xpp3Dom(name);
            child.setValue("${release-process." + name + "}");
            configuration.addChild(child);
        }
        for (int i = 0; i < pomValues.length; i += 2) {
            configuration.getChild(pomValues[i]).setValue(pomValues[i + 1]);
        }
        execution.setConfiguration(configuration);
        return execution;
    }

    private static Properties user(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    private static Object field(Object mojo, Class<?> type, String name) throws Exception {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(mojo);
    }

    @Test
    void shouldGiveTheAliasTheEffectOfTheNamespacedProperty() throws Exception {
        PrepareMojo mojo = new PrepareMojo();
        MojoUserProperties.settle(mojo, prepare(), user("dryRun", "true", "releaseVersion", "2.0.0",
                "developmentVersion", "2.1.0-SNAPSHOT"), log);
        assertEquals(true, field(mojo, PrepareMojo.class, "dryRun"));
        assertEquals("2.1.0-SNAPSHOT", field(mojo, PrepareMojo.class, "developmentVersion"));
        assertEquals("2.0.0", field(mojo, AbstractVersioningMojo.class, "releaseVersion"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void shouldLetAPomValueWinAndSaySo() throws Exception {
        PrepareMojo mojo = new PrepareMojo();
        MojoUserProperties.settle(mojo, prepare("dryRun", "false"), user("dryRun", "true"), log);
        assertEquals(false, field(mojo, PrepareMojo.class, "dryRun"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("-Drelease-process.dryRun is ignored: the POM sets"
                + " <dryRun>false</dryRun>"), warnings.get(0));
    }

    @Test
    void shouldRefuseAMisspeltPropertyBeforeSettingAnything() throws Exception {
        PrepareMojo mojo = new PrepareMojo();
        assertThrows(RefusalException.class, () -> MojoUserProperties.settle(mojo, prepare(),
                user("release-process.dryrun", "true", "dryRun", "true"), log));
        assertEquals(false, field(mojo, PrepareMojo.class, "dryRun"));
    }

    @Test
    void shouldReadTheTestBuildsArgumentsUnderMavenReleasePluginsName() throws Exception {
        PrepareMojo mojo = new PrepareMojo();
        MojoUserProperties.settle(mojo, prepare(), user("arguments", "-Psign -Dx=\"a b\""), log);
        assertEquals("-Psign -Dx=\"a b\"", field(mojo, PrepareMojo.class, "arguments"));
        assertThrows(RefusalException.class, () -> MojoUserProperties.settle(new PrepareMojo(),
                prepare(), user("arguments", "-Psign", "release-process.arguments", "-Pother"),
                log));
    }
}
