package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link ChangelogPromoter} writes a release: the dialect of the heading, how a version's tag
 * is named (for the compare links), an optional compare-URL template for files that have no
 * {@code [Unreleased]} link yet, and the file name for messages. Immutable.
 */
public final class PromotionOptions {

    private final Dialect dialect;
    private final Function<Version, String> tagFor;
    private final String compareUrlTemplate;
    private final String displayName;

    private PromotionOptions(Dialect dialect, Function<Version, String> tagFor,
            String compareUrlTemplate, String displayName) {
        this.dialect = dialect;
        this.tagFor = tagFor;
        this.compareUrlTemplate = compareUrlTemplate;
        this.displayName = displayName;
    }

    /** Auto dialect, tags {@code v1.2.3}, no template, messages name {@code CHANGELOG.md}. */
    public static PromotionOptions defaults() {
        return new PromotionOptions(Dialect.AUTO, v -> "v" + v, null, "CHANGELOG.md");
    }

    public PromotionOptions withDialect(Dialect dialect) {
        return new PromotionOptions(Objects.requireNonNull(dialect), tagFor, compareUrlTemplate,
                displayName);
    }

    /** How a version's tag is named, e.g. {@code TagFormat::tagFor}. */
    public PromotionOptions withTagFor(Function<Version, String> tagFor) {
        return new PromotionOptions(dialect, Objects.requireNonNull(tagFor), compareUrlTemplate,
                displayName);
    }

    /** A {@code tagFormat} pattern such as {@code v@{version}}. */
    public PromotionOptions withTagFormat(String pattern) {
        return withTagFor(v -> pattern.replace("@{version}", v.toString()));
    }

    /**
     * The compare URL with {@code {previous}} and {@code {current}} placeholders, e.g.
     * {@code https://example.org/o/r/compare/{previous}...{current}}; used only when the file
     * has no {@code [Unreleased]} compare link to extend.
     */
    public PromotionOptions withCompareUrlTemplate(String template) {
        return new PromotionOptions(dialect, tagFor, template, displayName);
    }

    public PromotionOptions withDisplayName(String displayName) {
        return new PromotionOptions(dialect, tagFor, compareUrlTemplate, displayName);
    }

    public Dialect dialect() {
        return dialect;
    }

    public String tagFor(Version version) {
        return tagFor.apply(version);
    }

    public Optional<String> compareUrlTemplate() {
        return Optional.ofNullable(compareUrlTemplate).filter(t -> !t.isBlank());
    }

    public String displayName() {
        return displayName;
    }
}
