package io.github.releaseprocess.versioning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CommitSpill} writes the bytes that the report's Gson writer writes, on awkward text. */
class CommitSpillTest {

    private record Element(String id, String type, String scope, boolean breaking,
            String subject, boolean releasable) {
    }

    /** What the spill wrote before: Gson with the report's settings, then UTF-8. */
    private static byte[] gson(List<Element> elements) throws Exception {
        StringWriter out = new StringWriter();
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject().name("commits").beginArray();
        String start = "{\n  \"commits\": [";
        for (Element e : elements) {
            json.beginObject().name("id").value(e.id()).name("type").value(e.type())
                    .name("scope").value(e.scope()).name("breaking").value(e.breaking())
                    .name("subject").value(e.subject()).name("releasable")
                    .value(e.releasable()).endObject();
        }
        json.flush();
        assertEquals(start, out.toString().substring(0, start.length()));
        return out.toString().substring(start.length()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] spill(List<Element> elements) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CommitSpill spill = new CommitSpill(bytes)) {
            for (Element e : elements) {
                spill.commit(e.id(), e.type(), e.scope(), e.breaking(), e.subject(),
                        e.releasable());
            }
        }
        return bytes.toByteArray();
    }

    /** Every character class JSON or UTF-8 treats apart, and no character at all. */
    private static final String[] PIECES = {"", "a", "Z9 ~/", "\"", "\\", "\t", "\b", "\n", "\r",
        "\f", "\u0000", "\u0001", "\u001f", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "✓",
        "日本語", "\u2028", "\u2029", "\ufeff", "\uffff", "😀", "\ud83d", "\ude00", "<b>&amp;'</b>",
        "=", "\u00a0"};

    private static String awkward(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void shouldWriteWhatGsonWrites() throws Exception {
        Random random = new Random(14);
        List<Element> elements = new ArrayList<>();
        assertArrayEquals(gson(elements), spill(elements));
        elements.add(new Element("0123456789abcdef0123456789abcdef01234567", "feat", null, false,
                "say \"hello\" to C:\\temp", true));
        elements.add(new Element("89abcdef0123456789abcdef0123456789abcdef", null, "x", true,
                null, false));
        // a lone surrogate at the end of a string, before the closing quote
        elements.add(new Element("id", "fix", "\ud83d", false, "ends high \ud83d", true));
        for (int i = 0; i < 3000; i++) {
            elements.add(new Element(awkward(random, 2), awkward(random, 3),
                    random.nextBoolean() ? null : awkward(random, 4), random.nextBoolean(),
                    awkward(random, random.nextInt(60)), random.nextBoolean()));
        }
        // very long subjects, across the 64 KiB buffer in every way
        for (int length : new int[] {65_535, 65_536, 70_000, 200_003}) {
            elements.add(new Element("long", "docs", null, false, awkward(random, length / 2),
                    true));
            elements.add(new Element("long", "docs", null, false, "x".repeat(length), true));
        }
        assertArrayEquals(gson(elements), spill(elements));
        assertArrayEquals(gson(elements.subList(0, 1)), spill(elements.subList(0, 1)));
    }
}
