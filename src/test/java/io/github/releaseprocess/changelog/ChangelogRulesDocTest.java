package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/changelog-rules.md is the one place that says what each rule asks; the code holds the ids
 * and default severities. The page's table and sections must name exactly the rules of
 * {@link Rule}, in its order, with its severities.
 */
class ChangelogRulesDocTest {

    private static final Path PAGE = Path.of("docs/changelog-rules.md");
    private static final Pattern ROW =
            Pattern.compile("^\\| \\[`([a-z-]+)`\\]\\(#\\1\\) \\| (error|warning) \\| .+ \\|$");
    private static final Pattern SECTION = Pattern.compile("^## `([a-z-]+)`$");

    @Test
    void shouldListEveryRuleWithItsDefaultSeverity() throws Exception {
        List<String> table = new ArrayList<>();
        for (String line : Files.readAllLines(PAGE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                table.add(row.group(1) + " " + row.group(2));
            }
        }
        assertEquals(Arrays.stream(Rule.values()).map(r -> r.id() + " "
                + r.defaultSeverity().name().toLowerCase(Locale.ROOT)).toList(), table);
    }

    @Test
    void shouldGiveEveryRuleItsOwnSection() throws Exception {
        List<String> sections = new ArrayList<>();
        for (String line : Files.readAllLines(PAGE)) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                sections.add(section.group(1));
            }
        }
        assertEquals(Arrays.stream(Rule.values()).map(Rule::id).toList(), sections);
    }
}
