package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change per module of a monorepo's release: each module its own version, every reference to
 * it in the reactor (parent, dependency, managed dependency, BOM import, plugin, property) as the
 * rule says, byte for byte.
 */
class ModuleVersionsTest {

    @TempDir
    Path root;

    private static final String ROOT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>root</artifactId>
              <version>1.0.0-SNAPSHOT</version>
              <packaging>pom</packaging>
              <modules>
                <module>library</module>
                <module>service</module>
                <module>tools/tool</module>
                <module>bom</module>
              </modules>
            </project>
            """;

    private static final String LIBRARY = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>g</groupId>
                <artifactId>root</artifactId>
                <version>1.0.0-SNAPSHOT</version>
              </parent>
              <artifactId>library</artifactId>
              <version>1.2.1-SNAPSHOT</version>
            </project>
            """;

    private static final String SERVICE = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>service</artifactId>
              <version>2.0.1-SNAPSHOT</version>\r
              <properties>
                <tool.version>0.4.0-SNAPSHOT</tool.version> <!-- keep -->
              </properties>
              <dependencyManagement><dependencies>
                <dependency><groupId>g</groupId><artifactId>bom</artifactId><version>3.0.0</version>
                  <type>pom</type><scope>import</scope></dependency>
              </dependencies></dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>${project.groupId}</groupId>
                  <artifactId>library</artifactId>
                  <version>  1.2.1-SNAPSHOT </version>
                </dependency>
                <dependency><groupId>g</groupId><artifactId>tool</artifactId><version>${tool.version}</version></dependency>
              </dependencies>
              <build><plugins><plugin><groupId>g</groupId><artifactId>tool</artifactId>
                <version>${tool.version}</version></plugin></plugins></build>
            </project>
            """;

    private static final String TOOL = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>tool</artifactId>
              <version>0.4.0-SNAPSHOT</version>
            </project>
            """;

