package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.RefusalException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which section a commit's entry goes to. Rules are tried in order, the first match wins; each is
 * {@code type:VALUE=Section}, {@code scope:VALUE=Section}, {@code footer:TOKEN=Section} or
 * {@code breaking=Section}, with {@code none} as the section to leave such commits out. The
 * configured rules come before the defaults.
 */
public final class SectionMapping {

    /** The defaults, in order: security, deprecations and removals first, then by type. */
    public static final List<String> DEFAULT_RULES = List.of(
            "footer:Security=Security", "scope:security=Security", "type:security=Security",
            "footer:Deprecated=Deprecated", "type:deprecate=Deprecated",
            "footer:Removed=Removed", "type:remove=Removed",
            "breaking=Changed",
            "type:feat=Added", "type:fix=Fixed", "type:perf=Changed", "type:refactor=Changed");

    private record MappingRule(String kind, String value, SectionType section, String spec) {
        boolean matches(ChangelogCommit c) {
            switch (kind) {
                case "type":
                    return c.type().equalsIgnoreCase(value);
                case "scope":
                    return c.scope() != null && c.scope().equalsIgnoreCase(value);
                case "footer":
                    return c.footer(value).isPresent();
                default:
                    return c.breaking();
            }
        }
    }

    private final List<MappingRule> rules;

    private SectionMapping(List<MappingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SectionMapping defaults() {
        return of(List.of());
    }

    /** The given rules, then the defaults; refuses a rule it cannot read, naming the form. */
    public static SectionMapping of(List<String> specs) {
        List<MappingRule> rules = new ArrayList<>();
        for (String spec : specs) {
            rules.add(parse(spec, true));
        }
        for (String spec : DEFAULT_RULES) {
            rules.add(parse(spec, false));
        }
        return new SectionMapping(rules);
    }

    private static MappingRule parse(String spec, boolean user) {
        String s = spec.trim();
        int eq = s.lastIndexOf('=');
        String where = "<changelogSections> rule '" + spec + "'";
        if (eq <= 0) {
            throw new RefusalException(where + " has no '=Section'; write e.g. 'type:docs=Changed'"
                    + " or 'scope:security=Security'.");
        }
        String left = s.substring(0, eq).trim();
        String sectionName = s.substring(eq + 1).trim();
        SectionType section = null;
        if (!sectionName.equalsIgnoreCase("none")) {
            section = SectionType.ofName(sectionName).orElseThrow(() -> new RefusalException(where
                    + " names no section: use Added, Changed, Deprecated, Removed, Fixed, Security"
                    + " or none."));
        }
        if (left.equalsIgnoreCase("breaking")) {
            return new MappingRule("breaking", "", section, s);
        }
        int colon = left.indexOf(':');
        String kind = colon < 0 ? "" : left.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        if (colon < 0 || !(kind.equals("type") || kind.equals("scope") || kind.equals("footer"))
                || left.substring(colon + 1).isBlank()) {
            throw new RefusalException(where + " must start with type:, scope:, footer: or be"
                    + " 'breaking=…'; e.g. 'type:docs=Changed'.");
        }
        return new MappingRule(kind, left.substring(colon + 1).trim(), section, s);
    }

    /** The section for a commit, or empty when no rule maps it (or it maps to none). */
    public Optional<SectionType> sectionFor(ChangelogCommit commit) {
        for (MappingRule r : rules) {
            if (r.matches(commit)) {
                return Optional.ofNullable(r.section);
            }
        }
        return Optional.empty();
    }
}
