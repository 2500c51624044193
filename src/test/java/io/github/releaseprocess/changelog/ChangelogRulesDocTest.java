package io.github.releaseprocess.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
        assertEquals(Arrays.stream(Rule.values()).map(r -> r.id() + " "
                + r.defaultSeverity().name().toLowerCase(Locale.ROOT)).toList(),
                lines(ROW, row -> row.group(1) + " " + row.group(2)));
    }

    @Test
    void shouldGiveEveryRuleItsOwnSection() throws Exception {
        assertEquals(Arrays.stream(Rule.values()).map(Rule::id).toList(),
                lines(SECTION, section -> section.group(1)));
    }

    /** What {@code value} takes from each line of the page that {@code pattern} matches. */
    private static List<String> lines(Pattern pattern, Function<Matcher, String> value)
            throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(PAGE)) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.matches()) {
                out.add(value.apply(matcher));
            }
        }
        return out;
    }
}
