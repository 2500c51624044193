package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.semver.VersionParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a parsed {@link Changelog} against the rules of its dialect ({@link Rule}) and returns
 * every finding, located and with its fix. Stateless and thread-safe; the result is deterministic
 * for the same input and options.
 */
public final class ChangelogValidator {

    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern DASHED_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    /** Files larger than this are validated one release section at a time ({@link ChangelogStream}). */
    static final long STREAMING_BYTES = 16L * 1024 * 1024;

    private final Dialect dialect;
    private final boolean dialectDetected;
    private final ValidationOptions options;
    private final String example;
    private final Function<String, Optional<LinkReference>> linkReference;
    /** Findings in the order the rules ran: headings, releases, then the three link rules, tags. */
    private final List<Finding> headingFindings = new ArrayList<>();
    private final List<Finding> releaseFindings = new ArrayList<>();
    private final List<Finding> missingLinkFindings = new ArrayList<>();
    private final List<Finding> unusedLinkFindings = new ArrayList<>();
    private final List<Finding> chainFindings = new ArrayList<>();
    private final List<Finding> tagFindings = new ArrayList<>();
    private List<Finding> findings = releaseFindings;

    // What the cross-release rules need of the releases seen so far: one release each, the
    // versions with their lines, and the tags still waiting for an older release.
    private int index;
    private Release first;
    private Release firstUnreleased;
    private Release previous;
    private Release previousDated;
    private final Map<Version, Integer> seen = new HashMap<>();
    private boolean linksReleases;
    private Release previousVersioned;
    private final java.util.Set<Version> listed = new java.util.HashSet<>();
    private Release lastReleased;
    private final java.util.TreeMap<Version, List<Version>> waitingForOlder = new java.util.TreeMap<>();
    private final Map<Version, Integer> olderLine = new HashMap<>();

    ChangelogValidator(Dialect dialect, boolean dialectDetected, ValidationOptions options,
            Function<String, Optional<LinkReference>> linkReference) {
        this.dialect = dialect;
        this.dialectDetected = dialectDetected;
        this.options = options;
        this.example = dialect.example();
        this.linkReference = linkReference;
        options.releaseTags().ifPresent(tags -> {
            for (Version v : tags.tagByVersion().keySet()) {
                waitingForOlder.computeIfAbsent(v, k -> new ArrayList<>()).add(v);
            }
        });
    }

    /** Validates with the given options. */
    public static ValidationReport validate(Changelog changelog, ValidationOptions options) {
        ChangelogValidator v = new ChangelogValidator(changelog.dialect(),
                changelog.dialectDetected(), options, changelog::linkReference);
        for (Release r : changelog.releases()) {
            v.release(r);
        }
        List<Finding> findings = v.finish(changelog.recognised(), changelog.releaseLikeHeadings(),
                changelog.dialectHeadings(), changelog.firstReleaseLine(), changelog.titleFirst(),
                changelog.titles(), changelog.otherHeadings(), changelog.linkReferences(),
                changelog::isLabelUsed);
        return new ValidationReport(changelog, findings);
    }

    /** Validates with default severities, today's date and no tag cross-check. */
    public static ValidationReport validate(Changelog changelog) {
        return validate(changelog, ValidationOptions.defaults());
    }

    /**
     * Validates a file, checking each release as it is assembled and keeping none (so
     * {@link ValidationReport#changelog()} is not available). A file above 16 MiB is read twice,
     * one chunk of about 256 K characters at a time, and validated one release section at a
     * time, so that memory does not grow with the file; a smaller one is read and parsed once,
     * whole. The findings are the same as for {@link Changelog#parse} and
     * {@link #validate(Changelog, ValidationOptions)}.
     */
    public static ValidationReport validate(Path file, Dialect dialect, ValidationOptions options)
            throws IOException {
        if (Files.size(file) > STREAMING_BYTES) {
            return ChangelogStream.validate(file, dialect, options,
                    ChangelogParser.DEFAULT_CHUNK_CHARS);
        }
        return validate(Files.readAllBytes(file), dialect, options);
    }

