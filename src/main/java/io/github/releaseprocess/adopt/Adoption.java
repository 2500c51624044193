package io.github.releaseprocess.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code init} found in a repository and the configuration that fits it.
 *
 * @param findings one per topic (tag format, previous tool, commits, changelog, version files,
 *     first release), each with the evidence
 * @param configuration the plugin's {@code <configuration>} elements that differ from the
 *     defaults, in order, e.g. {@code tagFormat → gson-parent-@{version}}
 * @param gates {@code <gates>} elements that differ from the defaults
 * @param versionFiles paths for {@code <versionFiles>}
 * @param python without a POM, the Python project's version, which the {@code pom.xml} that
 *     releases it stands for
 * @param components the components a monorepo already releases with tags of their own, empty
 *     for one version line
 * @param group the id of the unlinked group that holds every component, when they are released
 *     together
 */
public record Adoption(List<Finding> findings, Map<String, String> configuration,
        Map<String, String> gates, List<String> versionFiles, Optional<PythonVersion> python,
        List<Component> components, Optional<String> group) {

    /** The adoption of a project with a POM. */
    public Adoption(List<Finding> findings, Map<String, String> configuration,
            Map<String, String> gates, List<String> versionFiles) {
        this(findings, configuration, gates, versionFiles, Optional.empty());
    }

    /** The adoption of a project with one version line. */
    public Adoption(List<Finding> findings, Map<String, String> configuration,
            Map<String, String> gates, List<String> versionFiles, Optional<PythonVersion> python) {
        this(findings, configuration, gates, versionFiles, python, List.of(), Optional.empty());
    }

    public Adoption {
        findings = List.copyOf(findings);
        configuration = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(configuration));
        gates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gates));
        versionFiles = List.copyOf(versionFiles);
        components = List.copyOf(components);
    }

    /**
     * A suggested {@code <component>}.
     *
     * @param id its id
     * @param path its folder, {@code .} for the root
     * @param tagFormat its tag format
     * @param excludePaths paths under it that are not its own
     * @param changelog its {@code <changelog>} when not the default ({@code none})
     */
    public record Component(String id, String path, String tagFormat, List<String> excludePaths,
            Optional<String> changelog) {

        public Component {
            excludePaths = List.copyOf(excludePaths);
        }
    }

    /**
     * One thing found.
     *
     * @param topic e.g. {@code tag format}
     * @param value what was found, e.g. {@code gson-parent-@{version}}
     * @param why the evidence and what follows from it
     */
    public record Finding(String topic, String value, String why) {
    }

    /**
     * The {@code <plugin>} element, two spaces per level, without surrounding indentation.
     */
    public List<String> pluginLines(String groupId, String artifactId, String version) {
        List<String> lines = new ArrayList<>();
        lines.add("<plugin>");
        lines.add("  <groupId>" + groupId + "</groupId>");
        lines.add("  <artifactId>" + artifactId + "</artifactId>");
        lines.add("  <version>" + version + "</version>");
        if (!configuration.isEmpty() || !gates.isEmpty() || !versionFiles.isEmpty()
                || !components.isEmpty()) {
            lines.add("  <configuration>");
            configuration.forEach((k, v) -> lines.add("    <" + k + ">" + xml(v) + "</" + k + ">"));
            if (!gates.isEmpty()) {
                lines.add("    <gates>");
                gates.forEach((k, v) -> lines.add("      <" + k + ">" + xml(v) + "</" + k + ">"));
                lines.add("    </gates>");
            }
            if (!versionFiles.isEmpty()) {
                lines.add("    <versionFiles>");
                versionFiles.forEach(f -> lines.add("      <versionFile><path>" + xml(f)
                        + "</path></versionFile>"));
                lines.add("    </versionFiles>");
            }
            components(lines);
            lines.add("  </configuration>");
        }
        lines.add("</plugin>");
        return lines;
    }

    private void components(List<String> lines) {
        if (components.isEmpty()) {
            return;
        }
        lines.add("    <components>");
        for (Component c : components) {
            lines.add("      <component>");
            lines.add("        <id>" + xml(c.id()) + "</id>");
            lines.add("        <path>" + xml(c.path()) + "</path>");
            lines.add("        <tagFormat>" + xml(c.tagFormat()) + "</tagFormat>");
            if (!c.excludePaths().isEmpty()) {
                lines.add("        <excludePaths>");
                c.excludePaths().forEach(p -> lines.add("          <excludePath>" + xml(p)
                        + "</excludePath>"));
                lines.add("        </excludePaths>");
            }
            c.changelog().ifPresent(f -> lines.add("        <changelog>" + xml(f)
                    + "</changelog>"));
            lines.add("      </component>");
        }
        lines.add("    </components>");
        group.ifPresent(id -> {
            lines.add("    <groups>");
            lines.add("      <group>");
            lines.add("        <id>" + xml(id) + "</id>");
            lines.add("        <members>");
            components.forEach(c -> lines.add("          <member>" + xml(c.id()) + "</member>"));
            lines.add("        </members>");
            lines.add("      </group>");
            lines.add("    </groups>");
        });
    }

    /**
     * What to run once the block is in pom.xml, by full coordinates: Maven finds a plugin by its
     * prefix ({@code mvn release-process:next-version}) only through the reactor's projects or
     * the {@code <pluginGroups>} of settings.xml, so in a reactor whose first module does not
     * inherit from the root POM (googleapis/sdk-platform-java) the short form fails with "No
     * plugin found for prefix". The last line says how to make the short form work.
     */
    public static List<String> nextSteps(String groupId, String artifactId, String version) {
        String plugin = "mvn " + groupId + ":" + artifactId + ":" + version + ":";
        return List.of(plugin + "next-version", plugin + "prepare -DdryRun",
                "The short form (mvn release-process:next-version) needs <pluginGroup>" + groupId
                        + "</pluginGroup> in the <pluginGroups> of ~/.m2/settings.xml when a"
                        + " module of the reactor does not inherit from this pom.xml.");
    }

    /**
     * A {@code pom.xml} of packaging {@code pom} that releases a project without Maven at its own
     * version, holding the plugin block; empty without a Python version in SemVer form.
     */
    public Optional<List<String>> pomLines(List<String> pluginBlock) {
        if (python.isEmpty() || python.get().mavenVersion().isEmpty()) {
            return Optional.empty();
        }
        String name = python.get().name().replaceAll("[^A-Za-z0-9_.-]", "-");
        List<String> lines = new ArrayList<>(List.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!-- Releases the Python project with release-process-maven-plugin. -->",
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
                "  <modelVersion>4.0.0</modelVersion>",
                "  <groupId>" + xml(name) + "</groupId>",
                "  <artifactId>" + xml(name) + "</artifactId>",
                "  <version>" + python.get().mavenVersion().get() + "</version>",
                "  <packaging>pom</packaging>",
                "  <build>",
                "    <plugins>"));
        pluginBlock.forEach(line -> lines.add("      " + line));
        lines.addAll(List.of("    </plugins>", "  </build>", "</project>"));
        return Optional.of(lines);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
