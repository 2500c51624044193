package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties over every real changelog of the corpus: no crash, deterministic output, every
 * finding on a real line; files in other/ are reported as not Keep a Changelog. Also writes the
 * results table that docs/changelog-corpus-results.md is made from (target/).
 */
class ChangelogCorpusTest {

    /** Fixed, so the table and the date-future rule do not drift with the calendar. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static ValidationReport validate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return ChangelogValidator.validate(Changelog.parse(bytes),
                ValidationOptions.defaults().withToday(TODAY));
    }

    @TestFactory
    Stream<DynamicTest> shouldValidateEveryCorpusFileWithRealLinesAndDeterministically()
            throws IOException {
        List<Path> files = new ArrayList<>(Corpus.files("changelogs/keepachangelog"));
        files.addAll(Corpus.files("changelogs/other"));
        assertEquals(49, files.size(), "corpus files");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> {
                    ValidationReport report = validate(file);
                    ValidationReport again = validate(file);
                    assertEquals(report.formatted("f"), again.formatted("f"), "deterministic");
                    byte[] bytes = Files.readAllBytes(file);
                    ValidationOptions options = ValidationOptions.defaults().withToday(TODAY);
                    assertEquals(ChangelogValidator.validate(Changelog.parse(bytes, Dialect.AUTO,
                            Integer.MAX_VALUE), options).formatted("f"),
                            ChangelogValidator.validate(Changelog.parse(bytes, Dialect.AUTO, 1),
                                    options).formatted("f"), "chunked parse equals whole parse");
                    assertEquals(ChangelogValidator.validate(Changelog.parseWithCommonmark(bytes,
                            Dialect.AUTO, Integer.MAX_VALUE), options).formatted("f"),
                            ChangelogValidator.validate(bytes.clone(), Dialect.AUTO, options)
                                    .formatted("f"), "plain sections read as commonmark reads them");
                    int lines = physicalLines(Files.readAllBytes(file));
                    for (Finding f : report.findings()) {
                        assertTrue(f.line() >= 1 && f.line() <= lines,
                                () -> f + " outside 1.." + lines);
                        String text = report.changelog().source().line(f.line());
                        assertTrue(f.column() <= text.length() + 1, () -> f + " beyond the line");
                    }
                    String name = file.getFileName().toString();
                    if (name.startsWith("vuejs__core") || name.startsWith("webpack__")) {
                        // conventional-changelog (Angular) and standard-version output.
                        assertEquals(Dialect.CONVENTIONAL_CHANGELOG, report.changelog().dialect());
                    } else if (file.getParent().getFileName().toString().equals("other")) {
                        assertEquals(1, report.findings().size(), () -> String.join("\n",
                                report.formatted(file.getFileName().toString())));
                        assertEquals(Rule.NOT_KEEP_A_CHANGELOG, report.findings().get(0).rule());
                    }
                }));
    }

    /** Lines as an editor counts them, straight from the bytes: \n, \r\n or a lone \r. */
    static int physicalLines(byte[] b) {
        int lines = 0;
        boolean open = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
                lines++;
                open = false;
            } else {
                open = true;
            }
        }
        return lines + (open ? 1 : 0);
    }

    @Test
    void shouldKeepLineNumbersWithBomAndMixedLineEndings() throws IOException {
        Path bom = Corpus.file("changelogs/keepachangelog/PowerShell__PSScriptAnalyzer__CHANGELOG.MD");
        byte[] bytes = Files.readAllBytes(bom);
        assertEquals((byte) 0xEF, bytes[0]);
        Changelog c = Changelog.parse(bytes);
        assertTrue(c.source().hasBom());
        for (Release r : c.releases()) {
            assertTrue(c.source().line(r.line()).startsWith("## "), r::toString);
        }
        Path mixed = Corpus.file("changelogs/other/"
                + "tomasbjerre__git-changelog-maven-plugin__git-changelog-maven-plugin-example__CHANGELOG_mixed.md");
        byte[] mb = Files.readAllBytes(mixed);
        assertEquals(physicalLines(mb), Changelog.parse(mb).source().lineCount());
    }

    /** Writes target/changelog-corpus-results.md: per file, errors and warnings per rule. */
    @Test
    void shouldWriteTheResultsTable() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("| file | dialect | releases | result | errors | warnings | findings per rule |\n");
        sb.append("|---|---|---:|---|---:|---:|---|\n");
        Map<String, long[]> totals = new TreeMap<>();
        int passes = 0;
        List<Path> files = new ArrayList<>(Corpus.files("changelogs/keepachangelog"));
        files.addAll(Corpus.files("changelogs/other"));
        for (Path file : files) {
            ValidationReport r = validate(file);
            Map<String, Integer> perRule = new TreeMap<>();
            for (Finding f : r.findings()) {
                perRule.merge(f.rule().id(), 1, Integer::sum);
                totals.computeIfAbsent(f.rule().id(), k -> new long[2])[f.severity()
                        == Severity.ERROR ? 0 : 1]++;
            }
            boolean pass = r.errors() == 0;
            passes += pass ? 1 : 0;
            StringBuilder rules = new StringBuilder();
            perRule.forEach((k, v) -> rules.append(rules.length() > 0 ? ", " : "").append(k)
                    .append(" ").append(v));
            sb.append("| ").append(file.getParent().getFileName()).append("/`")
                    .append(file.getFileName()).append("` | ").append(r.changelog().dialect())
                    .append(" | ").append(r.changelog().releases().size()).append(" | ")
                    .append(pass ? "pass" : "fail").append(" | ").append(r.errors()).append(" | ")
                    .append(r.warnings()).append(" | ").append(rules).append(" |\n");
        }
        sb.append("\n").append(passes).append(" of ").append(files.size())
                .append(" files pass (no error).\n\n| rule | errors | warnings |\n|---|---:|---:|\n");
        totals.forEach((k, v) -> sb.append("| `").append(k).append("` | ").append(v[0])
                .append(" | ").append(v[1]).append(" |\n"));
        Path out = Path.of("target", "changelog-corpus-results.md");
        Files.createDirectories(out.getParent());
        Files.write(out, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
