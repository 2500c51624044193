package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of the validation's hot path (decoding and line index, used labels,
 * release dates) against the library code they replace, on random input.
 */
class ChangelogScanTest {

    @Test
    void shouldReadDatesAsTheStrictFormatterDoes() {
        DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);
        Random random = new Random(20261128L);
        String[] samples = {"2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01",
            "2024-00-10", "2024-04-31", "2024-4-30", "2024-04-30 ", "２０２４-01-01", "+2024-01-01",
            "2024/01/01", "", "2024-01-0a", "-024-01-01"};
        List<String> texts = new ArrayList<>(List.of(samples));
        String chars = "0123456789-9a ";
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder(String.format("%04d-%02d-%02d",
                    random.nextInt(10000), random.nextInt(15), random.nextInt(34)));
            if (i % 5 == 0) {
                sb.setCharAt(random.nextInt(sb.length()), chars.charAt(random.nextInt(
                        chars.length())));
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            Optional<LocalDate> expected;
            try {
                expected = text.matches("\\d{4}-\\d{2}-\\d{2}")
                        ? Optional.of(LocalDate.parse(text, strict)) : Optional.empty();
            } catch (DateTimeParseException e) {
                expected = Optional.empty();
            }
            assertEquals(expected, ChangelogParser.parseDate(text), text);
        }
    }

    @Test
    void shouldFindTheLabelsTheRegularExpressionFinds() {
        java.util.regex.Pattern bracketed = java.util.regex.Pattern.compile(
                "\\[([^\\[\\]\\r\\n]{1,999})\\]");
        String[] pieces = {"[", "]", "[", "]", ":", " ", "  ", "\n", "\r", "a", "Bc", "1.0.0",
            "\uD83D\uDE00", "x".repeat(400), "\u00e9"};
        Random random = new Random(20261128L);
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = bracketed.matcher(text);
            while (m.find()) {
                int end = m.end();
                int at = m.start() - 1;
                int spaces = 0;
                while (at >= 0 && text.charAt(at) == ' ' && spaces < 4) {
                    at--;
                    spaces++;
                }
                boolean definition = end < text.length() && text.charAt(end) == ':'
                        && spaces <= 3 && (at < 0 || text.charAt(at) == '\n'
                                || text.charAt(at) == '\r');
                if (!definition) {
                    expected.add(LinkReference.normalize(m.group(1)));
                }
            }
            List<String> found = new ArrayList<>();
            ChangelogParser.usedLabels(text, found::add);
            assertEquals(expected, found, text);
        }
        String emoji = "\uD83D\uDE00".repeat(999);
        List<String> found = new ArrayList<>();
        ChangelogParser.usedLabels("[" + emoji + "] [" + emoji + "\uD83D\uDE00]", found::add);
        assertEquals(List.of(emoji), found, "999 code points are a label, 1000 are not");
    }

    @Test
    void shouldIndexLinesAsTheCharsetDecoderAndTheCharsSay() throws IOException {
        byte[] pool = {'\n', '\r', 'a', '#', ' ', (byte) 0x80, (byte) 0xC3, (byte) 0xA9,
            (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xF0, (byte) 0x9F, (byte) 0xEF,
            (byte) 0xBB, (byte) 0xBF, (byte) 0xFF};
        Random random = new Random(20261128L);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[random.nextInt(30)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = pool[random.nextInt(pool.length)];
            }
            if (i % 4 == 0 && bytes.length >= 3) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            assertIndexed(bytes);
        }
    }

    /**
     * ASCII text whose lines all end at LF takes another path (the starts from
     * {@code String.indexOf}); the same index, with and without a BOM, one non-ASCII or CR byte
     * sending it back to the byte scan.
     */
    @Test
    void shouldIndexAsciiLinesEndingAtLineFeedsAsTheBytesSay() throws IOException {
        byte[] pool = {'\n', '\n', 'a', '#', ' ', '[', ']'};
        Random random = new Random(20261129L);
        for (int i = 0; i < 3000; i++) {
            int bom = i % 3 == 0 ? 3 : 0;
            byte[] bytes = new byte[bom + random.nextInt(40)];
            for (int k = bom; k < bytes.length; k++) {
                bytes[k] = pool[random.nextInt(pool.length)];
            }
            if (bom > 0) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            if (i % 7 == 0 && bytes.length > bom) {
                bytes[bom + random.nextInt(bytes.length - bom)] = i % 2 == 0 ? (byte) '\r'
                        : (byte) 0x80;
            }
            assertIndexed(bytes);
        }
        assertIndexed(new byte[0]);
        assertIndexed(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertIndexed("a\n\n".getBytes(StandardCharsets.US_ASCII));
        assertIndexed("\ufffd\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The text, line starts in chars and bytes, and first line ending of {@code bytes}. */
    private static void assertIndexed(byte[] bytes) throws IOException {
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
        SourceText source = SourceText.of(bytes);
        String what = java.util.Arrays.toString(bytes);
        assertEquals(text, source.text(), what);
        List<Integer> chars = starts(text.chars().toArray(), 0);
        int[] units = new int[bytes.length];
        for (int k = 0; k < bytes.length; k++) {
            units[k] = bytes[k];
        }
        List<Integer> bytesAt = starts(units, offset);
        for (int line = 1; line <= chars.size() + 1; line++) {
            int c = line - 1 < chars.size() ? chars.get(line - 1) : text.length();
            int b = line - 1 < bytesAt.size() ? bytesAt.get(line - 1) : bytes.length;
            assertEquals(c, source.charOffsetOfLine(line), what + " line " + line);
            assertEquals(b, source.byteOffsetOfLine(line), what + " line " + line);
        }
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        String eol = cr >= 0 && (lf < 0 || cr < lf)
                ? (cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r") : "\n";
        assertEquals(eol, source.lineEnding(), what);
    }

    /** Where each line starts among the units from {@code from}, then the end. */
    private static List<Integer> starts(int[] units, int from) {
        List<Integer> starts = new ArrayList<>(List.of(from));
        for (int i = from; i < units.length; i++) {
            if (units[i] == '\r' || units[i] == '\n') {
                if (units[i] == '\r' && i + 1 < units.length && units[i + 1] == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        starts.add(units.length);
        return starts;
    }
}
