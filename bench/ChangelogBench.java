import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.ChangelogValidator;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.ValidationOptions;
import io.github.releaseprocess.changelog.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Benchmark helper (single-file program, run by bench/validate-changelog.sh):
 *   generate RELEASES OUT [DIALECT]  writes a valid changelog with that many releases, in Keep a
 *                           Changelog (default), seed, conventional-changelog or commitizen form
 *   dialects RELEASES RUNS DIR  generates the same releases in the four forms (DIR/dialect-*.md)
 *                           and times each RUNS times in one JVM, alternating, with the ratio of
 *                           each median to the Keep a Changelog one
 *   time FILE RUNS          parses and validates FILE RUNS times in one JVM, prints the times
 *   linear SMALL LARGE RUNS alternates the two files in one JVM (same JIT state, same noise),
 *                           prints the ratio of their median and minimum times
 */
public class ChangelogBench {

    public static void main(String[] args) throws IOException {
        if (args[0].equals("generate")) {
            generate(Integer.parseInt(args[1]), Path.of(args[2]),
                    args.length > 3 ? args[3] : "keepachangelog");
        } else if (args[0].equals("dialects")) {
            dialects(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args[0].equals("linear")) {
            linear(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        } else {
            time(Path.of(args[1]), Integer.parseInt(args[2]));
        }
    }

    static String version(int v) {
        return (v / 1000) + "." + ((v / 10) % 100) + "." + (v % 10);
    }

    static void generate(int releases, Path out) throws IOException {
        generate(releases, out, "keepachangelog");
    }

    static final String[] DIALECTS = {"keepachangelog", "seed", "conventional-changelog", "commitizen"};

    static void dialects(int releases, int runs, Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[][] files = new byte[DIALECTS.length][];
        Path[] paths = new Path[DIALECTS.length];
        for (int d = 0; d < DIALECTS.length; d++) {
            Path file = dir.resolve("dialect-" + DIALECTS[d] + "-" + releases + ".md");
            if (!Files.exists(file)) {
                generate(releases, file, DIALECTS[d]);
            }
            files[d] = Files.readAllBytes(file);
            paths[d] = file;
        }
        ValidationOptions options = ValidationOptions.defaults().withToday(LocalDate.of(2026, 6, 1));
        for (int d = 0; d < DIALECTS.length; d++) {
            ValidationReport r = ChangelogValidator.validate(Changelog.parse(files[d]), options);
            System.out.printf("%-24s %,d bytes, %d releases, dialect %s, %d findings%n", DIALECTS[d],
                    files[d].length, r.releaseCount(), r.dialect(), r.findings().size());
            once(paths[d], options);
        }
        long[][] t = new long[DIALECTS.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int d = 0; d < DIALECTS.length; d++) {
                t[d][i] = once(paths[d], options);
            }
        }
        long kac = median(t[0]);
        for (int d = 0; d < DIALECTS.length; d++) {
            long[] sorted = t[d].clone();
            Arrays.sort(sorted);
            System.out.printf("%-24s median %d ms, min %d ms; / keepachangelog %.2f (medians), %.2f"
                    + " (per byte, medians)%n", DIALECTS[d], median(t[d]) / 1_000_000,
                    sorted[0] / 1_000_000, (double) median(t[d]) / kac,
                    ((double) median(t[d]) / files[d].length) / ((double) kac / files[0].length));
        }
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void generate(int releases, Path out, String dialect) throws IOException {
        switch (dialect) {
            case "keepachangelog" -> generateKac(releases, out);
            case "seed" -> generateSeed(releases, out);
            case "conventional-changelog" -> generateParen(releases, out, true);
            case "commitizen" -> generateParen(releases, out, false);
            default -> throw new IllegalArgumentException("dialect " + dialect);
        }
    }

    /** Seed: '## Version X - date', the six sections, no link references. */
    static void generateSeed(int releases, Path out) throws IOException {
        LocalDate newest = LocalDate.of(2026, 1, 1);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Changelog\n\nAll notable changes to this project.\n\n## Unreleased\n\n");
            for (int k = 0; k < releases; k++) {
                int v = releases + 10 - k;
                w.write("## Version " + version(v) + " - " + newest.minusDays(k) + "\n\n");
                body(w, k, "Added", "Fixed", "Changed");
            }
        }
    }

    /**
     * conventional-changelog ('## [X](compare) (date)', Features / Bug Fixes) or commitizen
     * ('## vX (date)', Feat / Fix).
     */
    static void generateParen(int releases, Path out, boolean conventional) throws IOException {
        LocalDate newest = LocalDate.of(2026, 1, 1);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(conventional ? "# Changelog\n\n" : "## Unreleased\n\n");
            for (int k = 0; k < releases; k++) {
                int v = releases + 10 - k;
                String heading = conventional ? "[" + version(v) + "](https://example.org/acme/app/"
                        + "compare/v" + version(v - 1) + "...v" + version(v) + ")" : "v" + version(v);
                w.write("## " + heading + " (" + newest.minusDays(k) + ")\n\n");
                body(w, k, conventional ? "Features" : "Feat", conventional ? "Bug Fixes" : "Fix",
                        conventional ? "Performance Improvements" : "Perf");
            }
        }
    }

