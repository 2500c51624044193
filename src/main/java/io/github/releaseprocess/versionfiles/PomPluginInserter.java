package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.versionfiles.XmlTree.Element;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Inserts a {@code <plugin>} element into a POM's {@code <build><plugins>}, creating
 * {@code <build>} and {@code <plugins>} where they are missing, and changes no other byte. The
 * block follows the file's line ending and indentation (tabs or the width of its first level).
 */
public final class PomPluginInserter {

    private PomPluginInserter() {
    }

    /**
     * The POM with the plugin added.
     *
     * @param displayName the file's name in messages
     * @param pom the POM's bytes
     * @param pluginLines the {@code <plugin>} element, one line each, indented by two spaces per
     *     level (re-indented to the file's style)
     * @param artifactId the plugin's artifactId, to refuse a second declaration
     * @throws RefusalException when the POM already declares the plugin in build/plugins, or is
     *     not a POM this editor can read
     */
    public static byte[] insert(String displayName, byte[] pom, List<String> pluginLines,
            String artifactId) {
        XmlTree tree = XmlTree.parse(displayName, pom);
        Element project = tree.root;
        if (!"project".equals(project.name)) {
            throw new RefusalException(displayName + ": the root element is <" + project.name
                    + ">, not <project>; is this a POM?");
        }
        String eol = new String(pom, StandardCharsets.ISO_8859_1).contains("\r\n") ? "\r\n" : "\n";
        String unit = indentUnit(tree, project);
        Element build = project.child("build");
        Element plugins = build == null ? null : build.child("plugins");
        if (plugins != null) {
            for (Element plugin : plugins.children("plugin")) {
                Element id = plugin.child("artifactId");
                if (id != null && artifactId.equals(tree.decode(id.contentStart, id.contentEnd)
                        .trim())) {
                    throw new RefusalException(displayName + ":" + tree.line(plugin.tagStart)
                            + ": the plugin " + artifactId + " is there already; edit its"
                            + " <configuration> by hand, or remove it and run init again.");
                }
            }
            return into(tree, plugins, indentOf(tree, plugins) + unit, List.of(), pluginLines,
                    unit, eol);
        }
        if (build != null) {
            return into(tree, build, indentOf(tree, build) + unit, List.of("<plugins>"),
                    pluginLines, unit, eol);
        }
        return into(tree, project, unit, List.of("<build>", "<plugins>"), pluginLines, unit, eol);
    }

    /**
     * Adds the block as the last content of {@code parent}, wrapped in the elements named by
     * {@code wrappers} (opened in order, closed in reverse), at {@code indent}.
     */
    private static byte[] into(XmlTree tree, Element parent, String indent, List<String> wrappers,
            List<String> pluginLines, String unit, String eol) {
        StringBuilder block = new StringBuilder();
        String level = indent;
        for (String open : wrappers) {
            block.append(level).append(open).append(eol);
            level += unit;
        }
        for (String line : pluginLines) {
            int depth = 0;
            while (line.startsWith("  ", depth * 2)) {
                depth++;
            }
            block.append(level).append(unit.repeat(depth)).append(line.substring(depth * 2))
                    .append(eol);
        }
        for (int i = wrappers.size() - 1; i >= 0; i--) {
            level = level.substring(0, level.length() - unit.length());
            block.append(level).append("</").append(wrappers.get(i).substring(1)).append(eol);
        }
        byte[] b = tree.bytes;
        String parentIndent = indent.substring(0, Math.max(0, indent.length() - unit.length()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + block.length() + 64);
        if (parent.selfClosing) {
            // <plugins/> becomes <plugins> … </plugins>
            out.write(b, 0, parent.tagStart);
            write(out, "<" + parent.name + ">" + eol + block + parentIndent + "</" + parent.name
                    + ">");
            out.write(b, parent.tagEnd, b.length - parent.tagEnd);
            return out.toByteArray();
        }
        int end = parent.contentEnd;
        int lineStart = end;
        while (lineStart > parent.contentStart && (b[lineStart - 1] == ' ' || b[lineStart - 1] == '\t')) {
            lineStart--;
        }
        boolean ownLine = lineStart > 0 && b[lineStart - 1] == '\n';
        if (ownLine) {
            // The closing tag stands on its own line: the block goes on the lines before it.
            out.write(b, 0, lineStart);
            write(out, block.toString());
            out.write(b, lineStart, b.length - lineStart);
        } else {
            out.write(b, 0, end);
            write(out, eol + block + parentIndent);
            out.write(b, end, b.length - end);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }

    /** The whitespace before an element's start tag on its line. */
    private static String indentOf(XmlTree tree, Element e) {
        int i = e.tagStart;
        while (i > 0 && (tree.bytes[i - 1] == ' ' || tree.bytes[i - 1] == '\t')) {
            i--;
        }
        if (i > 0 && tree.bytes[i - 1] != '\n') {
            return "";
        }
        return new String(tree.bytes, i, e.tagStart - i, StandardCharsets.ISO_8859_1);
    }

    /** The indentation of the project's first child: a tab, or that many spaces (default 2). */
    private static String indentUnit(XmlTree tree, Element project) {
        for (Element child : project.children) {
            String indent = indentOf(tree, child);
            if (!indent.isEmpty()) {
                return indent.startsWith("\t") ? "\t" : indent;
            }
        }
        return "  ";
    }
}
