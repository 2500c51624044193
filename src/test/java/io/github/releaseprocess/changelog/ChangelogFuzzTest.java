package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.time.LocalDate;
import java.util.List;

/**
 * Parse + validate (and the two editors) on arbitrary bytes: no exception, findings on real
 * lines, deterministic output, and the editors keep the input's lines. In the normal suite Jazzer
 * runs the seeds in ChangelogFuzzTestInputs/ only; {@code bench/fuzz-changelog.sh} fuzzes for as
 * long as asked ({@code JAZZER_FUZZ=1}).
 */
class ChangelogFuzzTest {

    private static final ValidationOptions OPTIONS = ValidationOptions.defaults()
            .withToday(LocalDate.of(2026, 1, 1));

    private static final Version PROMOTED = Version.parse("99999.0.0");

    @FuzzTest(maxDuration = "20s")
    void parseAndValidate(byte[] input) {
        check(input);
    }

    /** The property, shared with the seeded random-mutation test. */
    static void check(byte[] input) {
        Changelog c = Changelog.parse(input);
        ValidationReport report = ChangelogValidator.validate(c, OPTIONS);
        int lines = ChangelogCorpusTest.physicalLines(input);
        for (Finding f : report.findings()) {
            assertTrue(f.line() >= 1 && f.line() <= Math.max(1, lines), () -> f + " of " + lines);
            assertTrue(f.column() >= 1, f::toString);
        }
        List<String> again = ChangelogValidator.validate(Changelog.parse(input), OPTIONS)
                .formatted("f");
        assertEquals(report.formatted("f"), again);
        // Chunked parsing (a split at every possible heading) equals one parse of the whole text.
        assertEquals(ChangelogValidator.validate(Changelog.parse(input, Dialect.AUTO, 1), OPTIONS)
                .formatted("f"), ChangelogValidator.validate(Changelog.parse(input, Dialect.AUTO,
                        Integer.MAX_VALUE), OPTIONS).formatted("f"));
        // Sections in the plain form read without commonmark-java (decision 0030) find the same.
        assertEquals(ChangelogValidator.validate(Changelog.parseWithCommonmark(input, Dialect.AUTO,
                Integer.MAX_VALUE), OPTIONS).formatted("f"), report.formatted("f"));
        // Parsed once and checked release by release (validate-changelog's way) finds the same.
        assertEquals(report.formatted("f"), ChangelogValidator.validate(input.clone(),
                Dialect.AUTO, OPTIONS).formatted("f"));
        report.toJson("f");
        report.githubAnnotations("f");

        ChangelogGenerator.Generation g = ChangelogGenerator.generate(input,
                List.of(new ChangelogCommit("abcdef1", "feat", null, "fuzz", false, List.of())),
                Dialect.AUTO, SectionMapping.defaults());
        assertTrue(g.bytes().length >= input.length);
        try {
            byte[] promoted = ChangelogPromoter.promote(input, PROMOTED,
                    LocalDate.of(2026, 1, 1), PromotionOptions.defaults());
            assertTrue(Changelog.parse(promoted).releases().stream()
                    .anyMatch(r -> r.version().filter(PROMOTED::equals).isPresent()));
        } catch (RefusalException expected) {
            // nothing to promote: a refusal is the right answer
        }
    }
}
