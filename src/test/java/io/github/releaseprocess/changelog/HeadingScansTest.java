package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each scan answers what the regular expression it stands for answers, on random input. */
class HeadingScansTest {

    private static final Pattern KAC_STRICT = Pattern.compile(
            "\\[(?<label>[^\\]]+)\\](?: - (?<date>\\S+))?(?<yanked> \\[YANKED\\])?");
    private static final Pattern KAC_LOOSE = Pattern.compile("^\\[[^\\]]+\\](?!\\()");
    private static final Pattern COMPARE = Pattern.compile("/compare/(.+?)\\.{2,3}([^/?#]+?)/?$");

    private static final List<String> HEADING_PARTS = List.of("[", "]", "(", ")", " ", " - ", "-",
            " [YANKED]", "[YANKED]", "YANKED", "1.0.0", "2020-01-01", "Unreleased", "\t", "\u000B",
            "\f", "\n", "x", "é", "v", ".");
    private static final List<String> URL_PARTS = List.of("/compare/", "compare", "/", ".", "..",
            "...", "....", "v1.0.0", "v1.1.0", "HEAD", "?", "#", "x", "\n", "\r", "\r\n", "\u2028",
            "\u0085", "https://example.org/o/r", "a", "-");

    private static String random(Random random, List<String> parts, int max) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(max);
        for (int i = 0; i < n; i++) {
            sb.append(parts.get(random.nextInt(parts.size())));
        }
        return sb.toString();
    }

    @Test
    void shouldReadHeadingsAsTheRegularExpressionsDo() {
        Random random = new Random(20261128L);
        int strict = 0;
        int loose = 0;
        for (int i = 0; i < 100_000; i++) {
            String text = i % 2 == 0 ? random(random, HEADING_PARTS, 8)
                    : "[" + random(random, HEADING_PARTS, 3) + "]"
                            + random(random, HEADING_PARTS, 4);
            boolean found = KAC_LOOSE.matcher(text).find();
            loose += found ? 1 : 0;
            assertEquals(found, HeadingScans.kacLoose(text), text);
            Matcher m = KAC_STRICT.matcher(text);
            int[] scanned = HeadingScans.kacStrict(text);
            if (!m.matches()) {
                assertEquals(null, scanned, text);
                continue;
            }
            strict++;
            assertArrayEquals(new int[] {m.end("label"), m.start("date"), m.end("date"),
                    m.group("yanked") != null ? 1 : 0}, scanned, text);
        }
        assertTrue(strict > 5_000 && loose > 10_000, strict + " strict, " + loose + " loose");
    }

    @Test
    void shouldFindCompareLinksAsTheRegularExpressionDoes() {
        Random random = new Random(20261129L);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String url = i % 2 == 0 ? random(random, URL_PARTS, 10)
                    : random(random, URL_PARTS, 3) + "/compare/" + random(random, URL_PARTS, 3)
                            + (random.nextBoolean() ? "..." : "..") + random(random, URL_PARTS, 3);
            Matcher m = COMPARE.matcher(url);
            String[] scanned = HeadingScans.compare(url);
            if (!m.find()) {
                assertEquals(null, scanned, url);
                continue;
            }
            found++;
            assertArrayEquals(new String[] {m.group(1), m.group(2)}, scanned, url);
        }
        assertTrue(found > 10_000, found + " found");
    }
}
