package io.github.releaseprocess.changelog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, parsed {@code CHANGELOG.md} that remembers where every part sits in the original
 * bytes: the title, the releases with their sections and entries, and the link references.
 * Parsing never fails: whatever does not fit the dialect is kept for the validator to report.
 */
public final class Changelog {

    /**
     * A heading that is not a release or a section: the title, another top-level heading, or a
     * level-2 heading that names no release ({@code ## Earlier releases}).
     *
     * @param line its line
     * @param level 1 to 6
     * @param text its text as written
     */
    public record Heading(int line, int level, String text) {
    }

    private final SourceText source;
    private final Dialect dialect;
    private final Dialect requestedDialect;
    private final boolean recognised;
    private final int releaseLikeHeadings;
    private final int dialectHeadings;
    private final boolean titleFirst;
    private final List<Heading> titles;
    private final List<Heading> otherHeadings;
    private final List<Release> releases;
    private final List<LinkReference> linkReferences;
    private final Map<String, LinkReference> referencesByLabel;
    private final Set<String> usedLabels;
    private final int firstReleaseLine;

    Changelog(SourceText source, Dialect dialect, Dialect requestedDialect, boolean recognised,
            int releaseLikeHeadings,
            int dialectHeadings, boolean titleFirst, List<Heading> titles,
            List<Heading> otherHeadings, List<Release> releases, List<LinkReference> linkReferences,
            Map<String, LinkReference> referencesByLabel, Set<String> usedLabels,
            int firstReleaseLine) {
        this.source = source;
        this.dialect = dialect;
        this.requestedDialect = requestedDialect;
        this.recognised = recognised;
        this.releaseLikeHeadings = releaseLikeHeadings;
        this.dialectHeadings = dialectHeadings;
        this.titleFirst = titleFirst;
        this.titles = List.copyOf(titles);
        this.otherHeadings = List.copyOf(otherHeadings);
        this.releases = List.copyOf(releases);
        this.linkReferences = List.copyOf(linkReferences);
        // The parser hands over fresh collections nobody else holds: wrap, do not copy.
        this.referencesByLabel = java.util.Collections.unmodifiableMap(referencesByLabel);
        this.usedLabels = java.util.Collections.unmodifiableSet(usedLabels);
        this.firstReleaseLine = firstReleaseLine;
    }

    /** Parses a file's bytes, deciding the dialect from its headings. */
    public static Changelog parse(byte[] bytes) {
        return parse(bytes, Dialect.AUTO);
    }

    /** Parses a file's bytes in the given dialect ({@link Dialect#AUTO} decides). */
    public static Changelog parse(byte[] bytes, Dialect dialect) {
        return new ChangelogParser(SourceText.of(bytes), dialect).parse();
    }

    /** Parses text (as UTF-8); for tests and callers that already hold a string. */
    public static Changelog parse(String text, Dialect dialect) {
        return new ChangelogParser(SourceText.of(text), dialect).parse();
    }

    /** Parses in chunks of the given size; tests compare it with one whole parse. */
    static Changelog parse(byte[] bytes, Dialect dialect, int chunkChars) {
        return new ChangelogParser(SourceText.of(bytes), dialect, chunkChars).parse();
    }

    /** Parses with commonmark-java alone, no chunk read by {@link PlainBlocks}; for tests. */
    static Changelog parseWithCommonmark(byte[] bytes, Dialect dialect, int chunkChars) {
        return new ChangelogParser(SourceText.of(bytes), dialect, chunkChars, false).parse();
    }

    public SourceText source() {
        return source;
    }

    /** The dialect in force: the requested one, or the one {@link Dialect#AUTO} decided. */
    public Dialect dialect() {
        return dialect;
    }

    /** Whether the dialect was decided from the headings. */
    public boolean dialectDetected() {
        return requestedDialect == Dialect.AUTO;
    }

    /**
     * Whether the file is in the dialect in force: a named one, or one that {@link Dialect#AUTO}
     * recognised (false when release-like headings exist but none has a known form).
     */
    public boolean recognised() {
        return recognised;
    }

    /** Level-2 headings that look like releases of either dialect (or name a version). */
    public int releaseLikeHeadings() {
        return releaseLikeHeadings;
    }

    /** Level-2 headings written in the dialect's release form (strictly or nearly). */
    public int dialectHeadings() {
        return dialectHeadings;
    }

    /** Whether the first block (after HTML comments) is a level-1 heading. */
    public boolean titleFirst() {
        return titleFirst;
    }

    /** Every level-1 heading, in order. */
    public List<Heading> titles() {
        return titles;
    }

    /** The title, when the file has one. */
    public Optional<Heading> title() {
        return titles.isEmpty() ? Optional.empty() : Optional.of(titles.get(0));
    }

    /** Level-2 headings that are no release. */
    public List<Heading> otherHeadings() {
        return otherHeadings;
    }

    /** The releases, top to bottom, {@code Unreleased} included. */
    public List<Release> releases() {
        return releases;
    }

    /** The unreleased changes, when the file has an {@code Unreleased} heading. */
    public Optional<Release> unreleased() {
        return releases.stream().filter(Release::unreleased).findFirst();
    }

    /** Every link reference definition, in order. */
    public List<LinkReference> linkReferences() {
        return linkReferences;
    }

    /** The definition for a label (matched as CommonMark does), the first one winning. */
    public Optional<LinkReference> linkReference(String label) {
        return Optional.ofNullable(referencesByLabel.get(LinkReference.normalize(label)));
    }

    /** Whether {@code [label]} is written anywhere outside a definition. */
    public boolean isLabelUsed(String label) {
        return usedLabels.contains(LinkReference.normalize(label));
    }

    /** The first release heading's line, or 0 when there is none. */
    public int firstReleaseLine() {
        return firstReleaseLine;
    }
}
