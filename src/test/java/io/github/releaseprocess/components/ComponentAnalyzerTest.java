package io.github.releaseprocess.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.CollectingReporter;
import io.github.releaseprocess.testing.GitScenario;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionRequest;
import io.github.releaseprocess.versionfiles.ModuleReference;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Components of a monorepo analysed on real repositories built in a temporary folder. */
class ComponentAnalyzerTest {

    @TempDir
    Path dir;

    private final CollectingReporter reporter = new CollectingReporter();
    private final List<String> warnings = reporter.warnings;
    private final List<String> debug = reporter.debug;

    /**
     * A reactor of three modules, each a component: {@code lib}, {@code service} (depends on
     * lib), {@code tool} (unrelated).
     */
    private GitScenario threeModules(GitScenario g) {
        write("pom.xml", pom("parent", "1.0.0-SNAPSHOT", null, "<packaging>pom</packaging>"
                + "<modules><module>lib</module><module>service</module><module>tool</module>"
                + "</modules>"));
        write("lib/pom.xml", pom("lib", "1.0.1-SNAPSHOT", "parent", ""));
        write("service/pom.xml", pom("service", "2.0.1-SNAPSHOT", "parent",
                "<dependencies><dependency><groupId>com.example</groupId>"
                + "<artifactId>lib</artifactId><version>1.0.1-SNAPSHOT</version></dependency>"
                + "</dependencies>"));
        write("tool/pom.xml", pom("tool", "0.3.1-SNAPSHOT", "parent", ""));
        return g.commitAll("chore: reactor").tag("lib-v1.0.0").tag("service-v2.0.0")
                .tag("tool-v0.3.0");
    }

    private static final List<Component> THREE = List.of(Component.of("lib", "lib"),
            Component.of("service", "service"), Component.of("tool", "tool"));

    @Nested
    class Assignment {

        @Test
        void shouldReleaseTheLibraryAndItsDependentButNotTheTool() throws Exception {
            history(g -> threeModules(g).commitFile("lib/src/A.java", "fix: a bug in lib"));
            ComponentAnalysis a = analyze(config(THREE));
            assertEquals("1.0.1", next(a, "lib"));
            assertEquals("2.0.1", next(a, "service"));
            assertEquals(null, next(a, "tool"));
            assertEquals("lib-v1.0.0", a.decision("lib").orElseThrow().lastTag().orElseThrow()
                    .name());
            assertEquals(List.of("lib"), a.decision("service").orElseThrow().pulledAlongBy());
            assertTrue(a.decision("service").orElseThrow().reasons().stream()
                    .anyMatch(r -> r.contains("Pulled along by lib") && r.contains(
                            "service/pom.xml")), a.decision("service").orElseThrow().reasons()
                            .toString());
            assertEquals("lib,service", a.releasedIds());
            List<String> lines = ComponentReport.lines(a);
            assertTrue(lines.get(0).startsWith("lib 1.0.0 -> 1.0.1 (patch) since lib-v1.0.0: 'fix' in ")
                    && lines.get(0).endsWith(" fix: a bug in lib; pulls along service"), lines.get(0));
            assertEquals("service 2.0.0 -> 2.0.1 (patch) since service-v2.0.0: pulled along by lib",
                    lines.get(1));
            assertEquals("tool 0.3.0: nothing to release since tool-v0.3.0 (0 commits of its own)",
                    lines.get(2));
            assertEquals(Map.of("releasedComponents", "lib,service", "lib_nextVersion", "1.0.1",
                    "service_nextVersion", "2.0.1", "tool_nextVersion", ""),
                    ComponentReport.outputs(a));
            assertEquals(null, ComponentReport.summary(a).nextVersion().orElse(null));
            assertEquals("patch", ComponentReport.summary(a).bump().id());
        }

        @Test
        void shouldNotPullDependentsAlongWithDependentsNone() throws Exception {
            history(g -> threeModules(g).commitFile("lib/src/A.java", "feat: lib"));
            ComponentAnalysis a = analyze(new ComponentConfig(Versioning.SINGLE, THREE, List.of(),
                    DependentsPolicy.NONE, false));
            assertEquals("1.1.0", next(a, "lib"));
            assertEquals(null, next(a, "service"));
        }

