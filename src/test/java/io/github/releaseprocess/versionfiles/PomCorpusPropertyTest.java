package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The byte-preservation property over every real POM of the corpus: set a new version, and the
 * file either differs from the original only inside version text (compared as bytes, and as an
 * XML tree read by the JDK's own parser), re-reads as the new version and round-trips to the
 * identical bytes; or it is refused with a sentence naming file and line, and the refusal is one
 * of those listed in docs/goals/set-version.md.
 */
class PomCorpusPropertyTest {

    private static final String NEW = "7.8.9-rc.1";

    /** Corpus files that are refused, with a fragment of the reason (kept in sync with the docs). */
    static final Map<String, String> EXPECTED_REFUSALS = new TreeMap<>(Map.of(
            "apache__maven-release__maven-release-manager__src__test__resources__projects__"
                    + "rewrite-for-release__cdata-around-values__pom.xml",
            "sits in a CDATA section"));

    /** Refused on its own, for a reason the test derives itself: no own version, parent elsewhere. */
    private static final String INHERITS = "which is not in the reactor; declare <version> in this POM.";

    private static final Map<String, String> SEEN_REFUSALS = new TreeMap<>();
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger CHANGED = new AtomicInteger();
    private static final AtomicInteger PARENT_CHANGED = new AtomicInteger();

    @TempDir
    Path tmp;

    static Stream<Path> poms() throws IOException {
        return Corpus.files("poms").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poms")
    void shouldChangeOnlyTheVersionTextOrRefuseClearly(Path corpusPom) throws Exception {
        RUN.incrementAndGet();
        String name = corpusPom.getFileName().toString();
        byte[] before = Files.readAllBytes(corpusPom);
        Path pom = tmp.resolve("pom.xml");
        Files.write(pom, before);
        Document dom = dom(before);
        Coordinates self = Coordinates.of(dom);

        VersionChangePlan plan;
        try {
            plan = VersionSetter.plan(new VersionChangeRequest(tmp, self.version,
                    NEW, List.of(self.module(pom)), List.of()), Reporter.SILENT);
        } catch (RefusalException e) {
            SEEN_REFUSALS.put(name, e.getMessage());
            assertTrue(e.getMessage().matches("pom\\.xml:\\d+: .+"), e.getMessage());
            String expected = child(dom.getDocumentElement(), "version") == null ? INHERITS
                    : EXPECTED_REFUSALS.get(name);
            if (expected == null || !e.getMessage().contains(expected)) {
                fail("unexpected refusal of " + name + ": " + e.getMessage());
            }
            return;
        }
        assertTrue(!EXPECTED_REFUSALS.containsKey(name), name + " was expected to be refused");
        assertEquals(1, plan.changes().size(), "one file changes");
        byte[] after = plan.changes().get(0).after();

        assertOnlyVersionTextDiffers(before, after, plan.edits());
        assertSameTreeExceptVersions(dom(before), dom(after));
        assertEquals(NEW, Coordinates.of(dom(after)).version, "re-read version");

        Files.write(pom, after);
        VersionChangePlan back = VersionSetter.plan(new VersionChangeRequest(tmp, NEW,
                self.version, List.of(Coordinates.of(dom(after)).module(pom)), List.of()),
                Reporter.SILENT);
        assertArrayEquals(before, back.changes().get(0).after(), "round trip gives the original");

        Files.write(pom, before);
        VersionChangePlan same = VersionSetter.plan(new VersionChangeRequest(tmp, self.version,
                self.version, List.of(self.module(pom)), List.of()), Reporter.SILENT);
        assertTrue(same.isEmpty(), "setting the current version changes nothing");
        CHANGED.incrementAndGet();
    }

    /** The same file as a child whose parent is in the reactor: parent/version changes too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("poms")
    void shouldFollowAParentInTheReactor(Path corpusPom) throws Exception {
        byte[] before = Files.readAllBytes(corpusPom);
        Document dom = dom(before);
        Element parent = child(dom.getDocumentElement(), "parent");
        if (parent == null || text(child(parent, "version")) == null
                || text(child(parent, "version")).contains("${")) {
            return;
        }
        String parentVersion = text(child(parent, "version"));
        Path parentPom = tmp.resolve("parent.xml");
        Files.writeString(parentPom, "<project><modelVersion>4.0.0</modelVersion><groupId>"
                + text(child(parent, "groupId")) + "</groupId><artifactId>"
                + text(child(parent, "artifactId")) + "</artifactId><version>" + parentVersion
                + "</version><packaging>pom</packaging></project>");
        Path pom = tmp.resolve("pom.xml");
        Files.write(pom, before);
        Coordinates self = Coordinates.of(dom);
        ReactorModule parentModule = new ReactorModule(parentPom, text(child(parent, "groupId")),
                text(child(parent, "artifactId")), parentVersion);
        VersionChangePlan plan;
        try {
            plan = VersionSetter.plan(new VersionChangeRequest(tmp, parentVersion, NEW,
                    List.of(parentModule, self.module(pom)), List.of()), Reporter.SILENT);
        } catch (RefusalException e) {
            assertTrue(e.getMessage().matches("pom\\.xml:\\d+: .+"), e.getMessage());
            String name = corpusPom.getFileName().toString();
            assertTrue(EXPECTED_REFUSALS.containsKey(name), "unexpected refusal: " + e.getMessage());
            return;
        }
        FileChange child = plan.changes().stream().filter(c -> c.file().endsWith("pom.xml"))
                .findFirst().orElseThrow(() -> new AssertionError("the child changes"));
        assertTrue(child.edits().stream().anyMatch(e -> e.what().equals("parent/version")));
        assertOnlyVersionTextDiffers(before, child.after(), child.edits());
        assertSameTreeExceptVersions(dom(before), dom(child.after()));
        Element newParent = child(dom(child.after()).getDocumentElement(), "parent");
        assertEquals(NEW, text(child(newParent, "version")));
        PARENT_CHANGED.incrementAndGet();
    }

    /** The numbers docs/goals/set-version.md states, so that a run over the whole corpus checks them. */
    @AfterAll
    static void shouldMatchTheDocumentedCounts() throws IOException {
        if (RUN.get() != Corpus.files("poms").size()) {
            return;
        }
        long inherited = SEEN_REFUSALS.values().stream().filter(m -> m.endsWith(INHERITS)).count();
        assertEquals(69, RUN.get(), "corpus POMs");
        assertEquals(51, CHANGED.get(), "POMs changed on their own");
        assertEquals(1, SEEN_REFUSALS.size() - inherited, "POMs refused for their content");
        assertEquals(17, inherited, "POMs without a version of their own");
        assertEquals(PARENT_COUNT, PARENT_CHANGED.get(), "POMs whose parent/version followed");
    }

    private static final int PARENT_COUNT = 34;

    @Test
    void shouldNoticeAByteChangedOutsideTheVersion() {
        byte[] before = "<a><version>1.0</version><b>x</b></a>".getBytes(StandardCharsets.UTF_8);
        byte[] after = "<a><version>2.0</version><b>y</b></a>".getBytes(StandardCharsets.UTF_8);
        List<VersionEdit> edits = List.of(new VersionEdit(Path.of("p"), 1, "1.0", "2.0", "v"));
        assertThrows(AssertionError.class, () -> assertOnlyVersionTextDiffers(before, after, edits));
        byte[] good = "<a><version>2.0</version><b>x</b></a>".getBytes(StandardCharsets.UTF_8);
        assertOnlyVersionTextDiffers(before, good, edits);
    }

    /**
     * Walks both byte arrays: every difference must be one edit's old text replaced by its new
     * text, at the same place; all other bytes are equal.
     */
    static void assertOnlyVersionTextDiffers(byte[] before, byte[] after, List<VersionEdit> edits) {
        int i = 0;
        int j = 0;
        List<VersionEdit> pending = new ArrayList<>(edits);
        while (i < before.length || j < after.length) {
            if (i < before.length && j < after.length && before[i] == after[j]) {
                boolean spliced = false;
                for (VersionEdit e : pending) {
                    if (startsWith(before, i, e.before()) && startsWith(after, j, e.after())
                            && !e.before().equals(e.after()) && !startsWith(before, i, e.after())) {
                        i += e.before().length();
                        j += e.after().length();
                        pending.remove(e);
                        spliced = true;
                        break;
                    }
                }
                if (!spliced) {
                    i++;
                    j++;
                }
                continue;
            }
            VersionEdit match = null;
            for (VersionEdit e : pending) {
                int back = commonTail(before, i, after, j, e);
                if (back >= 0) {
                    match = e;
                    i = i - back + e.before().length();
                    j = j - back + e.after().length();
                    break;
                }
            }
            if (match == null) {
                fail("bytes differ outside version text at offset " + i + ": "
                        + new String(before, Math.max(0, i - 30), Math.min(60, before.length - Math.max(0, i - 30)),
                                StandardCharsets.ISO_8859_1));
            }
            pending.remove(match);
        }
    }

    private static int commonTail(byte[] before, int i, byte[] after, int j, VersionEdit e) {
        for (int back = 0; back <= i && back <= j && back <= e.before().length(); back++) {
            if (startsWith(before, i - back, e.before()) && startsWith(after, j - back, e.after())) {
                return back;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, String s) {
        byte[] t = s.getBytes(StandardCharsets.ISO_8859_1);
        if (at < 0 || at + t.length > b.length) {
            return false;
        }
        for (int k = 0; k < t.length; k++) {
            if (b[at + k] != t[k]) {
                return false;
            }
        }
        return true;
    }

    /** Equal XML trees, except text inside version elements and properties. */
    static void assertSameTreeExceptVersions(Document a, Document b) {
        compare(a.getDocumentElement(), b.getDocumentElement(), "");
    }

    private static void compare(Node a, Node b, String path) {
        assertEquals(a.getNodeType(), b.getNodeType(), path);
        assertEquals(a.getNodeName(), b.getNodeName(), path);
        if (a.getNodeType() == Node.TEXT_NODE || a.getNodeType() == Node.CDATA_SECTION_NODE
                || a.getNodeType() == Node.COMMENT_NODE) {
            if (!a.getNodeValue().equals(b.getNodeValue())) {
                String owner = a.getParentNode().getNodeName();
                String grand = a.getParentNode().getParentNode().getNodeName();
                assertTrue(a.getNodeType() == Node.TEXT_NODE
                        && (owner.equals("version") || grand.equals("properties")),
                        "text changed outside a version at " + path);
            }
            return;
        }
        if (a.getAttributes() != null) {
            assertEquals(a.getAttributes().getLength(), b.getAttributes().getLength(), path);
            for (int k = 0; k < a.getAttributes().getLength(); k++) {
                Node x = a.getAttributes().item(k);
                assertEquals(x.getNodeValue(), b.getAttributes().getNamedItem(x.getNodeName()).getNodeValue(), path);
            }
        }
        if (a.getParentNode() != null && "properties".equals(a.getParentNode().getNodeName())
                && a.getParentNode().getParentNode() == a.getOwnerDocument().getDocumentElement()) {
            assertEquals(0, ((Element) b).getElementsByTagName("*").getLength(), path);
            return;
        }
        NodeList ca = a.getChildNodes();
        NodeList cb = b.getChildNodes();
        assertEquals(ca.getLength(), cb.getLength(), "children of " + path);
        for (int k = 0; k < ca.getLength(); k++) {
            compare(ca.item(k), cb.item(k), path + "/" + a.getNodeName());
        }
    }

    /** The JDK parser, safe: no external entities, no DTD loading, no network. */
    static Document dom(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(true);
        f.setCoalescing(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static Element child(Element e, String name) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }

    /** Coordinates read by the JDK parser, independent of the editor's own reader. */
    record Coordinates(String groupId, String artifactId, String version) {
        static Coordinates of(Document dom) {
            Element p = dom.getDocumentElement();
            Element parent = child(p, "parent");
            String g = text(child(p, "groupId"));
            String v = text(child(p, "version"));
            if (g == null) {
                g = text(child(parent, "groupId"));
            }
            if (v == null) {
                v = text(child(parent, "version"));
            }
            Element props = child(p, "properties");
            for (int round = 0; round < 5 && v != null && v.contains("${") && props != null; round++) {
                for (Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        v = v.replace("${" + e.getTagName() + "}", e.getTextContent().trim());
                    }
                }
            }
            return new Coordinates(g, text(child(p, "artifactId")), v);
        }

        ReactorModule module(Path pom) {
            return new ReactorModule(pom, groupId, artifactId, version);
        }
    }
}
