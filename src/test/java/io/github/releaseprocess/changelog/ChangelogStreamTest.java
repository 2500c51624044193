package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large changelog is validated one chunk, and so one release section, at a time
 * ({@link ChangelogStream}): the findings, their lines and columns, the caret lines, the summary
 * and the JSON are exactly those of the whole parse, and the chunk buffer does not grow with the
 * file.
 */
class ChangelogStreamTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private static ValidationOptions options(boolean tags) {
        ValidationOptions options = ValidationOptions.defaults().withToday(TODAY);
        if (!tags) {
            return options;
        }
        Map<Version, String> byVersion = new LinkedHashMap<>();
        for (String v : List.of("99.0.0", "1.0.0", "0.1.0", "2.3.4", "1.2.3", "0.0.1")) {
            byVersion.put(Version.parse(v), "v" + v);
        }
        return options.withReleaseTags(ReleaseTags.of(byVersion, "v@{version}"));
    }

    private static List<String> rendered(ValidationReport report) {
        List<String> out = new ArrayList<>(report.formatted("f"));
        out.add(report.summary("f"));
        out.add(report.toJson("f"));
        out.addAll(report.githubAnnotations("f"));
        return out;
    }

    private void assertSame(byte[] bytes, String what) throws IOException {
        assertSame(bytes, what, List.of(Dialect.AUTO, Dialect.KEEPACHANGELOG,
                Dialect.CONVENTIONAL_CHANGELOG));
    }

    private void assertSame(byte[] bytes, String what, List<Dialect> dialects) throws IOException {
        Path file = dir.resolve("CHANGELOG.md");
        Files.write(file, bytes);
        for (boolean tags : dialects.size() == 1 ? new boolean[] {true}
                : new boolean[] {false, true}) {
            ValidationOptions options = options(tags);
            for (Dialect dialect : dialects) {
                List<String> whole = rendered(ChangelogValidator.validate(
                        Changelog.parse(bytes, dialect), options));
                ValidationReport once = ChangelogValidator.validate(bytes.clone(), dialect,
                        options);
                assertFalse(once.streamed());
                assertEquals(whole, rendered(once), () -> what + ", dialect " + dialect
                        + ", parsed once and checked release by release, tags " + tags);
                for (int chunk : new int[] {1, 2048}) {
                    ValidationReport streamed = ChangelogStream.validate(file, dialect, options,
                            chunk);
                    assertTrue(streamed.streamed());
                    assertEquals(whole, rendered(streamed), () -> what + ", dialect " + dialect
                            + ", chunk " + chunk + ", tags " + tags);
                }
            }
        }
    }

    @Test
    void shouldFindExactlyWhatTheWholeParseFindsOnEveryCorpusFile() throws IOException {
        List<Path> files = new ArrayList<>(Corpus.files("changelogs/keepachangelog"));
        files.addAll(Corpus.files("changelogs/other"));
        for (Path file : files) {
            assertSame(Files.readAllBytes(file), file.getFileName().toString(),
                    List.of(Dialect.AUTO));
        }
    }

    @Test
    void shouldFindExactlyWhatTheWholeParseFindsOnMutatedCorpusFiles() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String folder : List.of("changelogs/keepachangelog", "changelogs/other")) {
            for (Path file : Corpus.files(folder)) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        Random random = new Random(20261128L);
        for (int i = 0; i < 80; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            int from = random.nextInt(seed.length);
            int len = Math.min(seed.length - from, 200 + random.nextInt(6000));
            byte[] input = ChangelogMutationTest.mutate(
                    java.util.Arrays.copyOfRange(seed, from, from + len), random);
            assertSame(input, "mutation " + i + ": " + new String(input, StandardCharsets.UTF_8));
        }
        for (String edge : List.of("", "\n", "\r", "\uFEFF", "\uFEFF# Changelog\r\n\r\n## [1.0.0]",
                "# C\r\n\r\n## [1.0.0] - 2024-01-01\r\r### Added\r\n- x\r", "\u00e9\n\u00e9")) {
            assertSame(edge.getBytes(StandardCharsets.UTF_8), "edge " + edge);
        }
        assertSame(new byte[] {'#', ' ', (byte) 0xE2, (byte) 0x82, '\n', '#', '#', ' ',
            (byte) 0xF0, (byte) 0x9F, '\r', '\n', '-'}, "malformed UTF-8 at line ends");
    }

    /** A Keep a Changelog file of {@code releases} releases with a few errors in it. */
    static void generate(Path file, int releases) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Changelog\n\n## [Unreleased]\n\n");
            LocalDate date = LocalDate.of(2026, 1, 1);
            for (int k = 0; k < releases; k++) {
                int v = releases + 10 - k;
                String version = (v / 1000) + "." + ((v / 10) % 100) + "." + (v % 10);
                w.write("## [" + version + "] - " + (k == releases / 2 ? "2026-02-30"
                        : date.minusDays(k).toString()) + "\n\n");
                w.write("### " + (k == releases / 3 ? "Addded" : "Added") + "\n\n- Feature "
                        + k + " for [#" + k + "] and `code`.\n- Another one.\n\n### Fixed\n\n- A fix"
                        + " spanning\n  two lines.\n\n");
            }
            w.write("[Unreleased]: https://example.org/compare/v9.9.9...HEAD\n");
            w.write("[#1]: https://example.org/issues/1\n[unused]: https://example.org\n");
        }
    }

    @Test
    void shouldHoldOneChunkAtATimeWhateverTheFileSize() throws IOException {
        Path small = dir.resolve("small.md");
        Path large = dir.resolve("large.md");
        generate(small, 200);
        generate(large, 8000);
        assertTrue(Files.size(large) > 1_000_000, "a file of " + Files.size(large) + " bytes");
        ValidationOptions options = options(true);
        ChangelogStream.validate(small, Dialect.AUTO, options, 4096);
        int smallPeak = ChangelogStream.lastPeakChunkChars;
        ValidationReport report = ChangelogStream.validate(large, Dialect.AUTO, options, 4096);
        int largePeak = ChangelogStream.lastPeakChunkChars;
        // The buffer holds one chunk (a bit more than 4096 characters, up to the next release
        // heading): the same for 40 times the file.
        assertTrue(largePeak < 3 * 4096, "peak chunk " + largePeak);
        assertTrue(largePeak <= 2 * smallPeak, largePeak + " against " + smallPeak);
        assertEquals(8001, report.releaseCount());
        assertEquals(rendered(ChangelogValidator.validate(Changelog.parse(
                Files.readAllBytes(large)), options)), rendered(report));
        assertFalse(report.findings().isEmpty());
        assertThrows(IllegalStateException.class, report::changelog);
    }

    @Test
    void shouldParseWholeBelowSixteenMebibytesAndStreamAbove() throws IOException {
        Path small = dir.resolve("small.md");
        generate(small, 50);
        ValidationReport report = ChangelogValidator.validate(small, Dialect.AUTO, options(false));
        assertFalse(report.streamed());
        assertEquals(rendered(ChangelogValidator.validate(Changelog.parse(Files.readAllBytes(
                small)), options(false))), rendered(report));
        assertEquals(rendered(ChangelogStream.validate(small, Dialect.AUTO, options(false),
                ChangelogParser.DEFAULT_CHUNK_CHARS)), rendered(report));
        assertEquals(16L * 1024 * 1024, ChangelogValidator.STREAMING_BYTES);
    }
}