        @Test
        void shouldGiveANestedComponentsFilesToItAloneAndIgnoreFilesOfNoComponent()
                throws Exception {
            history(g -> threeModules(g).tag("core-v0.1.0")
                    .commitFile("lib/core/B.java", "feat: core feature")
                    .commitFile("docs/guide.md", "fix: docs of nobody"));
            List<Component> four = new ArrayList<>(THREE);
            four.add(Component.of("core", "lib/core"));
            ComponentAnalysis a = analyze(new ComponentConfig(Versioning.SINGLE, four, List.of(),
                    DependentsPolicy.NONE, false));
            assertEquals("0.2.0", next(a, "core"));
            assertEquals(null, next(a, "lib"));
            assertTrue(debug.stream().anyMatch(l -> l.contains("changed no component's files")
                    && l.contains("fix: docs of nobody")), debug.toString());
        }

        @Test
        void shouldGiveWhatNoComponentOwnsToTheRootComponent() throws Exception {
            history(g -> threeModules(g).tag("v5.0.0").commitFile("docs/guide.md", "fix: docs"));
            List<Component> four = new ArrayList<>(THREE);
            four.add(new Component("root", ".", List.of(), List.of(), TagFormat.DEFAULT, null));
            ComponentAnalysis a = analyze(config(four));
            assertEquals("5.0.1", next(a, "root"));
            // root owns the parent POM of lib: lib is pulled along, tool too
            assertEquals(List.of("root"), a.decision("lib").orElseThrow().pulledAlongBy());
            ComponentAnalysis alone = analyze(new ComponentConfig(Versioning.SINGLE, four,
                    List.of(), DependentsPolicy.NONE, false));
            assertEquals("5.0.1", next(alone, "root"));
            assertEquals(null, next(alone, "lib"));
        }

        @Test
        void shouldHonourExtraPathsAndExcludePaths() throws Exception {
            history(g -> threeModules(g).commitFile("shared/proto/x.proto", "feat: shared proto")
                    .commitFile("lib/generated/G.java", "fix: regenerated"));
            List<Component> comps = List.of(new Component("lib", "lib", List.of("shared/proto"),
                    List.of("lib/generated"), null, null), Component.of("service", "service"),
                    Component.of("tool", "tool"));
            ComponentAnalysis a = analyze(new ComponentConfig(Versioning.SINGLE, comps, List.of(),
                    DependentsPolicy.NONE, false));
            assertEquals("1.1.0", next(a, "lib"));
            assertEquals(1, a.decision("lib").orElseThrow().commitCount());
        }

        @Test
        void shouldLetAScopeChooseTheComponentWhenAsked() throws Exception {
            history(g -> threeModules(g).commitFile("lib/A.java", "feat(tool): really the tool"));
            ComponentAnalysis paths = analyze(new ComponentConfig(Versioning.SINGLE, THREE,
                    List.of(), DependentsPolicy.NONE, false));
            assertEquals("1.1.0", next(paths, "lib"));
            ComponentAnalysis scoped = analyze(new ComponentConfig(Versioning.SINGLE, THREE,
                    List.of(), DependentsPolicy.NONE, true));
            assertEquals(null, next(scoped, "lib"));
            assertEquals("0.4.0", next(scoped, "tool"));
        }

        @Test
        void shouldCountForEachComponentOnlyTheCommitsAfterItsOwnTag() throws Exception {
            // * fix: tool again        (tool, after tool-v0.3.1)
            // * fix: lib               (lib, before tool-v0.3.1 but after lib-v1.0.0)  tool-v0.3.1
            // * chore: reactor          lib-v1.0.0 service-v2.0.0 tool-v0.3.0
            history(g -> threeModules(g).commitFile("lib/A.java", "fix: lib")
                    .commitFile("tool/T.java", "feat: tool").tag("tool-v0.4.0")
                    .commitFile("tool/T.java", "fix: tool again"));
            ComponentAnalysis a = analyze(new ComponentConfig(Versioning.SINGLE, THREE,
                    List.of(), DependentsPolicy.NONE, false));
            assertEquals("0.4.1", next(a, "tool"));
            assertEquals(1, a.decision("tool").orElseThrow().commitCount());
            assertEquals("1.0.1", next(a, "lib"));
            assertEquals(3, a.walked());
        }

        @Test
        void shouldReadATagWithoutTheVAsReleasePleaseDoes() throws Exception {
            // sdk-platform-java tagged gax/2.73.0 once among its gax/vX.Y.Z tags.
            history(g -> threeModules(g).commitFile("lib/A.java", "feat: lib").tag("lib-1.1.0")
                    .commitFile("lib/B.java", "fix: lib"));
            ComponentAnalysis a = analyze(config(THREE));
            assertEquals("lib-1.1.0", a.decision("lib").orElseThrow().lastTag().orElseThrow()
                    .name());
            assertEquals("1.1.1", next(a, "lib"));
        }

