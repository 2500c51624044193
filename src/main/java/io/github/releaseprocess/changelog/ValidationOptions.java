package io.github.releaseprocess.changelog;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ChangelogValidator} checks against: today's date (for {@code date-future}), the
 * severity of each rule, and, when a repository is at hand, its release tags. Immutable; the
 * {@code with…} methods return changed copies.
 */
public final class ValidationOptions {

    private final LocalDate today;
    private final Map<Rule, Severity> severities;
    private final ReleaseTags releaseTags;

    private ValidationOptions(LocalDate today, Map<Rule, Severity> severities, ReleaseTags tags) {
        this.today = today;
        this.severities = severities;
        this.releaseTags = tags;
    }

    /** Default severities, today's date in UTC, no tag cross-check. */
    public static ValidationOptions defaults() {
        return new ValidationOptions(LocalDate.now(java.time.ZoneOffset.UTC),
                new EnumMap<>(Rule.class), null);
    }

    public ValidationOptions withToday(LocalDate today) {
        return new ValidationOptions(Objects.requireNonNull(today), severities, releaseTags);
    }

    public ValidationOptions withSeverity(Rule rule, Severity severity) {
        Map<Rule, Severity> copy = new EnumMap<>(Rule.class);
        copy.putAll(severities);
        copy.put(rule, severity);
        return new ValidationOptions(today, copy, releaseTags);
    }

    /**
     * Severity overrides as the POM's {@code <rules>} gives them: rule id → error, warning, off.
     * Refuses an unknown id or severity.
     */
    public ValidationOptions withSeverities(Map<String, String> byRuleId) {
        ValidationOptions o = this;
        for (Map.Entry<String, String> e : byRuleId.entrySet()) {
            Rule rule = Rule.ofId(e.getKey());
            o = o.withSeverity(rule, Severity.of(e.getValue(), "<rules><" + rule.id() + ">"));
        }
        return o;
    }

    public ValidationOptions withReleaseTags(ReleaseTags tags) {
        return new ValidationOptions(today, severities, tags);
    }

    public LocalDate today() {
        return today;
    }

    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }

    public Optional<ReleaseTags> releaseTags() {
        return Optional.ofNullable(releaseTags);
    }
}
