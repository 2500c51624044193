package io.github.releaseprocess.changelog;

import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.semver.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link ChangelogPromoter} writes a release: the dialect of the heading, how a version's tag
 * is named (for the compare links), an optional compare-URL template for files that have no
 * {@code [Unreleased]} link yet, and the file name for messages; for the forms without an
 * Unreleased section (conventional-changelog, commitizen), the commits the release section is
 * written from, the preset whose tool's sections to write, and the repository's web URL for the
 * compare and commit links. Immutable.
 */
public final class PromotionOptions {

    private final Dialect dialect;
    private final Function<Version, String> tagFor;
    private final String compareUrlTemplate;
    private final String displayName;
    private final List<ChangelogCommit> commits;
    private final Preset preset;
    private final String repositoryUrl;
    private final PulledAlong pulledAlong;

    private PromotionOptions(Dialect dialect, Function<Version, String> tagFor,
            String compareUrlTemplate, String displayName) {
        this(dialect, tagFor, compareUrlTemplate, displayName, List.of(), Preset.CONVENTIONALCOMMITS,
                null, null);
    }

    private PromotionOptions(Dialect dialect, Function<Version, String> tagFor,
            String compareUrlTemplate, String displayName, List<ChangelogCommit> commits,
            Preset preset, String repositoryUrl, PulledAlong pulledAlong) {
        this.dialect = dialect;
        this.tagFor = tagFor;
        this.compareUrlTemplate = compareUrlTemplate;
        this.displayName = displayName;
        this.commits = List.copyOf(commits);
        this.preset = preset;
        this.repositoryUrl = repositoryUrl;
        this.pulledAlong = pulledAlong;
    }

    /** The commits since the last release: a form without Unreleased writes its entries from them. */
    public PromotionOptions withCommits(List<ChangelogCommit> commits, Preset preset) {
        return new PromotionOptions(dialect, tagFor, compareUrlTemplate, displayName, commits,
                Objects.requireNonNull(preset), repositoryUrl, pulledAlong);
    }

    /**
     * The project's web URL, e.g. {@code https://github.com/o/r} (see {@link RepositoryUrl}); it
     * gives the compare links ({@code …/compare/v1.1.0...v1.2.0}) and the commit links.
     */
    public PromotionOptions withRepositoryUrl(String url) {
        PromotionOptions o = new PromotionOptions(dialect, tagFor, compareUrlTemplate, displayName,
                commits, preset, url, pulledAlong);
        return url == null || compareUrlTemplate != null ? o
                : o.withCompareUrlTemplate(url + "/compare/{previous}...{current}");
    }

    /**
     * The entry of a release that its changelog has nothing for because the release only follows
     * others: a component of a monorepo pulled along by a dependency or its group.
     *
     * @param text the entry's text, e.g. {@code Updated dependencies: lib 1.3.0.}
     * @param dependencies true for a dependency update (keepachangelog {@code ### Changed},
     *     conventional-changelog {@code ### Dependencies}, commitizen {@code ### Fix}); false for
     *     a release with its group (conventional-changelog {@code ### Miscellaneous Chores})
     */
    public record PulledAlong(String text, boolean dependencies) {

        public PulledAlong {
            Objects.requireNonNull(text, "text");
        }

        /** The section this dialect lists the entry under. */
        String section(Dialect dialect) {
            return switch (dialect) {
                case CONVENTIONAL_CHANGELOG -> dependencies ? "Dependencies"
                        : "Miscellaneous Chores";
                case COMMITIZEN -> "Fix";
                default -> "Changed";
            };
        }

        /** The entry as a list item of this dialect. */
        String item(Dialect dialect) {
            return (dialect == Dialect.CONVENTIONAL_CHANGELOG ? "* " : "- ") + text;
        }
    }

    /**
     * A release with nothing of its own in the changelog gets this entry instead of a refusal:
     * an {@code [Unreleased]} section is added when there is none; a form without one gets a
     * release section with the entry when no commit gives one.
     */
    public PromotionOptions withPulledAlong(PulledAlong entry) {
        return new PromotionOptions(dialect, tagFor, compareUrlTemplate, displayName, commits,
                preset, repositoryUrl, entry);
    }

    public Optional<PulledAlong> pulledAlong() {
        return Optional.ofNullable(pulledAlong);
    }

    public List<ChangelogCommit> commits() {
        return commits;
    }

    public Preset preset() {
        return preset;
    }

    public Optional<String> repositoryUrl() {
        return Optional.ofNullable(repositoryUrl);
    }

    /** Auto dialect, tags {@code v1.2.3}, no template, messages name {@code CHANGELOG.md}. */
    public static PromotionOptions defaults() {
        return new PromotionOptions(Dialect.AUTO, v -> "v" + v, null, "CHANGELOG.md");
    }

    public PromotionOptions withDialect(Dialect dialect) {
        return new PromotionOptions(Objects.requireNonNull(dialect), tagFor, compareUrlTemplate,
                displayName, commits, preset, repositoryUrl, pulledAlong);
    }

    /** How a version's tag is named, e.g. {@code TagFormat::tagFor}. */
    public PromotionOptions withTagFor(Function<Version, String> tagFor) {
        return new PromotionOptions(dialect, Objects.requireNonNull(tagFor), compareUrlTemplate,
                displayName, commits, preset, repositoryUrl, pulledAlong);
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
        return new PromotionOptions(dialect, tagFor, template, displayName, commits, preset,
                repositoryUrl, pulledAlong);
    }

    public PromotionOptions withDisplayName(String displayName) {
        return new PromotionOptions(dialect, tagFor, compareUrlTemplate, displayName, commits,
                preset, repositoryUrl, pulledAlong);
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
