package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byte-level element tree of an XML file that records where every element's content starts and
 * ends, so an editor can splice new text in without decoding, re-encoding or re-serialising
 * anything else. It never resolves entities or reads a DTD (safe against external entities by
 * construction) and only understands ASCII-compatible encodings (UTF-8, ISO-8859-*, windows-125x),
 * in which every markup byte is ASCII and never part of a multi-byte character.
 */
final class XmlTree {

    private static final Pattern ENCODING =
            Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** One run of element content between tags. */
    enum SegmentKind { TEXT, COMMENT, CDATA, PI }

    record Segment(SegmentKind kind, int start, int end) {
    }

    /** An element: its name, where its start tag begins and where its content lies. */
    static final class Element {
        final String name;
        final Element parent;
        final int tagStart;
        int tagEnd;
        int contentStart;
        int contentEnd;
        boolean selfClosing;
        final List<Element> children = new ArrayList<>();
        final List<Segment> segments = new ArrayList<>();

        Element(String name, Element parent, int tagStart) {
            this.name = name;
            this.parent = parent;
            this.tagStart = tagStart;
        }

        Element child(String childName) {
            for (Element c : children) {
                if (c.name.equals(childName)) {
                    return c;
                }
            }
            return null;
        }

        List<Element> children(String childName) {
            List<Element> out = new ArrayList<>();
            for (Element c : children) {
                if (c.name.equals(childName)) {
                    out.add(c);
                }
            }
            return out;
        }

        String path() {
            return parent == null ? name : parent.path() + "/" + name;
        }
    }

    final String fileName;
    final byte[] bytes;
    final Charset charset;
    final Element root;
    private final int[] lineStarts;

