package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The blocks {@link PlainBlocks} finds without commonmark-java are the ones commonmark-java
 * finds, on every chunk it takes; a chunk with a line it does not know is left to commonmark.
 */
class PlainBlocksTest {

    /** Lines in the plain form. */
    private static final List<String> PLAIN = List.of("", "", "", "# Changelog", "## [Unreleased]",
            "## [1.0.0] - 2020-01-01", "## 1.2.0 (2023-01-01)", "### Added", "### Fixed",
            "#### Deep", "###### Six", "#", "##", "## [1.0.0] - 2020-01-01 ##", "#\tTab",
            "- A thing", "- Another thing (#12).", "- **Breaking:** renamed `x`", "- `code` first",
            "- ``two`` ticks", "- (paren) first", "- \"quoted\" first", "- 'single' first",
            "- Émoji 🎉 ok", "- Ünïcode", "* **deps:** Update x ([#1](https://x/1))",
            "* Adding Otel", "* `code` first", "* A star item", "  continued text",
            "  `code` continued", "  (paren) continued", "  **Bold** continued", "Text line",
            "Another line with [a] link",
            "\"quoted line\"", "'single line'", "(paren line)", "**Bold** start", "`one` tick",
            "[1.0.0]: https://example.org/compare/v0.9.0...v1.0.0", "[Unreleased]: https://x/y",
            "[Keep a Changelog]: https://keepachangelog.com/", "[a]: /dup", "[A]: /dup2",
            "[ x ]: /spaced", "[v1]: https://x/compare/v0...v1#frag?q=1");

    /** Lines near the plain form: left to commonmark, or taken as commonmark takes them. */
    private static final List<String> NEAR = List.of(" ", "\t", "  - indented", "   Text",
            "  * nested", "  1. nested", "  ```", "  > quote", "  # h", "  [x]: /u", "  ",
            "   three", "     five spaces", "      six spaces", "\t tab", " one space",
            "    code", "* star", "+ plus", "1. one", "1) one", "2024 was good", "---", "===",
            "***", "* * *", "___", "```", "```java", "~~~", "<div>", "<!-- c -->", "> quote", "-",
            "- ", "-  two spaces", "- - nested", "-x", "- 1. x", "- # h", "- > q", "- ```",
            "- ***", "- * x", "* ", "*", "* * *", "*  two", "* - x", "*\tx", "*x", "#x",
            "####### seven", "[x]:", "[x]: ", "[x]: <a>", "[x]: /u \"t\"",
            "[x]: /u 't'", "[]: /u", "[ ]: /u", "[x]:/u", "[x] : /u", "[x]: /a(b)", "[x]: /a\\b",
            "[x]: /a&amp;b", "[x\\]]: /u", "[x]: /u ", "\"title\"", "'title'", "(title)",
            "** x", "***x", "**", "``` x", "Line\r", "\u00a0nbsp", "\ufefftext", "=== x",
            "Setext", "Setext\n===", "Setext\n---", "- a\n  continued", "- a\n\n  para",
            "[x]: /u\n\"title\"", "[x]: /u\n(title)", "<div>\n\n## [1.0.0]");

    private static String render(BlockInfoList blocks) {
        return String.join("\n", blocks.rendered);
    }

    /** Blocks as text, to compare; an int array by its elements. */
    private static final class BlockInfoList {
        final List<String> rendered = new ArrayList<>();

        void add(ChangelogParser.BlockInfo b) {
            rendered.add(b.kind() + " " + b.level() + " " + b.line() + "-" + b.last() + " "
                    + b.heading() + " " + Arrays.toString(b.items()) + " " + b.label() + " "
                    + b.destination());
        }
    }

    /** Both ways at once; null when the plain scan leaves the text to commonmark. */
    private static String[] both(String text, int offset) {
        int[] plain = PlainBlocks.scan(text);
        if (plain == null) {
            return null;
        }
        SourceText source = SourceText.of(text);
        ChangelogParser parser = ChangelogParser.forChunks(Dialect.AUTO,
                ChangelogParser.DEFAULT_CHUNK_CHARS);
        BlockInfoList commonmark = new BlockInfoList();
        parser.addChunk(ChangelogParser.parseChunk(text), offset, l -> source.line(l - offset),
                commonmark::add);
        BlockInfoList scanned = new BlockInfoList();
        parser.addPlainChunk(plain, offset, l -> source.line(l - offset), scanned::add);
        return new String[] {render(commonmark), render(scanned)};
    }

    private static int assertSameBlocks(String text, String what) {
        String[] both = both(text, 7);
        if (both == null) {
            return 0;
        }
        assertEquals(both[0], both[1], () -> what + ":\n" + text);
        return 1;
    }

    @Test
    void shouldFindTheBlocksCommonmarkFindsInRandomPlainTexts() {
        Random random = new Random(20261128L);
        int taken = 0;
        for (int i = 0; i < 6000; i++) {
            int lines = 1 + random.nextInt(24);
            StringBuilder text = new StringBuilder();
            boolean near = i % 3 == 0;
            for (int l = 0; l < lines; l++) {
                List<String> pool = near && random.nextInt(6) == 0 ? NEAR : PLAIN;
                text.append(pool.get(random.nextInt(pool.size())));
                if (l + 1 < lines || random.nextBoolean()) {
                    text.append('\n');
                }
            }
            taken += assertSameBlocks(text.toString(), "random text " + i);
            if (i % 2 == 0) {
                taken += assertSameBlocks(text.toString().replace("\n", "\r\n"),
                        "random text " + i + " with CRLF");
            }
        }
        assertTrue(taken > 1000, "plain texts taken: " + taken);
    }