        @Test
        void shouldStopWithTheRefusalOfAComponentsCommit() throws Exception {
            // the analysis runs on a second thread: its refusal reaches the caller as it is
            history(g -> threeModules(g).commitFile("lib/A.java", "fix: x\n\nRelease-As: banana"));
            RefusalException e = assertThrows(RefusalException.class, () -> analyze(config(THREE)));
            assertTrue(e.getMessage().contains("Release-As"), e.getMessage());
        }

        @Test
        void shouldStartFromThePomVersionBeforeTheFirstRelease() throws Exception {
            history(g -> threeModules(g).commitFile("extra/pom.xml", "feat: new module"));
            ComponentAnalysis a = analyze(config(List.of(Component.of("lib", "lib"),
                    Component.of("extra", "extra"))));
            assertEquals(null, next(a, "lib"));
            assertEquals("0.1.0", next(a, "extra"));
        }

        @Test
        void shouldHandTheCommitsOfEachComponentToItsSink() throws Exception {
            history(g -> threeModules(g).commitFile("lib/A.java", "fix: lib")
                    .commitFile("tool/T.java", "docs: tool"));
            Map<String, List<AnalyzedCommit>> seen = new HashMap<>();
            analyze(config(THREE), id -> CommitSink.into(seen.computeIfAbsent(id,
                    k -> new ArrayList<>())));
            assertEquals(1, seen.get("lib").size());
            assertEquals("fix: lib", seen.get("lib").get(0).header().subject());
            assertEquals(1, seen.get("tool").size());
            assertTrue(seen.get("service").isEmpty());
        }
    }

    @Nested
    class SilentNoRelease {

        @Test
        void shouldWarnWhenFilesChangedWithoutAReleasableCommit() throws Exception {
            history(g -> threeModules(g).commitFile("tool/T.java", "Update the tool")
                    .commitFile("tool/U.java", "docs: tool docs"));
            ComponentAnalysis a = analyze(config(THREE));
            assertEquals(null, next(a, "tool"));
            assertEquals(1, warnings.size(), warnings.toString());
            String w = warnings.get(0);
            assertTrue(w.startsWith("Component tool: 2 commits changed its files since"
                    + " tool-v0.3.0"), w);
            assertTrue(w.contains("Update the tool") && w.contains("docs: tool docs"), w);
        }

        @Test
        void shouldNotWarnForAReleasedComponent() throws Exception {
            history(g -> threeModules(g).commitFile("tool/T.java", "docs: x")
                    .commitFile("tool/U.java", "fix: y"));
            analyze(config(THREE));
            assertTrue(warnings.isEmpty(), warnings.toString());
        }
    }

    @Nested
    class Groups {

        @Test
        void shouldBumpEveryMemberOfAnUnlinkedGroupByItsLargestLevel() throws Exception {
            history(g -> threeModules(g).commitFile("lib/A.java", "feat: lib"));
            ComponentAnalysis a = analyze(new ComponentConfig(Versioning.SINGLE, THREE,
                    List.of(new ComponentGroup("all", List.of("lib", "service", "tool"), false)),
                    DependentsPolicy.PATCH, false));
            assertEquals("1.1.0", next(a, "lib"));
            assertEquals("2.1.0", next(a, "service"));
            assertEquals("0.4.0", next(a, "tool"));
            assertTrue(a.decision("tool").orElseThrow().reasons().stream()
                    .anyMatch(r -> r.contains("Pulled along by lib in group all")));
        }

        @Test
        void shouldGiveALinkedGroupOneVersion() throws Exception {
            history(g -> threeModules(g).commitFile("tool/A.java", "fix: tool"));
            ComponentAnalysis a = analyze(new ComponentConfig(Versioning.SINGLE, THREE,
                    List.of(new ComponentGroup("linked", List.of("lib", "tool"), true)),
                    DependentsPolicy.NONE, false));
            // tool 0.3.1 alone; lib 1.0.1 from its own number: the shared version is the highest
            assertEquals("1.0.1", next(a, "lib"));
            assertEquals("1.0.1", next(a, "tool"));
            assertEquals(null, next(a, "service"));
        }
    }

    @Nested
    class Independent {

