package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.versionfiles.XmlTree.Element;
import io.github.releaseprocess.versionfiles.XmlTree.Segment;
import io.github.releaseprocess.versionfiles.XmlTree.SegmentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a POM that carry versions, with the byte ranges of their text. */
final class PomFile {

    /** Names of elements whose groupId/artifactId/version name another artifact. */
    private static final List<String> REFERENCE_ELEMENTS = List.of("dependency", "plugin", "extension");

    /**
     * The text of an element and the byte range to replace to change it; or, when it cannot be
     * changed safely, {@link #problem} says why.
     */
    record Value(Element element, String text, int start, int end, int line, String problem) {
        boolean readable() {
            return problem == null;
        }

        boolean isExpression() {
            return text.contains("${");
        }
    }

    /** A dependency, plugin or extension: its coordinates elements. */
    record Reference(Element holder, Element groupId, Element artifactId, Element version) {
    }

    final Path path;
    final String displayName;
    final XmlTree tree;
    final Element project;
    final Element parent;
    final Map<String, Element> properties = new LinkedHashMap<>();
    final List<Reference> references = new ArrayList<>();

    private PomFile(Path path, String displayName, XmlTree tree) {
        this.path = path;
        this.displayName = displayName;
        this.tree = tree;
        this.project = tree.root;
        if (!"project".equals(project.name)) {
            throw new RefusalException(displayName + ":" + tree.line(project.tagStart)
                    + ": the root element is <" + project.name + ">, not <project>; is this a POM?");
        }
        this.parent = project.child("parent");
        Element props = project.child("properties");
        if (props != null) {
            for (Element p : props.children) {
                properties.put(p.name, p);
            }
        }
        collectReferences(project);
    }

    static PomFile read(Path path, String displayName) throws IOException {
        return parse(path, displayName, Files.readAllBytes(path));
    }

    static PomFile parse(Path path, String displayName, byte[] bytes) {
        return new PomFile(path, displayName, XmlTree.parse(displayName, bytes));
    }

    Element own(String name) {
        return project.child(name);
    }

    Element parentChild(String name) {
        return parent == null ? null : parent.child(name);
    }

    /** The text value of a leaf element and the range that holds it. */
    Value value(Element e) {
        int line = tree.line(e.contentStart);
        if (e.selfClosing) {
            return new Value(e, "", e.tagStart, e.tagEnd, tree.line(e.tagStart), null);
        }
        if (!e.children.isEmpty()) {
            return new Value(e, "", e.contentStart, e.contentEnd, line,
                    "<" + e.name + "> holds child elements instead of a value");
        }
        Segment text = null;
        for (Segment s : e.segments) {
            if (s.kind() == SegmentKind.CDATA) {
                return new Value(e, "", e.contentStart, e.contentEnd, tree.line(s.start()),
                        "the value of <" + e.name + "> sits in a CDATA section");
            }
            if (s.kind() == SegmentKind.TEXT) {
                String t = tree.decode(s.start(), s.end());
                if (t.indexOf('&') >= 0) {
                    return new Value(e, "", e.contentStart, e.contentEnd, tree.line(s.start()),
                            "the value of <" + e.name + "> uses an entity or character reference");
                }
                if (!t.isBlank()) {
                    if (text != null) {
                        return new Value(e, "", e.contentStart, e.contentEnd, line,
                                "the value of <" + e.name + "> is split by a comment");
                    }
                    text = s;
                }
            }
        }
        if (text == null) {
            return new Value(e, "", e.contentStart, e.contentStart, line, null);
        }
        int start = text.start();
        int end = text.end();
        while (start < end && isSpace(tree.bytes[start])) {
            start++;
        }
        while (end > start && isSpace(tree.bytes[end - 1])) {
            end--;
        }
        return new Value(e, tree.decode(start, end), start, end, tree.line(start), null);
    }

    /** The replacement for a value: its text, or a whole element when it was written {@code <x/>}. */
    String replacement(Value v, String newText) {
        if (v.element().selfClosing) {
            return "<" + v.element().name + ">" + newText + "</" + v.element().name + ">";
        }
        return newText;
    }

    /** The trimmed plain text of an element, or null when absent or not plain. */
    String text(Element e) {
        if (e == null) {
            return null;
        }
        Value v = value(e);
        return v.readable() ? v.text() : null;
    }

    private void collectReferences(Element e) {
        for (Element c : e.children) {
            if ("configuration".equals(c.name)) {
                continue;
            }
            if (REFERENCE_ELEMENTS.contains(c.name) && c.child("artifactId") != null) {
                references.add(new Reference(c, c.child("groupId"), c.child("artifactId"),
                        c.child("version")));
            }
            collectReferences(c);
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