    /** The same entries in every form, so the files have about the same size. */
    static void body(Writer w, int k, String added, String fixed, String changed) throws IOException {
        if (k % 3 == 0) {
            w.write("A summary of the release in one sentence.\n\n");
        }
        w.write("### " + added + "\n\n- A feature for the `" + k + "` use case (#" + (k * 7 % 9973)
                + ").\n- Support for option `--flag-" + k + "` in the command line.\n\n");
        w.write("### " + fixed + "\n\n- A crash when the input is empty (" + Integer.toHexString(
                0x1000000 + k * 2654435) + ").\n- Wrong exit code after a timeout on slow disks.\n\n");
        if (k % 5 == 0) {
            w.write("### " + changed + "\n\n- Renamed `old" + k + "` to `new" + k + "`.\n\n");
        }
    }

    static void generateKac(int releases, Path out) throws IOException {
        LocalDate newest = LocalDate.of(2026, 1, 1);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Changelog\n\nAll notable changes to this project will be documented in this"
                    + " file.\n\nThe format is based on [Keep a Changelog](https://keepachangelog.com/"
                    + "en/1.1.0/),\nand this project adheres to [Semantic Versioning]"
                    + "(https://semver.org/spec/v2.0.0.html).\n\n## [Unreleased]\n\n");
            for (int k = 0; k < releases; k++) {
                int v = releases + 10 - k;
                w.write("## [" + version(v) + "] - " + newest.minusDays(k) + "\n\n");
                if (k % 3 == 0) {
                    w.write("A summary of release " + version(v) + " in one sentence.\n\n");
                }
                w.write("### Added\n\n- A feature for the `" + k + "` use case (#" + (k * 7 % 9973)
                        + ").\n- Support for option `--flag-" + k + "` in the command line.\n\n");
                w.write("### Fixed\n\n- A crash when the input is empty (" + Integer.toHexString(
                        0x1000000 + k * 2654435) + ").\n- Wrong exit code after a timeout on slow"
                        + " disks.\n\n");
                if (k % 5 == 0) {
                    w.write("### Changed\n\n- **Breaking:** Renamed `old" + k + "` to `new" + k
                            + "`.\n\n");
                }
            }
            w.write("[Unreleased]: https://example.org/acme/app/compare/v" + version(releases + 10)
                    + "...HEAD\n");
            for (int k = 0; k < releases; k++) {
                int v = releases + 10 - k;
                w.write("[" + version(v) + "]: https://example.org/acme/app/compare/v"
                        + version(v - 1) + "...v" + version(v) + "\n");
            }
        }
    }

    /** One validation as the goal runs it: the file read, parsed and checked release by release. */
    static long once(Path file, ValidationOptions options) throws IOException {
        long t0 = System.nanoTime();
        ChangelogValidator.validate(file, Dialect.AUTO, options);
        return System.nanoTime() - t0;
    }

    static void linear(Path small, Path large, int runs) throws IOException {
        byte[] a = Files.readAllBytes(small);
        byte[] b = Files.readAllBytes(large);
        ValidationOptions options = ValidationOptions.defaults().withToday(LocalDate.of(2026, 6, 1));
        for (int i = 0; i < 3; i++) {
            once(small, options);
        }
        long[] ta = new long[runs];
        long[] tb = new long[runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 10; k++) {
                ta[i] += once(small, options);
            }
            ta[i] /= 10;
            tb[i] = once(large, options);
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        double size = (double) b.length / a.length;
        double median = (double) tb[runs / 2] / ta[runs / 2];
        double min = (double) tb[0] / ta[0];
        System.out.printf("linear: %.1fx input; median %d ms vs %d ms = %.1fx time; min %d ms vs %d"
                + " ms = %.1fx time; %s (limit 12x)%n", size, ta[runs / 2] / 1_000_000,
                tb[runs / 2] / 1_000_000, median, ta[0] / 1_000_000, tb[0] / 1_000_000, min,
                median <= 12 ? "LINEAR" : "NOT LINEAR");
    }

    static void time(Path file, int runs) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ValidationOptions options = ValidationOptions.defaults().withToday(LocalDate.of(2026, 6, 1));
        long[] ms = new long[runs];
        ValidationReport report = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = ChangelogValidator.validate(file, Dialect.AUTO, options);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d bytes, %d releases, %d errors, %d warnings; first %d ms,"
                + " median %d ms, min %d ms (%d runs)%n", file.getFileName(), bytes.length,
                report.releaseCount(), report.errors(), report.warnings(), ms[0],
                sorted[runs / 2], sorted[0], runs);
    }
}
