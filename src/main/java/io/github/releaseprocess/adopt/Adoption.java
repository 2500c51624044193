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
 */
public record Adoption(List<Finding> findings, Map<String, String> configuration,
        Map<String, String> gates, List<String> versionFiles, Optional<PythonVersion> python) {

    /** The adoption of a project with a POM. */
    public Adoption(List<Finding> findings, Map<String, String> configuration,
            Map<String, String> gates, List<String> versionFiles) {
        this(findings, configuration, gates, versionFiles, Optional.empty());
    }

    public Adoption {
        findings = List.copyOf(findings);
        configuration = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(configuration));
        gates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gates));
        versionFiles = List.copyOf(versionFiles);
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
        if (!configuration.isEmpty() || !gates.isEmpty() || !versionFiles.isEmpty()) {
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
            lines.add("  </configuration>");
        }
        lines.add("</plugin>");
        return lines;
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
