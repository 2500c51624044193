package io.github.releaseprocess.adopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code init} found in a repository and the configuration that fits it.
 *
 * @param findings one per topic (tag format, previous tool, commits, changelog, version files,
 *     first release), each with the evidence
 * @param configuration the plugin's {@code <configuration>} elements that differ from the
 *     defaults, in order, e.g. {@code tagFormat → gson-parent-@{version}}
 * @param gates {@code <gates>} elements that differ from the defaults
 * @param versionFiles paths for {@code <versionFiles>}
 */
public record Adoption(List<Finding> findings, Map<String, String> configuration,
        Map<String, String> gates, List<String> versionFiles) {

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

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