        @Test
        void shouldMakeEveryModuleWithItsOwnVersionAComponent() throws Exception {
            history(g -> {
                threeModules(g);
                write("lib/sub/pom.xml", pom("lib-sub", null, "lib", ""));
                g.commitAll("chore: lib-sub inherits lib's version");
                g.tag("parent-v1.0.0").tag("lib-v1.0.1");
                g.commitFile("lib/sub/S.java", "fix: in the sub-module");
            });
            Files.writeString(dir.resolve("lib/pom.xml"), pom("lib", "1.0.1-SNAPSHOT", "parent",
                    "<packaging>pom</packaging><modules><module>sub</module></modules>"));
            ComponentConfig config = new ComponentConfig(Versioning.INDEPENDENT, List.of(),
                    List.of(), DependentsPolicy.PATCH, false);
            ComponentModel model = model(config);
            assertEquals(List.of("parent", "lib", "service", "tool"), model.ids());
            assertEquals(List.of("com.example:lib", "com.example:lib-sub"), model.modules("lib")
                    .stream().map(ReactorModule::key).toList());
            ComponentAnalysis a = analyze(model, id -> CommitSink.NONE);
            assertEquals("1.0.2", next(a, "lib"));
            assertEquals("2.0.1", next(a, "service"));
            assertEquals(null, next(a, "parent"));
        }
    }

    @Nested
    class Graph {

        @Test
        void shouldSeeParentsBomsPluginsAndVersionProperties() throws Exception {
            write("pom.xml", pom("parent", "1.0.0", null, "<packaging>pom</packaging>"
                    + "<properties><lib.version>1.0.0</lib.version></properties>"
                    + "<modules><module>lib</module><module>bom</module><module>app</module>"
                    + "<module>plugin</module></modules>"));
            write("lib/pom.xml", pom("lib", "1.0.0", "parent", ""));
            write("bom/pom.xml", pom("bom", "1.0.0", "parent", "<packaging>pom</packaging>"));
            write("plugin/pom.xml", pom("plugin", "1.0.0", "parent", ""));
            write("app/pom.xml", pom("app", "1.0.0", "parent",
                    "<dependencyManagement><dependencies><dependency><groupId>com.example"
                    + "</groupId><artifactId>bom</artifactId><version>1.0.0</version>"
                    + "<type>pom</type><scope>import</scope></dependency></dependencies>"
                    + "</dependencyManagement><dependencies><dependency><groupId>"
                    + "${project.groupId}</groupId><artifactId>lib</artifactId><version>"
                    + "${lib.version}</version></dependency></dependencies><build><plugins>"
                    + "<plugin><groupId>com.example</groupId><artifactId>plugin</artifactId>"
                    + "<version>1.0.0</version></plugin></plugins></build>"));
            try (GitScenario g = GitScenario.init(dir)) {
                g.commitAll("chore: init");
            }
            ComponentModel model = model(config(List.of(Component.of("parent", "."),
                    Component.of("lib", "lib"), Component.of("bom", "bom"),
                    Component.of("app", "app"), Component.of("plugin", "plugin"))));
            ComponentGraph graph = model.graph();
            assertEquals(List.of("parent", "bom", "lib", "plugin"),
                    List.copyOf(graph.dependenciesOf("app")));
            ModuleReference viaProperty = graph.why("app", "lib").orElseThrow();
            assertEquals(ModuleReference.Kind.DEPENDENCY, viaProperty.kind());
            assertEquals("lib.version", viaProperty.property().orElseThrow().name());
            assertEquals("pom.xml", viaProperty.property().orElseThrow().displayName());
            assertEquals(ModuleReference.Kind.IMPORTED_BOM, graph.why("app", "bom").orElseThrow()
                    .kind());
            assertEquals(ModuleReference.Kind.PLUGIN, graph.why("app", "plugin").orElseThrow()
                    .kind());
            assertEquals(ModuleReference.Kind.PARENT, graph.why("lib", "parent").orElseThrow()
                    .kind());
            assertEquals(List.of("lib", "bom", "app", "plugin"),
                    List.copyOf(graph.transitiveDependentsOf("parent")));
        }
    }

    @Nested
    class Validation {

        @Test
        void shouldRefuseAGroupMemberThatIsNoComponent() {
            RefusalException e = assertThrows(RefusalException.class, () -> modelOf(
                    new ComponentConfig(Versioning.SINGLE, THREE, List.of(new ComponentGroup("g",
                            List.of("lib", "nope"), false)), DependentsPolicy.PATCH, false)));
            assertTrue(e.getMessage().contains("lists member 'nope'"), e.getMessage());
        }

