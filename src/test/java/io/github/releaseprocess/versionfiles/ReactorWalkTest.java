package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code set-version -N}: the reactor read from the files ({@link ReactorReader#walk}) is the one
 * Maven collects, so the same release writes the same bytes.
 */
class ReactorWalkTest {

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        TestFiles.write(root, path, content);
    }

    private static String pom(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n"
                + inner + "</project>\n";
    }

    private static String parent(String artifactId, String relativePath) {
        return "  <parent>\n    <groupId>g</groupId>\n    <artifactId>" + artifactId
                + "</artifactId>\n    <version>1.0.0-SNAPSHOT</version>\n"
                + (relativePath == null ? "" : "    <relativePath>" + relativePath + "</relativePath>\n")
                + "  </parent>\n";
    }

    private ReactorModule module(String path, String artifactId, String version) {
        return new ReactorModule(root.resolve(path).toAbsolutePath().normalize(), "g", artifactId,
                version);
    }

    /**
     * root (aggregator: parent, apps, lib; profiles: optional, never) → apps (aggregator: app1;
     * profiles: app2 by default, app3 unless -DskipDocs, which turns the default off); app1's
     * parent is "parent", which aggregates nothing; lib's version is ${revision}.
     */
    private void reactor() throws IOException {
        write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                + "  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
                + "  <properties><revision>1.0.0-SNAPSHOT</revision></properties>\n"
                + "  <modules><module>parent</module><module>apps</module><module>lib</module></modules>\n"
                + "  <profiles><profile><id>o</id><activation><property><name>withOptional</name>"
                + "</property></activation><modules><module>optional</module></modules></profile>\n"
                + "  <profile><id>n</id><modules><module>never</module></modules></profile></profiles>\n"));
        write("parent/pom.xml", pom(parent("root", null) + "  <artifactId>parent</artifactId>\n"
                + "  <packaging>pom</packaging>\n  <dependencyManagement><dependencies><dependency>"
                + "<groupId>g</groupId><artifactId>lib</artifactId><version>1.0.0-SNAPSHOT</version>"
                + "</dependency></dependencies></dependencyManagement>\n"));
        write("apps/pom.xml", pom(parent("root", null) + "  <artifactId>apps</artifactId>\n"
                + "  <packaging>pom</packaging>\n  <modules><module>app1</module></modules>\n"
                + "  <profiles><profile><id>d</id><activation><activeByDefault>true</activeByDefault>"
                + "</activation><modules><module>app2</module></modules></profile>\n"
                + "  <profile><id>docs</id><activation><property><name>!skipDocs</name></property>"
                + "</activation><modules><module>app3</module></modules></profile></profiles>\n"));
        write("apps/app1/pom.xml", pom(parent("parent", "../../parent")
                + "  <artifactId>app1</artifactId>\n"));
        write("apps/app2/pom.xml", pom(parent("apps", null) + "  <artifactId>app2</artifactId>\n"));
        write("apps/app3/pom.xml", pom(parent("apps", null) + "  <artifactId>app3</artifactId>\n"
                + "  <dependencies><dependency><groupId>g</groupId><artifactId>app1</artifactId>"
                + "<version>1.0.0-SNAPSHOT</version></dependency></dependencies>\n"));
        write("lib/pom.xml", pom(parent("root", null) + "  <artifactId>lib</artifactId>\n"
                + "  <version>${revision}</version>\n"));
        write("optional/pom.xml", pom(parent("root", null) + "  <artifactId>optional</artifactId>\n"));
        write("never/pom.xml", pom(parent("root", null) + "  <artifactId>never</artifactId>\n"));
    }

    /** What Maven answers with -DwithOptional for the two POMs whose profiles list modules. */
    private List<Path> asked = new ArrayList<>();

    private List<String> mavenModules(Path pom) {
        asked.add(pom);
        return pom.getParent().getFileName().toString().equals("apps")
                ? List.of("app1", "app3") : List.of("parent", "apps", "lib", "optional");
    }

    @Test
    void shouldReadTheModulesMavenCollectsAndAskMavenOnlyAboutProfiles() throws IOException {
        reactor();

        List<ReactorModule> walked = ReactorReader.walk(root.resolve("pom.xml"), Map.of(),
                this::mavenModules);

        assertEquals(List.of(module("pom.xml", "root", "1.0.0-SNAPSHOT"),
                module("parent/pom.xml", "parent", "1.0.0-SNAPSHOT"),
                module("apps/pom.xml", "apps", "1.0.0-SNAPSHOT"),
                module("lib/pom.xml", "lib", "1.0.0-SNAPSHOT"),
                module("optional/pom.xml", "optional", "1.0.0-SNAPSHOT"),
                module("apps/app1/pom.xml", "app1", "1.0.0-SNAPSHOT"),
                module("apps/app3/pom.xml", "app3", "1.0.0-SNAPSHOT")), walked);
        assertEquals(List.of(root.resolve("pom.xml").toAbsolutePath().normalize(),
                root.resolve("apps/pom.xml").toAbsolutePath().normalize()), asked);
    }

    @Test
    void shouldWriteTheSameBytesAsTheReactorMavenCollected() throws IOException {
        reactor();
        List<ReactorModule> maven = List.of(module("pom.xml", "root", "1.0.0-SNAPSHOT"),
                module("parent/pom.xml", "parent", "1.0.0-SNAPSHOT"),
                module("apps/pom.xml", "apps", "1.0.0-SNAPSHOT"),
                module("apps/app1/pom.xml", "app1", "1.0.0-SNAPSHOT"),
                module("apps/app3/pom.xml", "app3", "1.0.0-SNAPSHOT"),
                module("lib/pom.xml", "lib", "1.0.0-SNAPSHOT"),
                module("optional/pom.xml", "optional", "1.0.0-SNAPSHOT"));
        ParsedPoms parsed = new ParsedPoms();
        List<ReactorModule> walked = ReactorReader.walk(root.resolve("pom.xml"), Map.of(),
                this::mavenModules, parsed);

        VersionChangePlan fromMaven = plan(maven);
        VersionChangePlan fromFiles = VersionSetter.plan(new VersionChangeRequest(root,
                "1.0.0-SNAPSHOT", "1.1.0", walked, List.of()), Reporter.SILENT, parsed);

        assertEquals(paths(fromMaven), paths(fromFiles));
        Map<Path, byte[]> written = new HashMap<>();
        fromFiles.changes().forEach(c -> written.put(c.file(), c.after()));
        for (FileChange c : fromMaven.changes()) {
            assertArrayEquals(c.after(), written.get(c.file()), c.file().toString());
        }
        assertEquals(List.of("apps/app1/pom.xml", "apps/app3/pom.xml", "apps/pom.xml",
                "lib/pom.xml", "optional/pom.xml", "parent/pom.xml", "pom.xml"), paths(fromFiles));
    }

    private VersionChangePlan plan(List<ReactorModule> modules) throws IOException {
        return VersionSetter.plan(new VersionChangeRequest(root, "1.0.0-SNAPSHOT", "1.1.0", modules,
                List.of()), Reporter.SILENT);
    }

    private List<String> paths(VersionChangePlan plan) {
        List<String> out = new ArrayList<>();
        plan.changes().forEach(c -> out.add(root.toAbsolutePath().normalize()
                .relativize(c.file().toAbsolutePath().normalize()).toString().replace('\\', '/')));
        out.sort(null);
        return out;
    }

    @Test
    void shouldResolveAVersionFromAParentOutsideTheReactor() throws IOException {
        // build/ is the parent of app by relativePath, but no <module> names it: Maven reads it
        // for its properties and does not build it.
        write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                + "  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
                + "  <modules><module>app</module></modules>\n"));
        write("build/pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>build</artifactId>\n"
                + "  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
                + "  <properties><revision>1.0.0-SNAPSHOT</revision></properties>\n"));
        write("app/pom.xml", pom(parent("build", "../build") + "  <artifactId>app</artifactId>\n"
                + "  <version>${revision}</version>\n"));

        List<ReactorModule> walked = ReactorReader.walk(root.resolve("pom.xml"), Map.of(),
                pom -> List.of());

        assertEquals(List.of(module("pom.xml", "root", "1.0.0-SNAPSHOT"),
                module("app/pom.xml", "app", "1.0.0-SNAPSHOT")), walked);
    }

    @Test
    void shouldLetTheCommandLineWinOverThePomProperties() throws IOException {
        reactor();

        List<ReactorModule> walked = ReactorReader.walk(root.resolve("pom.xml"),
                Map.of("revision", "1.0.0-rc.1"), this::mavenModules);

        // as Maven sees it: lib is at another version, so the release leaves its version (and
        // says so) and moves only its parent's
        assertEquals(module("lib/pom.xml", "lib", "1.0.0-rc.1"), walked.get(3));
        VersionChangePlan plan = plan(walked);
        String lib = new String(plan.changes().stream().filter(c -> c.file().endsWith("lib/pom.xml"))
                .findFirst().orElseThrow().after(), StandardCharsets.UTF_8);
        assertEquals(pom(parent("root", null).replace("1.0.0-SNAPSHOT", "1.1.0")
                + "  <artifactId>lib</artifactId>\n  <version>${revision}</version>\n"), lib);
    }

    @Test
    void shouldNameAProfileModuleWithoutAPom() throws IOException {
        reactor();
        Files.delete(root.resolve("optional/pom.xml"));

        RefusalException e = assertThrows(RefusalException.class, () -> ReactorReader.walk(
                root.resolve("pom.xml"), Map.of(), this::mavenModules));

        assertEquals("pom.xml: <module>optional</module> has no POM at optional/pom.xml; fix the"
                + " module path.", e.getMessage());
    }
}