    /** {@link #validate(Path, Dialect, ValidationOptions)} of a file's bytes, handed over. */
    static ValidationReport validate(byte[] bytes, Dialect dialect, ValidationOptions options) {
        return new ChangelogParser(SourceText.wrap(bytes), dialect).validate(options);
    }

    private void add(Rule rule, int line, int column, String message) {
        Severity severity = options.severity(rule);
        if (severity != Severity.OFF) {
            findings.add(new Finding(rule, severity, Math.max(1, line), Math.max(1, column), message));
        }
    }

    private void add(List<Finding> to, Rule rule, int line, int column, String message) {
        List<Finding> before = findings;
        findings = to;
        add(rule, line, column, message);
        findings = before;
    }

    /**
     * The findings once every release was seen, in file order.
     *
     * @param recognised whether the file is in a form the plugin knows
     * @param releaseLike its release-like headings
     * @param dialectHeadings its headings in the dialect's form
     * @param firstReleaseLine the first release heading's line, or 0
     * @param labelUsed whether a label is written as {@code [label]} outside a definition
     */
    List<Finding> finish(boolean recognised, int releaseLike, int dialectHeadings,
            int firstReleaseLine, boolean titleFirst, List<Changelog.Heading> titles,
            List<Changelog.Heading> otherHeadings, List<LinkReference> linkReferences,
            Predicate<String> labelUsed) {
        findings = headingFindings;
        List<Finding> all = new ArrayList<>();
        if (!recognised) {
            int line = firstReleaseLine > 0 ? firstReleaseLine : 1;
            add(Rule.NOT_KEEP_A_CHANGELOG, line, 1, "This changelog is in no form the plugin"
                    + " knows: " + Dialect.unrecognised(releaseLike, firstReleaseLine) + ", or"
                    + " rewrite the release headings in one of those forms.");
            all.addAll(headingFindings);
            return all;
        }
        if (dialectHeadings == 0 && (releaseLike > 0 || otherHeadings.size() > 0
                || titles.isEmpty())) {
            int line = firstReleaseLine > 0 ? firstReleaseLine : 1;
            add(Rule.NOT_KEEP_A_CHANGELOG, line, 1, "This is not a " + dialectName() + " file: none"
                    + " of its level-2 headings has the form " + example + "; rewrite the release"
                    + " headings in that form" + (dialectDetected ? ""
                            : " or set changelogDialect") + ".");
            all.addAll(headingFindings);
            return all;
        }
        if (dialect.hasUnreleased()) {
            // release-please and semantic-release may write no title and '#' release headings.
            checkTitle(titleFirst, titles);
        }
        for (Changelog.Heading h : otherHeadings) {
            add(Rule.HEADING_FORM, h.line(), 1, "Level-2 heading '" + h.text() + "' is not a"
                    + " release; write releases as " + example + " and make other headings"
                    + " '###' inside a release or move them above the first release.");
        }
        if (dialect == Dialect.KEEPACHANGELOG) {
            findings = unusedLinkFindings;
            for (LinkReference ref : linkReferences) {
                if (!labelUsed.test(ref.label())) {
                    add(Rule.LINK_REFERENCE_UNUSED, ref.line(), 1, "Link reference ["
                            + ref.label() + "] is not used anywhere; remove it, or add the release"
                            + " it points to.");
                }
            }
        }
        findings = tagFindings;
        options.releaseTags().ifPresent(this::finishTags);
        all.addAll(headingFindings);
        all.addAll(releaseFindings);
        if (linksReleases) {
            all.addAll(missingLinkFindings);
        }
        all.addAll(unusedLinkFindings);
        all.addAll(chainFindings);
        all.addAll(tagFindings);
        all.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(f -> f.rule().ordinal()));
        return all;
    }

    private String dialectName() {
        switch (dialect) {
            case SEED:
                return "seed-dialect changelog";
            case CONVENTIONAL_CHANGELOG:
                return "conventional-changelog (release-please, semantic-release) changelog";
            case COMMITIZEN:
                return "commitizen changelog";
            default:
                return "Keep a Changelog";
        }
    }

    private void checkTitle(boolean titleFirst, List<Changelog.Heading> titles) {
        if (!titleFirst) {
            add(Rule.TITLE_MISSING, 1, 1, "The file does not start with a title; make its first"
                    + " line '# Changelog'.");
        }
        for (int i = 1; i < titles.size(); i++) {
            Changelog.Heading h = titles.get(i);
            add(Rule.TITLE_DUPLICATE, h.line(), 1, "'# " + h.text() + "' is a second level-1"
                    + " heading (the title is at line " + titles.get(0).line() + "); make it '## "
                    + h.text() + "' or remove it.");
        }
    }

    /**
     * Checks the next release, top to bottom. Keeps of it only what the rules across releases
     * need (one earlier release per rule, its version and line), never the list of releases.
     */
    void release(Release r) {
        findings = releaseFindings;
        int i = index++;
        if (first == null) {
            first = r;
        }
        checkHeading(r);
        if (r.unreleased()) {
            if (firstUnreleased != null) {
                add(Rule.UNRELEASED_DUPLICATE, r.line(), r.textColumn(), "A second Unreleased"
                        + " heading (the first is at line " + firstUnreleased.line() + "); merge"
                        + " its entries into the first and remove this heading.");
            } else {
                firstUnreleased = r;
                if (i > 0) {
                    add(Rule.UNRELEASED_NOT_FIRST, r.line(), r.textColumn(), "Unreleased is not"
                            + " the top release; move it above '" + first.headingText()
                            + "' at line " + first.line() + ".");
                }
            }
        } else if (r.version().isPresent()) {
            Version v = r.version().get();
            Integer same = seen.get(v);
            if (same != null) {
                add(Rule.VERSION_DUPLICATE, r.line(), r.versionColumn(), "Version " + v
                        + " already has a release at line " + same + "; merge the two"
                        + " or correct the version.");
            } else {
                seen.put(v, r.line());
                if (previous != null && previous.version().get().compareTo(v) < 0) {
                    add(Rule.RELEASE_ORDER, r.line(), r.versionColumn(), "Release " + v
                            + " is below " + previous.version().get() + " (line "
                            + previous.line() + ") but has higher precedence; list releases"
                            + " newest first and move it up.");
                }
                previous = r;
            }
        }
        if (!r.unreleased() && r.date().isPresent()) {
            if (previousDated != null && r.date().get().isAfter(previousDated.date().get())) {
                add(Rule.DATE_ORDER, r.line(), r.dateColumn(), "Release " + r.versionText()
                        + " is dated " + r.date().get() + ", later than " + previousDated
                        .versionText() + " above it (" + previousDated.date().get() + ", line "
                        + previousDated.line() + "); correct the date or the order.");
            }
            previousDated = r;
        }
        checkSections(r);
        checkLinks(r);
        findings = tagFindings;
        options.releaseTags().ifPresent(tags -> checkTags(tags, r));
        findings = releaseFindings;
    }

    private void checkHeading(Release r) {
        String name = r.unreleased() ? "Unreleased" : r.versionText();
        if (r.unreleased() && !dialect.hasUnreleased()
                && dialect != Dialect.COMMITIZEN) {
            add(Rule.HEADING_FORM, r.line(), r.textColumn(), "Heading '" + r.headingText()
                    + "': a " + dialect + " file has no Unreleased section, the"
                    + " entries are written at release; remove the heading and its entries, or set"
                    + " changelogDialect to keepachangelog.");
            return;
        }
        if (!r.wellFormed()) {
            add(Rule.HEADING_FORM, r.line(), r.textColumn(), "Release heading '" + r.headingText()
                    + "' is not in the " + dialect + " form; write '"
                    + suggestedHeading(r) + "'.");
        }
        if (!r.unreleased() && r.version().isEmpty()) {
            // The release's version is the same text parsed: parsed again only for the error.
            try {
                Version.parse(r.versionText());
            } catch (VersionParseException e) {
                add(Rule.VERSION_INVALID, r.line(), r.versionColumn() + e.position(), "Version '"
                        + r.versionText() + "' is not valid SemVer 2.0.0 (" + problem(e) + "); write"
                        + " MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.0.0-beta.2.");
            }
        }
        if (r.dateText().isEmpty()) {
            if (!r.unreleased()) {
                add(Rule.DATE_MISSING, r.line(), r.textColumn() + r.headingText().length(),
                        "Release " + name + " has no date; write '" + suggestedHeading(r) + "'"
                                + " with the day it was released.");
            }
            return;
        }
        String dateText = r.dateText().get();
        if (r.date().isEmpty()) {
            if (r.wellFormed() || DASHED_DATE.matcher(dateText).matches()) {
                Optional<String> fixed = normalizedDate(dateText);
                add(Rule.DATE_INVALID, r.line(), r.dateColumn(), fixed.isPresent()
                        && !fixed.get().equals(dateText)
                        ? "Date '" + dateText + "' is not in YYYY-MM-DD form; write '" + fixed.get()
                                + "'."
                        : "Date '" + dateText + "' is not a real calendar date; write the release"
                                + " day as YYYY-MM-DD.");
            }
        } else if (r.date().get().isAfter(options.today().plusDays(1))) {
            // One day of grace: a release dated in one zone is "tomorrow" in zones behind it.
            add(Rule.DATE_FUTURE, r.line(), r.dateColumn(), "Date " + dateText + " of release "
                    + name + " lies more than a day in the future (today is " + options.today()
                    + "); write the day"
                    + " it was released, or move its entries to Unreleased until then.");
        }
    }

    private static String problem(VersionParseException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return colon >= 0 ? m.substring(colon + 2) : m;
    }

    private String suggestedHeading(Release r) {
        Dialect d = dialect;
        if (r.unreleased()) {
            return d.unreleasedHeading();
        }
        String date = r.dateText().flatMap(ChangelogValidator::normalizedDate).orElse("YYYY-MM-DD");
        String version = r.version().map(Version::toString).orElse(r.versionText());
        return d.releaseHeading(version, date) + (r.yanked() ? " [YANKED]" : "");
    }

    /** {@code 2025.4.3} → {@code 2025-04-03} when that is a real date. */
    private static Optional<String> normalizedDate(String text) {
        Matcher m = LOOSE_DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String iso = m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
        return ChangelogParser.parseDate(iso).map(Object::toString);
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private void checkSections(Release r) {
        String name = r.unreleased() ? "Unreleased" : r.versionText();
        if (!r.looseListLines().isEmpty()) {
            // A conventional-changelog or commitizen file has its tool's sections, not the six.
            add(Rule.ENTRY_WITHOUT_SECTION, r.looseListLines().get(0), 1, "Entries of release "
                    + name + " are not under a section; put them under " + (dialect
                            .keepsSixSections() ? "'### Added', '### Fixed' or another of the six"
                            + " section headings." : "'### " + String.join("', '### ", dialect
                                    .sectionTitles().stream().filter(t -> !t.contains("BREAKING"))
                                    .limit(2).toList()) + "' or another section " + dialect
                                    + " writes."));
        }
        Map<SectionType, Section> seen = new EnumMap<>(SectionType.class);
        Map<String, Section> seenTitles = new HashMap<>();
        for (Section s : r.sections()) {
            if (!dialect.keepsSixSections()) {
                if (!dialect.sectionTitles().contains(s.title())) {
                    add(Rule.SECTION_UNKNOWN, s.line(), s.column(), "Section '" + s.title()
                            + "' is not one that " + dialect + " writes ("
                            + String.join(", ", dialect.sectionTitles()) + "); rename it, or set"
                            + " <rules><section-unknown>off</section-unknown> for custom"
                            + " sections.");
                }
                Section first = seenTitles.putIfAbsent(s.title(), s);
                if (first != null) {
                    add(Rule.SECTION_DUPLICATE, s.line(), s.column(), "Section '" + s.title()
                            + "' appears twice in release " + name + " (first at line "
                            + first.line() + "); merge the two lists.");
                }
            } else if (s.type().isEmpty()) {
                Optional<SectionType> guess = SectionType.guess(s.title());
                add(Rule.SECTION_UNKNOWN, s.line(), s.column(), "Section '" + s.title() + "' is not"
                        + " one of Added, Changed, Deprecated, Removed, Fixed, Security; "
                        + guess.map(t -> "write '### " + t.title() + "'.")
                                .orElse("move its entries under one of them."));
            } else {
                Section first = seen.putIfAbsent(s.type().get(), s);
                if (first != null) {
                    add(Rule.SECTION_DUPLICATE, s.line(), s.column(), "Section '" + s.title()
                            + "' appears twice in release " + name + " (first at line "
                            + first.line() + "); merge the two lists.");
                }
            }
            if (s.entries().isEmpty()) {
                add(Rule.SECTION_EMPTY, s.line(), s.column(), "Section '" + s.title() + "' of"
                        + " release " + name + " has no entries; add a '- …' entry or remove the"
                        + " heading.");
            }
            if (!s.strayBlocks().isEmpty()) {
                add(Rule.ENTRY_NOT_LIST_ITEM, s.strayBlocks().get(0), 1, "Text in section '"
                        + s.title() + "' of release " + name + " is not a list item; start each"
                        + " entry with '- '.");
            }
            boolean breakingAllowed = s.type().filter(t -> t == SectionType.CHANGED
                    || t == SectionType.REMOVED).isPresent();
            if (!breakingAllowed && s.type().isPresent() && dialect.keepsSixSections()) {
                for (Entry e : s.entries()) {
                    int at = markerOutsideCode(e.text());
                    if (at >= 0) {
                        int nl = e.text().lastIndexOf('\n', at);
                        add(Rule.BREAKING_MARKER_MISPLACED, e.line() + countLines(e.text(), at),
                                at - nl, "'**Breaking:**' marks an entry of '" + s.title()
                                        + "'; breaking changes belong under Changed or Removed.");
                    }
                }
            }
        }
    }

    /**
     * Where {@code **Breaking:**} marks the entry, or -1; a marker quoted in a code span
     * ({@code `**Breaking:**`}) is text about the marker, not one.
     */
    private static int markerOutsideCode(String text) {
        for (int at = text.indexOf("**Breaking:**"); at >= 0;
                at = text.indexOf("**Breaking:**", at + 1)) {
            long backticks = text.substring(0, at).chars().filter(c -> c == '`').count();
            if (backticks % 2 == 0) {
                return at;
            }
        }
        return -1;
    }

    private static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private void checkLinks(Release r) {
        if (dialect == Dialect.CONVENTIONAL_CHANGELOG) {
            if (r.version().isPresent()) {
                if (previousVersioned != null) {
                    checkHeadingLink(previousVersioned, r);
                }
                previousVersioned = r;
            }
            return;
        }
        if (dialect != Dialect.KEEPACHANGELOG) {
            return;
        }
        // A file that links no release heading at all writes brackets as plain style: the
        // missing-reference findings count only when some heading is linked (see finish).
        if (r.bracketed()) {
            if (linkReference.apply(r.label()).isPresent()) {
                linksReleases = true;
            } else {
                add(missingLinkFindings, Rule.LINK_REFERENCE_MISSING, r.line(), r.textColumn(),
                        "Heading [" + r.label() + "] has no link reference; add '[" + r.label()
                                + "]: <URL of its changes>' at the bottom of the file.");
            }
        }
        if (!r.unreleased() && r.version().isEmpty()) {
            return;
        }
        Release newer = previousVersioned;
        previousVersioned = r;
        if (newer == null || r.unreleased()) {
            return;
        }
        Optional<LinkReference> ref = linkReference.apply(newer.label());
        if (ref.isEmpty()) {
            return;
        }
        String[] m = HeadingScans.compare(ref.get().destination());
        if (m == null) {
            return;
        }
        String from = m[0];
        String to = m[1];
        from = from.substring(from.lastIndexOf('/') + 1);
        boolean fromOk = names(from, r.versionText());
        boolean toOk = newer.unreleased() || names(to, newer.versionText());
        if (!fromOk || !toOk) {
            String expectedTo = newer.unreleased() ? to : replaceVersion(to, newer.versionText());
            String expectedFrom = fromOk ? from : guessTag(from, r.versionText());
            add(chainFindings, Rule.COMPARE_LINK_CHAIN, ref.get().line(), 1, "Link ["
                    + ref.get().label() + "] compares " + from + "..." + to + " but the previous"
                    + " release is " + r.versionText() + "; compare " + expectedFrom + "..."
                    + expectedTo + ".");
        }
    }

    /** The compare links in the headings ({@code ## [1.2.0](…/compare/v1.1.0...v1.2.0)}) chain. */
    private void checkHeadingLink(Release r, Release older) {
        if (r.link().isEmpty()) {
            return;
        }
        String[] m = HeadingScans.compare(r.link().get());
        if (m == null) {
            return;
        }
        String from = m[0];
        from = from.substring(from.lastIndexOf('/') + 1);
        String to = m[1];
        if (!names(from, older.versionText()) || !names(to, r.versionText())) {
            add(chainFindings, Rule.COMPARE_LINK_CHAIN, r.line(), r.textColumn(), "The link of"
                    + " release " + r.versionText() + " compares " + from + "..." + to + " but the"
                    + " previous release is " + older.versionText() + "; compare "
                    + guessTag(from, older.versionText()) + "..." + guessTag(to,
                            r.versionText()) + ".");
        }
    }

    /** Whether a tag or ref name denotes {@code version}: equal, or ending in it after a non-digit. */
    static boolean names(String ref, String version) {
        if (ref.equals(version)) {
            return true;
        }
        if (!ref.endsWith(version)) {
            return false;
        }
        char before = ref.charAt(ref.length() - version.length() - 1);
        return !Character.isDigit(before) && before != '.';
    }

    private static String guessTag(String like, String version) {
        Matcher m = Pattern.compile("^(.*?)\\d+\\.\\d.*$").matcher(like);
        return m.matches() ? m.group(1) + version : version;
    }

    private static String replaceVersion(String like, String version) {
        return guessTag(like, version);
    }

    private void checkTags(ReleaseTags tags, Release r) {
        if (!r.unreleased() && r.version().isPresent() && !r.yanked()) {
            Version v = r.version().get();
            if (!tags.hasTag(v)) {
                add(Rule.RELEASE_TAG_MISSING, r.line(), r.versionColumn(), "Release " + v + " has no"
                        + " release tag " + tags.tagFor(v) + "; tag its release commit (git tag -a "
                        + tags.tagFor(v) + " <commit>) or correct the version.");
            }
        }
        r.version().ifPresent(listed::add);
        lastReleased = r.unreleased() ? lastReleased : r;
        if (r.version().isPresent()) {
            // The first release below a tag's version is where its missing entry belongs.
            Map<Version, List<Version>> newer = waitingForOlder.tailMap(r.version().get(), false);
            for (List<Version> waiting : newer.values()) {
                for (Version v : waiting) {
                    olderLine.put(v, r.line());
                }
            }
            newer.clear();
        }
    }

    private void finishTags(ReleaseTags tags) {
        for (Map.Entry<Version, String> tag : tags.tagByVersion().entrySet()) {
            Version v = tag.getKey();
            if (listed.contains(v)) {
                continue;
            }
            Integer older = olderLine.get(v);
            int line = older != null ? older : lastReleased != null ? lastReleased.line() : 1;
            add(Rule.RELEASE_ENTRY_MISSING, line, 1, "Release tag " + tag.getValue() + " has no"
                    + " entry in the changelog; add '" + dialect.releaseHeading(
                            v.toString(), "YYYY-MM-DD") + "' with its changes "
                    + (older != null ? "above this release." : lastReleased != null
                            ? "below this release." : "to the file."));
        }
    }
}
