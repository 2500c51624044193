package io.github.releaseprocess.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.JarCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** japicmp on small jars compiled here: each level, the excludes, what is not API. */
class ApiComparatorTest {

    static final String GREETER = "package com.acme;\n"
            + "public class Greeter {\n"
            + "  public String greet(String name) { return \"Hello \" + name; }\n"
            + "  public String shout(String name) { return greet(name).toUpperCase(); }\n"
            + "  void helper() { }\n"
            + "}\n";

    @TempDir
    Path work;

    ApiReport compare(Map<String, String> before, Map<String, String> after,
            List<String> excludes) throws IOException {
        Path old = JarCompiler.jar(work, "old", before);
        Path now = JarCompiler.jar(work, "new", after);
        return new ApiComparator(excludes).compare(old, "com.acme:greeter:1.2.3", now,
                "target/greeter-1.2.4.jar");
    }

    @Nested
    class Levels {
        @Test
        void shouldRequireMajorWhenAPublicMethodIsRemoved() throws IOException {
            ApiReport report = compare(Map.of("com/acme/Greeter.java", GREETER),
                    Map.of("com/acme/Greeter.java", GREETER.replaceFirst(
                            "  public String shout.*\n", "")), List.of());
            assertEquals(Version.Level.MAJOR, report.level());
            assertEquals(1, report.incompatible().size(), report.summary());
            ApiChange change = report.incompatible().get(0);
            assertEquals("com.acme.Greeter", change.className());
            assertEquals("shout(java.lang.String)", change.member());
            assertEquals("METHOD_REMOVED", change.change());
            assertEquals("com.acme.Greeter#shout(java.lang.String): method removed (binary and"
                    + " source incompatible)", change.describe());
            assertTrue(report.summary().startsWith("API against com.acme:greeter:1.2.3: 1"
                    + " incompatible change, 0 additions; the API requires a major release"),
                    report.summary());
        }

        @Test
        void shouldRequireMinorWhenOnlyAPublicMethodAndAClassAreAdded() throws IOException {
            ApiReport report = compare(Map.of("com/acme/Greeter.java", GREETER),
                    Map.of("com/acme/Greeter.java", GREETER.replace("  void helper",
                            "  public String whisper(String n) { return n; }\n  void helper"),
                            "com/acme/Farewell.java",
                            "package com.acme; public class Farewell { }"), List.of());
            assertEquals(Version.Level.MINOR, report.level(), report.summary());
            assertTrue(report.incompatible().isEmpty());
            assertEquals(List.of("com.acme.Greeter#whisper(java.lang.String)",
                    "com.acme.Farewell"), report.additions().stream().map(ApiChange::element)
                            .sorted(java.util.Comparator.reverseOrder()).toList());
        }

        @Test
        void shouldRequirePatchWhenOnlyBodiesAndNonPublicMembersChange() throws IOException {
            ApiReport report = compare(Map.of("com/acme/Greeter.java", GREETER),
                    Map.of("com/acme/Greeter.java", GREETER.replace("Hello ", "Hi ")
                            .replace("  void helper() { }\n", "")
                            + "class Internal { public void x() { } }\n"), List.of());
            assertEquals(Version.Level.PATCH, report.level(), report.summary());
            assertTrue(report.changes().isEmpty(), report.summary());
        }

        @Test
        void shouldRequireMajorWhenAnInterfaceGainsAnAbstractMethod() throws IOException {
            String before = "package com.acme; public interface Plugin { void start(); }";
            ApiReport report = compare(Map.of("com/acme/Plugin.java", before),
                    Map.of("com/acme/Plugin.java", before.replace("void start();",
                            "void start(); void stop();")), List.of());
            assertEquals(Version.Level.MAJOR, report.level(), report.summary());
            ApiChange change = report.incompatible().get(0);
            assertEquals("com.acme.Plugin#stop()", change.element());
            assertFalse(change.sourceCompatible());
        }

        @Test
        void shouldRequireMajorWhenAPublicClassIsRemoved() throws IOException {
            ApiReport report = compare(Map.of("com/acme/Greeter.java", GREETER,
                    "com/acme/Old.java", "package com.acme; public class Old { public int x; }"),
                    Map.of("com/acme/Greeter.java", GREETER), List.of());
            assertEquals(List.of("com.acme.Old: class removed (binary and source incompatible)"),
                    report.incompatible().stream().map(ApiChange::describe).toList());
        }
    }

    @Nested
    class Excludes {
        @Test
        void shouldIgnoreAnExcludedPackage() throws IOException {
            String internal = "package com.acme.internal; public class Impl { public void x() { } }";
            ApiReport report = compare(Map.of("com/acme/Greeter.java", GREETER,
                    "com/acme/internal/Impl.java", internal),
                    Map.of("com/acme/Greeter.java", GREETER,
                            "com/acme/internal/Impl.java", internal.replace("public void x() { }",
                                    "")), List.of("com.acme.internal"));
            assertEquals(Version.Level.PATCH, report.level(), report.summary());
        }

        @Test
        void shouldIgnoreClassesWithAnExcludedAnnotation() throws IOException {
            String beta = "package com.acme; @java.lang.annotation.Retention("
                    + "java.lang.annotation.RetentionPolicy.CLASS) public @interface Beta { }";
            String annotated = GREETER.replace("public class Greeter", "@Beta public class Greeter");
            Map<String, String> before = Map.of("com/acme/Greeter.java", annotated,
                    "com/acme/Beta.java", beta);
            Map<String, String> after = Map.of("com/acme/Greeter.java", annotated
                    .replaceFirst("  public String shout.*\n", ""), "com/acme/Beta.java", beta);
            assertEquals(Version.Level.MAJOR, compare(before, after, List.of()).level());
            work = work.resolve("again");
            assertEquals(Version.Level.PATCH, compare(before, after,
                    List.of("@com.acme.Beta")).level());
        }

        @Test
        void shouldRefuseAnAnnotationWithoutItsPackage() {
            RefusalException refusal = assertThrows(RefusalException.class,
                    () -> new ApiComparator(List.of("@Beta")));
            assertTrue(refusal.getMessage().contains("name the annotation in full, e.g."
                    + " @com.google.common.annotations.Beta"), refusal.getMessage());
        }

        @Test
        void shouldRefuseAnExpressionWithASemicolon() {
            RefusalException refusal = assertThrows(RefusalException.class,
                    () -> new ApiComparator(List.of("com.a;com.b")));
            assertTrue(refusal.getMessage().contains("one japicmp exclude"), refusal.getMessage());
        }
    }

    @Test
    void shouldRefuseAMissingJar() {
        RefusalException refusal = assertThrows(RefusalException.class, () -> new ApiComparator(
                List.of()).compare(work.resolve("no.jar"), "b", work.resolve("no.jar"), "c"));
        assertTrue(refusal.getMessage().contains("no.jar"), refusal.getMessage());
    }
}