    @Test
    void shouldTakeNearMissesOnlyAsCommonmarkDoes() {
        int taken = 0;
        for (String near : NEAR) {
            for (String before : List.of("", "Text", "- item", "## [1.0.0]", "[a]: /u")) {
                for (String after : List.of("", "Text", "- item", "## [2.0.0]", "[b]: /v")) {
                    for (String sep : List.of("\n", "\n\n")) {
                        taken += assertSameBlocks(before + sep + near + sep + after + "\n",
                                "near miss " + near);
                    }
                }
            }
        }
        assertTrue(taken > 100, "near misses taken: " + taken);
    }

    @Test
    void shouldLeaveTextsWithOtherBlocksToCommonmark() {
        for (String text : List.of("- a\n   three\n", "Text\n  continued\n", "  Text\n",
                "```\n## [1.0.0]\n```\n", "<div>\n",
                "Setext\n===\n", "[x]: /u\n\"title\"\n", "Text\n[x]: /u\n", "- a\n[x]: /u\n",
                "a\rb\n", "a\r\nb\r", " \n", "+ x\n", "* * *\n", "1. x\n")) {
            assertNull(PlainBlocks.scan(text), text);
        }
        assertNotNull(PlainBlocks.scan("# Changelog\n\n## [1.0.0] - 2020-01-01\n\n### Added\n\n"
                + "- A\n- B\n\n[1.0.0]: https://x\n"));
        assertNotNull(PlainBlocks.scan("# Changelog\r\n\r\n## [1.0.0] - 2020-01-01\r\n\r\n"
                + "- A\r\n- B\r\n\r\n[1.0.0]: https://x\r\n"));
    }

    @Test
    void shouldFindTheBlocksCommonmarkFindsInEveryCorpusSection() throws IOException {
        List<Path> files = new ArrayList<>(Corpus.files("changelogs/keepachangelog"));
        files.addAll(Corpus.files("changelogs/other"));
        int taken = 0;
        for (Path file : files) {
            SourceText source = SourceText.of(Files.readAllBytes(file));
            String text = source.text();
            taken += assertSameBlocks(text, file.getFileName().toString());
            // Every chunk the chunked parse may cut: from one split line to the next.
            int from = 1;
            for (int l = 2; l <= source.lineCount() + 1; l++) {
                if (l <= source.lineCount() && !ChangelogParser.isSplitLine(source.line(l - 1),
                        source.line(l))) {
                    continue;
                }
                String chunk = text.substring(source.charOffsetOfLine(from),
                        source.charOffsetOfLine(l));
                taken += assertSameBlocks(chunk, file.getFileName() + " line " + from);
                from = l;
            }
        }
        assertTrue(taken > 300, "corpus sections taken: " + taken);
    }

    @Test
    void shouldLeavePlainSectionsInsideAnOpenFenceOrHtmlBlockToCommonmark() {
        String plain = "## [1.0.0] - 2020-01-01\n\n### Added\n\n- A\n\n";
        for (String opener : List.of("```\n", "~~~~\n", "<!--\n", "<pre>\n", "<div>\n")) {
            for (int before = 0; before < 3; before++) {
                for (int inside = 1; inside < 4; inside++) {
                    StringBuilder text = new StringBuilder("# Changelog\n\n");
                    text.append(plain.repeat(before)).append("## [2.0.0] - 2020-01-02\n\n")
                            .append(opener).append("\n").append(plain.repeat(inside));
                    byte[] bytes = text.append(plain).toString().getBytes(StandardCharsets.UTF_8);
                    ValidationOptions options = ValidationOptions.defaults();
                    for (int chunk : new int[] {1, 64, Integer.MAX_VALUE}) {
                        assertEquals(ChangelogValidator.validate(Changelog.parseWithCommonmark(
                                bytes, Dialect.AUTO, Integer.MAX_VALUE), options).formatted("f"),
                                ChangelogValidator.validate(Changelog.parse(bytes, Dialect.AUTO,
                                        chunk), options).formatted("f"), () -> text.toString());
                    }
                    // An unclosed fence, comment or <pre> holds the rest; a <div> ends at a blank.
                    int releases = before + 1 + (opener.equals("<div>\n") ? inside + 1 : 0);
                    assertEquals(releases, Changelog.parse(bytes, Dialect.AUTO, 1).releases()
                            .size(), text::toString);
                }
            }
        }
    }

    @Test
    void shouldTakeTheWholeOfAGeneratedKeepAChangelogFile() {
        StringBuilder text = new StringBuilder("# Changelog\n\nAll notable changes.\n\n"
                + "## [Unreleased]\n\n");
        for (int k = 0; k < 40; k++) {
            text.append("## [1.").append(40 - k).append(".0] - 2020-01-10")
                    .append("\n\n").append(k % 3 == 0 ? "A summary.\n\n" : "")
                    .append("### Added\n\n- A feature for `").append(k).append("`.\n- More.\n\n")
                    .append("### Changed\n\n- **Breaking:** renamed.\n\n");
        }
        text.append("[Unreleased]: https://x/compare/v1.40.0...HEAD\n");
        for (int k = 0; k < 40; k++) {
            text.append("[1.").append(40 - k).append(".0]: https://x/compare/v1.").append(39 - k)
                    .append(".0...v1.").append(40 - k).append(".0\n");
        }
        assertEquals(1, assertSameBlocks(text.toString(), "generated"));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), ChangelogValidator.validate(bytes, Dialect.AUTO,
                ValidationOptions.defaults()).findings());
    }
}