        @Test
        void shouldRefuseDuplicateIdsAndSharedPaths() {
            RefusalException dup = assertThrows(RefusalException.class, () -> modelOf(config(
                    List.of(Component.of("a", "x"), Component.of("a", "y")))));
            assertTrue(dup.getMessage().contains("Two components have the id 'a'"));
            RefusalException same = assertThrows(RefusalException.class, () -> modelOf(config(
                    List.of(Component.of("a", "x"), Component.of("b", "./x/")))));
            assertTrue(same.getMessage().contains("both claim the path 'x'"), same.getMessage());
        }

        @Test
        void shouldRefuseTagFormatsThatCannotTellComponentsApart() {
            RefusalException e = assertThrows(RefusalException.class, () -> modelOf(config(
                    List.of(new Component("a", "a", List.of(), List.of(), "v@{version}", null),
                            new Component("b", "b", List.of(), List.of(), "v@{version}", null)))));
            assertTrue(e.getMessage().contains("cannot tell their releases apart"), e.getMessage());
        }

        @Test
        void shouldRefuseABadIdAndAPathLeavingTheRepository() {
            assertThrows(RefusalException.class, () -> Component.of("a b", "x"));
            assertThrows(RefusalException.class, () -> Component.of("a", "../x"));
        }

        @Test
        void shouldDefaultTagFormatAndChangelog() {
            Component c = Component.of("gax", "gax-java/");
            assertEquals("gax-java", c.path());
            assertEquals("gax-java/CHANGELOG.md", c.changelog());
            assertEquals("gax-v1.2.3", c.resolvedTagFormat().tagFor(Version.of(1, 2, 3)));
            assertFalse(ComponentConfig.SINGLE.hasComponents());
        }
    }

    // --- helpers -------------------------------------------------------------------------

    private ComponentConfig config(List<Component> components) {
        return new ComponentConfig(Versioning.SINGLE, components, List.of(), DependentsPolicy.PATCH,
                false);
    }

    private ComponentModel modelOf(ComponentConfig config) throws Exception {
        return ComponentModel.load(config, dir, dir, List.of());
    }

    private ComponentModel model(ComponentConfig config) throws Exception {
        List<ReactorModule> modules = Files.exists(dir.resolve("pom.xml"))
                ? ReactorReader.read(dir.resolve("pom.xml")) : List.of();
        return ComponentModel.load(config, dir, dir, modules);
    }

    private ComponentAnalysis analyze(ComponentConfig config) throws Exception {
        return analyze(config, id -> CommitSink.NONE);
    }

    private ComponentAnalysis analyze(ComponentConfig config,
            java.util.function.Function<String, CommitSink> sinks) throws Exception {
        return analyze(model(config), sinks);
    }

    private ComponentAnalysis analyze(ComponentModel model,
            java.util.function.Function<String, CommitSink> sinks) throws Exception {
        NextVersionRequest request = new NextVersionRequest(
                VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                TagFormat.of(TagFormat.DEFAULT, null), NextVersionRequest.FALLBACK_INITIAL_VERSION,
                Optional.empty(), Optional.empty(), false, false);
        try (GitRepository repo = GitRepository.open(dir)) {
            return new ComponentAnalyzer(reporter()).analyze(repo, request, model, sinks);
        }
    }

    private Reporter reporter() {
        return reporter;
    }

    private static String next(ComponentAnalysis a, String id) {
        return a.decision(id).orElseThrow().nextVersion().map(Version::toString).orElse(null);
    }

    private void history(ThrowingConsumer steps) throws Exception {
        try (GitScenario g = GitScenario.init(dir)) {
            steps.accept(g);
        }
    }

    @FunctionalInterface
    private interface ThrowingConsumer {
        void accept(GitScenario g) throws Exception;
    }

    private void write(String file, String text) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pom(String artifactId, String version, String parent, String body) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project>\n  <modelVersion>4.0.0</modelVersion>\n");
        if (parent != null) {
            out.append("  <parent><groupId>com.example</groupId><artifactId>").append(parent)
                    .append("</artifactId><version>1.0.0-SNAPSHOT</version>")
                    .append("lib".equals(parent) ? "" : "<relativePath>../pom.xml</relativePath>")
                    .append("</parent>\n");
        } else {
            out.append("  <groupId>com.example</groupId>\n");
        }
        out.append("  <artifactId>").append(artifactId).append("</artifactId>\n");
        if (version != null) {
            out.append("  <version>").append(version).append("</version>\n");
        }
        return out.append("  ").append(body).append("\n</project>\n").toString();
    }
}