    private static final String BOM = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <groupId>g</groupId>
              <artifactId>bom</artifactId>
              <version>3.0.0</version>
              <packaging>pom</packaging>
              <dependencyManagement><dependencies>
                <dependency><groupId>g</groupId><artifactId>library</artifactId><version>1.2.1-SNAPSHOT</version></dependency>
                <dependency><groupId>g</groupId><artifactId>tool</artifactId><version>0.3.0</version></dependency>
              </dependencies></dependencyManagement>
            </project>
            """;

    private void reactor() throws IOException {
        write("pom.xml", ROOT);
        write("library/pom.xml", LIBRARY);
        write("service/pom.xml", SERVICE);
        write("tools/tool/pom.xml", TOOL);
        write("bom/pom.xml", BOM);
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** library and service released; tool not (last release 0.3.0); root and bom not at all. */
    private final ModuleVersionRequest.ReferenceRule release = (target, text, site) -> switch (target) {
        case "g:library" -> "1.3.0";
        case "g:service" -> "2.0.1";
        case "g:tool" -> text.endsWith("-SNAPSHOT") && !site.holder().equals("g:tool") ? "0.3.0"
                : null;
        default -> null;
    };

    private VersionChangePlan plan(ModuleVersionRequest.ReferenceRule rule,
            Map<Path, byte[]> originals) throws IOException {
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        return VersionSetter.plan(new ModuleVersionRequest(root, modules,
                Map.of("g:library", "1.3.0", "g:service", "2.0.1"), rule, originals,
                Optional.empty()), Reporter.SILENT);
    }

    @Test
    void shouldMoveEachReleasedModuleAndEveryReferenceToIt() throws IOException {
        reactor();

        VersionChangePlan plan = plan(release, Map.of());
        plan.apply();

        assertEquals(LIBRARY.replace("1.2.1-SNAPSHOT", "1.3.0"),
                Files.readString(root.resolve("library/pom.xml")));
        assertEquals(SERVICE.replace("2.0.1-SNAPSHOT", "2.0.1")
                .replace("  1.2.1-SNAPSHOT ", "  1.3.0 ")
                .replace("<tool.version>0.4.0-SNAPSHOT", "<tool.version>0.3.0"),
                Files.readString(root.resolve("service/pom.xml")));
        assertEquals(BOM.replace("1.2.1-SNAPSHOT", "1.3.0"),
                Files.readString(root.resolve("bom/pom.xml")), "a BOM lists the new versions");
        assertEquals(TOOL, Files.readString(root.resolve("tools/tool/pom.xml")));
        assertEquals(ROOT, Files.readString(root.resolve("pom.xml")));
        // What the no-SNAPSHOT gate reads: library's parent is the only SNAPSHOT reference left.
        List<String> snapshots = plan.references().stream()
                .filter(r -> r.version().endsWith("-SNAPSHOT"))
                .map(r -> r.site() + " -> " + r.version()).toList();
        assertEquals(List.of("library/pom.xml:6: parent/version -> 1.0.0-SNAPSHOT"), snapshots);
    }

    /** The next development versions; pinned references go back to what they were. */
    @Test
    void shouldPutPinnedReferencesBackFromTheOriginals() throws IOException {
        reactor();
        Map<Path, byte[]> originals = new HashMap<>();
        for (String pom : List.of("pom.xml", "library/pom.xml", "service/pom.xml",
                "tools/tool/pom.xml", "bom/pom.xml")) {
            originals.put(root.resolve(pom).toAbsolutePath().normalize(),
                    Files.readAllBytes(root.resolve(pom)));
        }
        plan(release, Map.of()).apply();

        ModuleVersionRequest.ReferenceRule development = (target, text, site) -> switch (target) {
            case "g:library" -> "1.3.1-SNAPSHOT";
            case "g:service" -> "2.0.2-SNAPSHOT";
            default -> site.original().orElse(null);
        };
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        VersionSetter.plan(new ModuleVersionRequest(root, modules,
                Map.of("g:library", "1.3.1-SNAPSHOT", "g:service", "2.0.2-SNAPSHOT"),
                development, originals, Optional.empty()), Reporter.SILENT).apply();

        assertEquals(SERVICE.replace("2.0.1-SNAPSHOT", "2.0.2-SNAPSHOT")
                .replace("  1.2.1-SNAPSHOT ", "  1.3.1-SNAPSHOT "),
                Files.readString(root.resolve("service/pom.xml")));
        assertEquals(BOM.replace("1.2.1-SNAPSHOT", "1.3.1-SNAPSHOT"),
                Files.readString(root.resolve("bom/pom.xml")));
    }

    /** release-please's files follow the modules that move, by artifactId; other rows stay. */
    @Test
    void shouldMoveTheRowsAndMarkersOfTheModulesThatMove() throws IOException {
        reactor();
        write("versions.txt", "# module:released-version:current-version\n\n"
                + "library:1.2.0:1.2.1-SNAPSHOT\ntool:0.3.0:0.4.0-SNAPSHOT\n"
                + "service:0.9.0:0.9.1-SNAPSHOT\n");
        write("library/src/Version.java", "class Version {\n  static final String V ="
                + " \"1.2.1-SNAPSHOT\"; // {x-version-update:library:current}\n"
                + "  static final String T = \"0.4.0-SNAPSHOT\"; // {x-version-update:tool:current}\n}\n");
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        List<Path> tracked = List.of(root.resolve("versions.txt"),
                root.resolve("library/src/Version.java"));

        VersionSetter.plan(new ModuleVersionRequest(root, modules,
                Map.of("g:library", "1.3.0", "g:service", "2.0.1"), release, Map.of(),
                Optional.empty(), tracked, Map.of("g:service", "minor")), Reporter.SILENT)
                .apply();

        assertEquals("# module:released-version:current-version\n\n"
                + "library:1.3.0:1.3.0\ntool:0.3.0:0.4.0-SNAPSHOT\n"
                + "service:0.10.0:0.10.0\n", Files.readString(root.resolve("versions.txt")),
                "a row with numbers of its own moves by its component's level");
        assertEquals("class Version {\n  static final String V = \"1.3.0\"; //"
                + " {x-version-update:library:current}\n  static final String T ="
                + " \"0.4.0-SNAPSHOT\"; // {x-version-update:tool:current}\n}\n",
                Files.readString(root.resolve("library/src/Version.java")));
    }

    @Test
    void shouldRefuseAModuleThatInheritsItsVersionFromAParentMovingElsewhere() throws IOException {
        reactor();
        write("library/pom.xml", LIBRARY.replace("  <version>1.2.1-SNAPSHOT</version>\n", ""));
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));

        RefusalException e = assertThrows(RefusalException.class, () -> VersionSetter.plan(
                new ModuleVersionRequest(root, modules, Map.of("g:library", "1.3.0",
                        "g:root", "1.0.0"), release, Map.of(), Optional.empty()),
                Reporter.SILENT));

        assertTrue(e.getMessage().startsWith("library/pom.xml:3: g:library inherits its version"
                + " from parent g:root, which moves to 1.0.0, not 1.3.0"), e.getMessage());
    }
}
