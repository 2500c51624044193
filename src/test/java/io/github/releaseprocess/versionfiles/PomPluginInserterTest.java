package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.releaseprocess.core.RefusalException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PomPluginInserterTest {

    private static final List<String> BLOCK = List.of("<plugin>", "  <groupId>g</groupId>",
            "  <artifactId>p</artifactId>", "  <configuration>", "    <a>1</a>",
            "  </configuration>", "</plugin>");

    private static String insert(String pom) {
        return new String(PomPluginInserter.insert("pom.xml",
                pom.getBytes(StandardCharsets.UTF_8), BLOCK, "p"), StandardCharsets.UTF_8);
    }

    @Test
    void shouldAppendToExistingPluginsKeepingEveryOtherByte() {
        String pom = "<?xml version=\"1.0\"?>\n<project>\n  <!-- c -->\n  <build>\n    <plugins>\n"
                + "      <plugin><artifactId>x</artifactId></plugin>\n    </plugins>\n  </build>\n"
                + "</project>\n";
        assertEquals(pom.replace("    </plugins>", "      <plugin>\n        <groupId>g</groupId>\n"
                + "        <artifactId>p</artifactId>\n        <configuration>\n          <a>1</a>\n"
                + "        </configuration>\n      </plugin>\n    </plugins>"), insert(pom));
    }

    @Test
    void shouldCreateBuildAndPluginsWithTheFilesTabsAndLineEndings() {
        String pom = "<project>\r\n\t<modelVersion>4.0.0</modelVersion>\r\n</project>\r\n";
        assertEquals("<project>\r\n\t<modelVersion>4.0.0</modelVersion>\r\n\t<build>\r\n"
                + "\t\t<plugins>\r\n\t\t\t<plugin>\r\n\t\t\t\t<groupId>g</groupId>\r\n"
                + "\t\t\t\t<artifactId>p</artifactId>\r\n\t\t\t\t<configuration>\r\n"
                + "\t\t\t\t\t<a>1</a>\r\n\t\t\t\t</configuration>\r\n\t\t\t</plugin>\r\n"
                + "\t\t</plugins>\r\n\t</build>\r\n</project>\r\n", insert(pom));
    }

    @Test
    void shouldNotMistakePluginManagementForThePlugins() {
        String pom = "<project>\n    <build>\n        <pluginManagement>\n            <plugins/>\n"
                + "        </pluginManagement>\n    </build>\n</project>\n";
        String out = insert(pom);
        assertEquals(pom.replace("    </build>", "        <plugins>\n            <plugin>\n"
                + "                <groupId>g</groupId>\n                <artifactId>p</artifactId>\n"
                + "                <configuration>\n                    <a>1</a>\n"
                + "                </configuration>\n            </plugin>\n        </plugins>\n"
                + "    </build>"), out);
    }

    @Test
    void shouldOpenASelfClosingPlugins() {
        String pom = "<project>\n  <build>\n    <plugins/>\n  </build>\n</project>\n";
        assertEquals("<project>\n  <build>\n    <plugins>\n      <plugin>\n        <groupId>g"
                + "</groupId>\n        <artifactId>p</artifactId>\n        <configuration>\n"
                + "          <a>1</a>\n        </configuration>\n      </plugin>\n    </plugins>\n"
                + "  </build>\n</project>\n", insert(pom));
    }

    @Test
    void shouldRefuseASecondDeclaration() {
        String pom = "<project>\n  <build>\n    <plugins>\n      <plugin>\n        <artifactId>p"
                + "</artifactId>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n";
        RefusalException e = assertThrows(RefusalException.class, () -> insert(pom));
        assertEquals("pom.xml:4: the plugin p is there already; edit its <configuration> by hand,"
                + " or remove it and run init again.", e.getMessage());
    }
}