    private XmlTree(String fileName, byte[] bytes, Charset charset, Element root, int[] lineStarts) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.charset = charset;
        this.root = root;
        this.lineStarts = lineStarts;
    }

    /** 1-based line of a byte offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    String decode(int start, int end) {
        return new String(bytes, start, end - start, charset);
    }

    static XmlTree parse(String fileName, byte[] b) {
        return new Scanner(fileName, b).run();
    }

    private static final class Scanner {
        private final String fileName;
        private final byte[] b;
        private final int[] lineStarts;
        private int i;
        private Charset charset = StandardCharsets.UTF_8;
        private Element root;
        private Element current;

        Scanner(String fileName, byte[] b) {
            this.fileName = fileName;
            this.b = b;
            int count = 1;
            for (byte x : b) {
                if (x == '\n') {
                    count++;
                }
            }
            lineStarts = new int[count];
            int n = 1;
            for (int k = 0; k < b.length; k++) {
                if (b[k] == '\n') {
                    lineStarts[n++] = k + 1;
                }
            }
        }

        XmlTree run() {
            if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                    || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || b[0] == 0 || b[1] == 0)) {
                throw refuse(0, "the file is encoded in UTF-16 or UTF-32, which set-version does not edit;"
                        + " save it as UTF-8");
            }
            if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
                i = 3;
            }
            while (i < b.length) {
                if (b[i] == '<') {
                    markup();
                } else {
                    int start = i;
                    while (i < b.length && b[i] != '<') {
                        i++;
                    }
                    if (current != null) {
                        current.segments.add(new Segment(SegmentKind.TEXT, start, i));
                    }
                }
            }
            if (current != null) {
                throw refuse(current.tagStart, "element <" + current.name + "> is never closed");
            }
            if (root == null) {
                throw refuse(0, "the file has no root element");
            }
            return new XmlTree(fileName, b, charset, root, lineStarts);
        }

        private void markup() {
            int start = i;
            if (startsWith("<?")) {
                int end = indexOf("?>", i + 2);
                String pi = new String(b, start, end + 2 - start, StandardCharsets.ISO_8859_1);
                if (pi.startsWith("<?xml ") && root == null) {
                    Matcher m = ENCODING.matcher(pi);
                    if (m.find()) {
                        charset = charset(m.group(1), start);
                    }
                }
                i = end + 2;
                segment(SegmentKind.PI, start);
            } else if (startsWith("<!--")) {
                i = indexOf("-->", i + 4) + 3;
                segment(SegmentKind.COMMENT, start);
            } else if (startsWith("<![CDATA[")) {
                i = indexOf("]]>", i + 9) + 3;
                segment(SegmentKind.CDATA, start);
            } else if (startsWith("<!")) {
                doctype();
            } else if (i + 1 < b.length && b[i + 1] == '/') {
                int nameStart = i + 2;
                int nameEnd = nameEnd(nameStart);
                String name = new String(b, nameStart, nameEnd - nameStart, StandardCharsets.ISO_8859_1);
                int close = indexOf(">", nameEnd);
                if (current == null || !current.name.equals(name)) {
                    throw refuse(start, "end tag </" + name + "> does not match "
                            + (current == null ? "any open element" : "<" + current.name + ">"));
                }
                current.contentEnd = start;
                current.tagEnd = close + 1;
                current = current.parent;
                i = close + 1;
            } else {
                startTag(start);
            }
        }

        private void startTag(int start) {
            int nameEnd = nameEnd(start + 1);
            if (nameEnd == start + 1) {
                throw refuse(start, "a '<' starts no element; escape it as &lt;");
            }
            String name = new String(b, start + 1, nameEnd - start - 1, StandardCharsets.ISO_8859_1);
            int k = nameEnd;
            while (k < b.length && b[k] != '>') {
                if (b[k] == '"' || b[k] == '\'') {
                    byte q = b[k];
                    k++;
                    while (k < b.length && b[k] != q) {
                        k++;
                    }
                }
                k++;
            }
            if (k >= b.length) {
                throw refuse(start, "start tag <" + name + " is never closed");
            }
            if (current == null && root != null) {
                throw refuse(start, "a second root element <" + name + "> follows the first");
            }
            Element e = new Element(name, current, start);
            if (current != null) {
                current.children.add(e);
            } else {
                root = e;
            }
            i = k + 1;
            if (b[k - 1] == '/') {
                e.selfClosing = true;
                e.contentStart = i;
                e.contentEnd = i;
                e.tagEnd = i;
            } else {
                e.contentStart = i;
                current = e;
            }
        }

        private void doctype() {
            int start = i;
            int depth = 0;
            i += 2;
            while (i < b.length) {
                byte c = b[i];
                if (c == '"' || c == '\'') {
                    i++;
                    while (i < b.length && b[i] != c) {
                        i++;
                    }
                } else if (startsWith("<!--")) {
                    i = indexOf("-->", i + 4) + 2;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                } else if (c == '>' && depth <= 0) {
                    i++;
                    return;
                }
                i++;
            }
            throw refuse(start, "the <!DOCTYPE is never closed");
        }

        private void segment(SegmentKind kind, int start) {
            if (current != null) {
                current.segments.add(new Segment(kind, start, i));
            }
        }

        private int nameEnd(int k) {
            while (k < b.length) {
                byte c = b[k];
                if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    break;
                }
                k++;
            }
            return k;
        }

        private boolean startsWith(String s) {
            if (i + s.length() > b.length) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (b[i + k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(String s, int from) {
            outer:
            for (int k = from; k <= b.length - s.length(); k++) {
                for (int m = 0; m < s.length(); m++) {
                    if (b[k + m] != s.charAt(m)) {
                        continue outer;
                    }
                }
                return k;
            }
            throw refuse(i, "markup is never closed (missing '" + s + "')");
        }

        private Charset charset(String name, int at) {
            try {
                Charset cs = Charset.forName(name);
                if (!cs.newEncoder().canEncode('<') || cs.name().startsWith("UTF-16")
                        || cs.name().startsWith("UTF-32")) {
                    throw refuse(at, "the XML declaration names encoding " + name + ", which set-version does not"
                            + " edit; save it as UTF-8");
                }
                return cs;
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw refuse(at, "the XML declaration names the unknown encoding " + name
                        + "; fix the XML declaration");
            }
        }

        private RefusalException refuse(int offset, String what) {
            int line = Arrays.binarySearch(lineStarts, offset);
            line = line >= 0 ? line + 1 : -line - 1;
            return new RefusalException(fileName + ":" + line + ": " + what + ".");
        }
    }
}
