package io.github.releaseprocess.changelog;

import io.github.releaseprocess.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz property on a few thousand seeded random mutations of the real corpus, so the normal
 * suite exercises odd input every run (Jazzer itself only replays its seeds there). Fixed seed:
 * a failure names the iteration and reproduces.
 */
class ChangelogMutationTest {

    private static final String[] TOKENS = {"## [", "]", " - ", "## ", "### ", "# ", "- ", "* ",
        "2024-02-30", "2024-02-29", "1.2.3", "1.2.3-rc.1", "1.2", "v1.0.0", "[Unreleased]",
        "Unreleased", "Version ", "[YANKED]", "\r\n", "\r", "\n", "\n\n", "\uFEFF", "\t", "\u0000",
        "[1.2.3]: https://e.org/compare/v1.2.2...v1.2.3\n", "**Breaking:** ", "<!-- x -->",
        "```\n", "> ", "===\n", "---\n", "Added", "added", "Fixes", "abcdef1", "\u00e9", "\uD83D\uDE00"};

    @Test
    void shouldHoldTheFuzzPropertyOnMutatedCorpusFiles() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String folder : List.of("changelogs/keepachangelog", "changelogs/other")) {
            for (Path file : Corpus.files(folder)) {
                seeds.add(Files.readAllBytes(file));
            }
        }
        Random random = new Random(20260607L);
        int iterations = Integer.getInteger("changelog.mutations", 2000);
        for (int i = 0; i < iterations; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            int from = random.nextInt(seed.length);
            int len = Math.min(seed.length - from, 200 + random.nextInt(4000));
            byte[] input = mutate(java.util.Arrays.copyOfRange(seed, from, from + len), random);
            try {
                ChangelogFuzzTest.check(input);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("iteration " + i + " failed on: "
                        + new String(input, StandardCharsets.UTF_8), e);
            }
        }
    }

    static byte[] mutate(byte[] in, Random random) {
        byte[] out = in;
        int rounds = 1 + random.nextInt(8);
        for (int r = 0; r < rounds; r++) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length + 1);
            ByteArrayOutputStream b = new ByteArrayOutputStream(out.length + 64);
            switch (random.nextInt(5)) {
                case 0 -> {
                    byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    b.write(out, 0, at);
                    b.writeBytes(token);
                    b.write(out, at, out.length - at);
                }
                case 1 -> {
                    int end = Math.min(out.length, at + random.nextInt(64));
                    b.write(out, 0, at);
                    b.write(out, end, out.length - end);
                }
                case 2 -> {
                    b.writeBytes(out);
                    if (out.length > 0) {
                        byte[] flipped = b.toByteArray();
                        flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                        out = flipped;
                        continue;
                    }
                }
                case 3 -> {
                    int end = Math.min(out.length, at + random.nextInt(256));
                    b.write(out, 0, end);
                    b.write(out, at, end - at);
                    b.write(out, end, out.length - end);
                }
                default -> b.write(out, 0, at);
            }
            out = b.toByteArray();
        }
        return out;
    }
}
