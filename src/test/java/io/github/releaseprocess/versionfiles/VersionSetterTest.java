package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionSetterTest {

    @TempDir
    Path root;

    private Path write(String path, String content) throws IOException {
        return TestFiles.write(root, path, content);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    private static String pom(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n"
                + inner + "</project>\n";
    }

    private static String parent(String g, String a, String v) {
        return "  <parent>\n    <groupId>" + g + "</groupId>\n    <artifactId>" + a
                + "</artifactId>\n    <version>" + v + "</version>\n  </parent>\n";
    }

    private VersionChangePlan plan(String newVersion, VersionFile... files) throws IOException {
        List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
        return VersionSetter.plan(new VersionChangeRequest(root, modules.get(0).version(), newVersion,
                modules, List.of(files)), Reporter.SILENT);
    }

    @Nested
    class Reactor {

        /** root (aggregator, parent) → services (aggregator) → api; core depends on api. */
        private void threeLevels() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
                    + "  <modules><module>core</module><module>services</module></modules>\n"
                    + "  <build><plugins><plugin><groupId>g</groupId><artifactId>core</artifactId>"
                    + "<version>1.0.0-SNAPSHOT</version><configuration><dependency><groupId>g</groupId>"
                    + "<artifactId>core</artifactId><version>1.0.0-SNAPSHOT</version></dependency>"
                    + "</configuration></plugin></plugins></build>\n"));
            write("services/pom.xml", pom(parent("g", "root", "1.0.0-SNAPSHOT")
                    + "  <artifactId>services</artifactId>\n  <packaging>pom</packaging>\n"
                    + "  <modules><module>api</module></modules>\n"));
            write("services/api/pom.xml", pom(parent("g", "services", "1.0.0-SNAPSHOT")
                    + "  <artifactId>api</artifactId>\n"));
            write("core/pom.xml", pom(parent("g", "root", "1.0.0-SNAPSHOT")
                    + "  <artifactId>core</artifactId>\n  <dependencies><dependency><groupId>"
                    + "${project.groupId}</groupId><artifactId>api</artifactId><version>1.0.0-SNAPSHOT"
                    + "</version></dependency><dependency><groupId>other</groupId><artifactId>api"
                    + "</artifactId><version>1.0.0-SNAPSHOT</version></dependency></dependencies>\n"));
        }

        @Test
        void shouldChangeEveryReactorVersionAndNothingElse() throws IOException {
            threeLevels();
            VersionChangePlan plan = plan("1.0.0");
            assertEquals(List.of(
                    "pom.xml:6: project/version: 1.0.0-SNAPSHOT -> 1.0.0",
                    "pom.xml:9: plugin g:core: 1.0.0-SNAPSHOT -> 1.0.0",
                    "core/pom.xml:7: parent/version: 1.0.0-SNAPSHOT -> 1.0.0",
                    "core/pom.xml:10: dependency g:api: 1.0.0-SNAPSHOT -> 1.0.0",
                    "services/pom.xml:7: parent/version: 1.0.0-SNAPSHOT -> 1.0.0",
                    "services/api/pom.xml:7: parent/version: 1.0.0-SNAPSHOT -> 1.0.0"),
                    plan.describe());
            plan.apply();
            assertTrue(read("pom.xml").contains("<configuration><dependency><groupId>g</groupId>"
                    + "<artifactId>core</artifactId><version>1.0.0-SNAPSHOT</version>"),
                    "plugin configuration is never touched");
            assertTrue(read("core/pom.xml").contains("<groupId>other</groupId><artifactId>api"
                    + "</artifactId><version>1.0.0-SNAPSHOT</version>"), "a foreign artifact stays");
            for (ReactorModule m : ReactorReader.read(root.resolve("pom.xml"))) {
                assertEquals("1.0.0", m.version(), m.key());
            }
        }

        /** A module POM that is a symlink inside the project stays a link; its target changes. */
        @Test
        void shouldEditASymlinkedPomThroughItsLink() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
                    + "  <modules><module>core</module></modules>\n"));
            Path target = write("shared/core-pom.xml", pom(parent("g", "root", "1.0.0-SNAPSHOT")
                    + "  <artifactId>core</artifactId>\n"));
            Files.createDirectories(root.resolve("core"));
            Path link = root.resolve("core/pom.xml");
            Files.createSymbolicLink(link, Path.of("../shared/core-pom.xml"));
            plan("1.0.0").apply();
            assertTrue(Files.isSymbolicLink(link), "the link is still a link");
            assertTrue(Files.readString(target).contains("<version>1.0.0</version>"));
        }

        @Test
        void shouldLeaveAParentFromOutsideTheReactor() throws IOException {
            write("pom.xml", pom(parent("org.apache", "apache", "35")
                    + "  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n  <version>35</version>\n"));
            VersionChangePlan plan = plan("36.0.0");
            assertEquals(List.of("pom.xml:11: project/version: 35 -> 36.0.0"), plan.describe());
        }

        @Test
        void shouldRefuseAModuleThatInheritsFromOutside() throws IOException {
            write("pom.xml", pom(parent("org.apache", "apache", "35") + "  <artifactId>root</artifactId>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> plan("36.0.0"));
            assertEquals("pom.xml:4: org.apache:root inherits its version from parent"
                    + " org.apache:apache:35, which is not in the reactor; declare <version> in this POM.",
                    e.getMessage());
        }

        @Test
        void shouldLeaveAModuleWithItsOwnVersionAndWarn() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>1.0.0</version>\n  <modules><module>bom</module></modules>\n"));
            write("bom/pom.xml", pom(parent("g", "root", "1.0.0")
                    + "  <artifactId>bom</artifactId>\n  <version>7.0.0</version>\n"));
            List<String> warnings = new ArrayList<>();
            List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
            VersionChangePlan plan = VersionSetter.plan(new VersionChangeRequest(root, "1.0.0", "1.1.0",
                    modules, List.of()), collecting(warnings));
            assertEquals(List.of("pom.xml:6: project/version: 1.0.0 -> 1.1.0",
                    "bom/pom.xml:7: parent/version: 1.0.0 -> 1.1.0"), plan.describe());
            assertEquals(List.of("bom/pom.xml: g:bom keeps its own version 7.0.0 (set-version moves"
                    + " the modules at 1.0.0)"), warnings);
        }

        @Test
        void shouldChangeAVersionBetweenComments() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>\n    <!-- before -->\n    1.0.0\n    <!-- after -->\n  </version>\n"));
            plan("1.0.1").apply();
            assertTrue(read("pom.xml").contains(
                    "<version>\n    <!-- before -->\n    1.0.1\n    <!-- after -->\n  </version>"));
        }

        @Test
        void shouldKeepLatin1BytesAndCrlf() throws IOException {
            byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<project>\r\n"
                    + "  <name>M\u00fcller \u00e4\u00f6</name>\r\n  <groupId>g</groupId>\r\n"
                    + "  <artifactId>a</artifactId>\r\n  <version>1.0.0</version>\r\n</project>")
                    .getBytes(StandardCharsets.ISO_8859_1);
            Files.write(root.resolve("pom.xml"), latin1);
            plan("1.2.0").apply();
            assertEquals(new String(latin1, StandardCharsets.ISO_8859_1).replace("1.0.0", "1.2.0"),
                    new String(Files.readAllBytes(root.resolve("pom.xml")), StandardCharsets.ISO_8859_1));
        }
        @Test
        void shouldKeepAByteOrderMark() throws IOException {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = pom("  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                    + "  <version>1.0.0</version>\n").getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, file, 0, 3);
            System.arraycopy(body, 0, file, 3, body.length);
            Files.write(root.resolve("pom.xml"), file);
            plan("1.0.1").apply();
            byte[] after = Files.readAllBytes(root.resolve("pom.xml"));
            assertArrayEquals(bom, java.util.Arrays.copyOf(after, 3));
            assertEquals(new String(file, StandardCharsets.UTF_8).replace("1.0.0", "1.0.1"),
                    new String(after, StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code <scm><tag>} as maven-release-plugin moves it: where a POM declares one (the root,
     * and a module with its own {@code <scm>}), never added, an expression left alone.
     */
    @Nested
    class ScmTag {

        @Test
        void shouldSetTheTagWhereAPomDeclaresOneAndNowhereElse() throws IOException {
            String rootPom = pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n"
                    + "  <modules><module>a</module><module>b</module><module>c</module>"
                    + "</modules>\n  <scm>\r\n    <!-- the tag -->\r\n    <tag> HEAD </tag>\r\n"
                    + "  </scm>\n");
            String a = pom(parent("g", "root", "1.0.0-SNAPSHOT") + "  <artifactId>a</artifactId>\n"
                    + "  <scm><url>x</url><tag>main</tag></scm>\n");
            String b = pom(parent("g", "root", "1.0.0-SNAPSHOT") + "  <artifactId>b</artifactId>\n");
            String c = pom(parent("g", "root", "1.0.0-SNAPSHOT") + "  <artifactId>c</artifactId>\n"
                    + "  <scm><tag>${project.version}</tag></scm>\n");
            write("pom.xml", rootPom);
            write("a/pom.xml", a);
            write("b/pom.xml", b);
            write("c/pom.xml", c);
            List<ReactorModule> modules = ReactorReader.read(root.resolve("pom.xml"));
            VersionSetter.plan(new VersionChangeRequest(root, "1.0.0-SNAPSHOT", "1.0.0", modules,
                    List.of(), List.of(), java.util.Optional.empty(), java.util.Optional.of(
                            new VersionChangeRequest.ScmTag(null, "v1.0.0"))), Reporter.SILENT)
                    .apply();
            assertEquals(rootPom.replace("1.0.0-SNAPSHOT", "1.0.0").replace(" HEAD ", " v1.0.0 "),
                    read("pom.xml"));
            assertEquals(a.replace("1.0.0-SNAPSHOT", "1.0.0").replace(">main<", ">v1.0.0<"),
                    read("a/pom.xml"));
            assertEquals(b.replace("1.0.0-SNAPSHOT", "1.0.0"), read("b/pom.xml"));
            assertEquals(c.replace("1.0.0-SNAPSHOT", "1.0.0"), read("c/pom.xml"));

            modules = ReactorReader.read(root.resolve("pom.xml"));
            write("a/pom.xml", a.replace("1.0.0-SNAPSHOT", "1.0.0").replace(">main<", ">other<"));
            VersionSetter.plan(new VersionChangeRequest(root, "1.0.0", "1.0.1-SNAPSHOT", modules,
                    List.of(), List.of(), java.util.Optional.empty(), java.util.Optional.of(
                            new VersionChangeRequest.ScmTag("v1.0.0", "HEAD"))), Reporter.SILENT)
                    .apply();
            assertEquals(rootPom.replace("1.0.0-SNAPSHOT", "1.0.1-SNAPSHOT"), read("pom.xml"));
            assertEquals(a.replace("1.0.0-SNAPSHOT", "1.0.1-SNAPSHOT").replace(">main<", ">other<"),
                    read("a/pom.xml"), "a tag the release did not write stays");
        }
    }

    @Nested
    class Refusals {

        @Test
        void shouldRefuseAVersionInCdata() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                    + "  <version><![CDATA[1.0.0]]></version>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> VersionSetter.plan(
                    new VersionChangeRequest(root, "1.0.0", "1.1.0", List.of(new ReactorModule(
                            root.resolve("pom.xml"), "g", "a", "1.0.0")), List.of()), Reporter.SILENT));
            assertEquals("pom.xml:6: project/version cannot be changed safely: the value of <version>"
                    + " sits in a CDATA section; write the version as plain text.", e.getMessage());
        }

        @Test
        void shouldRefuseAVersionBehindAnEntity() throws IOException {
            write("pom.xml", "<!DOCTYPE project [<!ENTITY v \"1.0.0\">]>\n" + pom(
                    "  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n  <version>&v;</version>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> VersionSetter.plan(
                    new VersionChangeRequest(root, "1.0.0", "1.1.0", List.of(new ReactorModule(
                            root.resolve("pom.xml"), "g", "a", "1.0.0")), List.of()), Reporter.SILENT));
            assertEquals("pom.xml:7: project/version cannot be changed safely: the value of <version>"
                    + " uses an entity or character reference; write the version as plain text.",
                    e.getMessage());
        }

        @Test
        void shouldRefuseAnUndefinedProperty() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                    + "  <version>${revision}</version>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> VersionSetter.plan(
                    new VersionChangeRequest(root, "1.0.0", "1.1.0", List.of(new ReactorModule(
                            root.resolve("pom.xml"), "g", "a", "1.0.0")), List.of()), Reporter.SILENT));
            assertEquals("pom.xml:6: <version>${revision}</version> uses ${revision}, which no POM of"
                    + " the reactor and no .mvn/maven.config defines; define it there or write the"
                    + " version literally.", e.getMessage());
        }

        @Test
        void shouldRefuseMalformedXmlWithTheLine() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>a</artifact>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> plan("1.0.0"));
            assertEquals("pom.xml:5: end tag </artifact> does not match <artifactId>.", e.getMessage());
        }

        @Test
        void shouldRefuseAModuleWithoutAPom() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                    + "  <version>1.0.0</version>\n  <modules>\n    <module>gone</module>\n  </modules>\n"));
            RefusalException e = assertThrows(RefusalException.class,
                    () -> ReactorReader.read(root.resolve("pom.xml")));
            assertEquals("pom.xml:8: <module>gone</module> has no POM at gone/pom.xml; fix the module"
                    + " path.", e.getMessage());
        }

        @Test
        void shouldRefuseUtf16() throws IOException {
            Files.write(root.resolve("pom.xml"), pom("  <artifactId>a</artifactId>\n")
                    .replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16));
            RefusalException e = assertThrows(RefusalException.class, () -> VersionSetter.plan(
                    new VersionChangeRequest(root, "1.0.0", "1.1.0", List.of(new ReactorModule(
                            root.resolve("pom.xml"), "g", "a", "1.0.0")), List.of()), Reporter.SILENT));
            assertEquals("pom.xml:1: the file is encoded in UTF-16 or UTF-32, which set-version does not edit;"
                    + " save it as UTF-8.", e.getMessage());
        }

        @Test
        void shouldRefuseANewVersionThatIsNoVersion() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                    + "  <version>1.0.0</version>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> plan("1.0 beta"));
            assertEquals("The new version '1.0 beta' is not a version; pass one like -DnewVersion=1.4.0"
                    + " or 1.5.0-SNAPSHOT.", e.getMessage());
        }

        @Test
        void shouldWriteNothingWhenAVersionFileIsRefused() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                    + "  <version>1.0.0</version>\n"));
            write("pyproject.toml", "[project]\nversion = \"0.1.0\"\n");
            byte[] before = Files.readAllBytes(root.resolve("pom.xml"));
            assertThrows(RefusalException.class, () -> plan("1.1.0", VersionFile.of("pyproject.toml")));
            assertArrayEquals(before, Files.readAllBytes(root.resolve("pom.xml")));
        }
    }

    @Nested
    class CiFriendly {

        private void reactor(String rootProperties) throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>${revision}${changelist}</version>\n  <properties>\n" + rootProperties
                    + "  </properties>\n  <modules><module>lib</module></modules>\n"));
            write("lib/pom.xml", pom(parent("g", "root", "${revision}${changelist}")
                    + "  <artifactId>lib</artifactId>\n"));
        }

        @Test
        void shouldReleaseBySettingRevisionAndEmptyingChangelist() throws IOException {
            reactor("    <revision>1.2.0</revision>\n    <changelist>-SNAPSHOT</changelist>\n");
            plan("1.2.0").apply();
            assertTrue(read("pom.xml").contains("<revision>1.2.0</revision>\n    <changelist></changelist>"));
            assertTrue(read("lib/pom.xml").contains("<version>${revision}${changelist}</version>"));
            plan("1.2.1-SNAPSHOT").apply();
            assertTrue(read("pom.xml").contains(
                    "<revision>1.2.1</revision>\n    <changelist>-SNAPSHOT</changelist>"));
        }

        @Test
        void shouldExpandASelfClosingProperty() throws IOException {
            reactor("    <revision>1.2.0</revision>\n    <changelist/>\n");
            plan("1.3.0-SNAPSHOT").apply();
            assertTrue(read("pom.xml").contains(
                    "<revision>1.3.0</revision>\n    <changelist>-SNAPSHOT</changelist>"));
        }

        @Test
        void shouldChangeMavenConfigWhereItDefinesTheProperty() throws IOException {
            reactor("    <changelist>-SNAPSHOT</changelist>\n");
            write(".mvn/maven.config", "-T 1C\r\n-Drevision=4.0.0 --batch-mode\r\n");
            VersionChangePlan plan = plan("4.1.0-SNAPSHOT");
            assertEquals(List.of(".mvn/maven.config:2: -Drevision in .mvn/maven.config: 4.0.0 -> 4.1.0"),
                    plan.describe());
            plan.apply();
            assertEquals("-T 1C\r\n-Drevision=4.1.0 --batch-mode\r\n", read(".mvn/maven.config"));
        }

        @Test
        void shouldRefuseAQuotedMavenConfigValue() throws IOException {
            reactor("    <changelist>-SNAPSHOT</changelist>\n");
            write(".mvn/maven.config", "-Drevision=\"4.0.0\"\n");
            RefusalException e = assertThrows(RefusalException.class, () -> plan("4.1.0"));
            assertEquals(".mvn/maven.config:1: the value of -Drevision is quoted, which set-version"
                    + " does not edit; write it without quotes.", e.getMessage());
        }

        @Test
        void shouldRefuseATargetThatNoAssignmentGives() throws IOException {
            write("pom.xml", pom("  <groupId>g</groupId>\n  <artifactId>root</artifactId>\n"
                    + "  <version>1.${minor}.0</version>\n  <properties><minor>2</minor></properties>\n"));
            RefusalException e = assertThrows(RefusalException.class, () -> plan("2.0.0"));
            assertEquals("pom.xml:6: no values of minor make <version>1.${minor}.0</version> equal"
                    + " 2.0.0 while keeping the others; change the template or set the properties by"
                    + " hand.", e.getMessage());
        }

        @Test
        void shouldSolveTemplates() {
            var rev = new VersionSetter.Variable("revision");
            var sha = new VersionSetter.Variable("sha1");
            var cl = new VersionSetter.Variable("changelist");
            assertEquals(Map.of("revision", "2.0.0", "sha1", "", "changelist", ""), VersionSetter.solve(
                    List.of(rev, sha, cl), Map.of("revision", "1.0.0", "sha1", "", "changelist", "-SNAPSHOT"),
                    "2.0.0"));
            assertEquals(Map.of("revision", "2.0.0-rc.1"), VersionSetter.solve(List.of(rev),
                    Map.of("revision", "1.0.0"), "2.0.0-rc.1"));
            assertEquals(null, VersionSetter.solve(List.of("v", rev), Map.of("revision", "1"), "2.0.0"));
        }
    }

    private static Reporter collecting(List<String> warnings) {
        return new Reporter() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
