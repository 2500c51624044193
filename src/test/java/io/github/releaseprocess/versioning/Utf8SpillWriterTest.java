package io.github.releaseprocess.versioning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The spill's writer encodes exactly what String.getBytes would, whatever its chunk size. */
class Utf8SpillWriterTest {

    private static final String TEXT = "ascii \"quoted\" é 日本語 😀😀 x😀 \u2028 end 🎉";

    @Test
    void shouldNeverSplitASurrogatePairBetweenChunks() throws Exception {
        for (int drainAt = 1; drainAt <= TEXT.length() + 1; drainAt++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8SpillWriter out = new Utf8SpillWriter(bytes, drainAt)) {
                // every way JsonWriter writes: single chars, strings, slices, arrays, appends
                for (int i = 0; i < TEXT.length(); i++) {
                    switch (i % 5) {
                        case 0 -> out.write(TEXT.charAt(i));
                        case 1 -> out.write(String.valueOf(TEXT.charAt(i)));
                        case 2 -> out.write(TEXT, i, 1);
                        case 3 -> out.write(new char[] {'-', TEXT.charAt(i), '-'}, 1, 1);
                        default -> out.append(TEXT.charAt(i));
                    }
                    if (i % 7 == 0) {
                        out.flush(); // a flush between the two halves of a pair keeps the first
                    }
                }
                out.append(TEXT, 0, 6).append(TEXT);
            }
            assertArrayEquals((TEXT + TEXT.substring(0, 6) + TEXT).getBytes(StandardCharsets.UTF_8),
                    bytes.toByteArray(), "chunks of " + drainAt);
        }
    }
}
