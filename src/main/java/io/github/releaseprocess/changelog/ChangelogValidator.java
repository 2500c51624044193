package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.semver.VersionParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a parsed {@link Changelog} against the rules of its dialect ({@link Rule}) and returns
 * every finding, located and with its fix. Stateless and thread-safe; the result is deterministic
 * for the same input and options.
 */
public final class ChangelogValidator {

    private static final Pattern COMPARE = Pattern.compile("/compare/(.+?)\\.{2,3}([^/?#]+?)/?$");
    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern DASHED_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private final Changelog changelog;
    private final ValidationOptions options;
    private final List<Finding> findings = new ArrayList<>();
    private final String example;

    private ChangelogValidator(Changelog changelog, ValidationOptions options) {
        this.changelog = changelog;
        this.options = options;
        this.example = changelog.dialect().example();
    }

    /** Validates with the given options. */
    public static ValidationReport validate(Changelog changelog, ValidationOptions options) {
        ChangelogValidator v = new ChangelogValidator(changelog, options);
        v.run();
        v.findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(f -> f.rule().ordinal()));
        return new ValidationReport(changelog, v.findings);
    }

    /** Validates with default severities, today's date and no tag cross-check. */
    public static ValidationReport validate(Changelog changelog) {
        return validate(changelog, ValidationOptions.defaults());
    }

    private void add(Rule rule, int line, int column, String message) {
        Severity severity = options.severity(rule);
        if (severity != Severity.OFF) {
            findings.add(new Finding(rule, severity, Math.max(1, line), Math.max(1, column), message));
        }
    }

    private void run() {
        if (!changelog.recognised()) {
            int line = changelog.firstReleaseLine() > 0 ? changelog.firstReleaseLine() : 1;
            add(Rule.NOT_KEEP_A_CHANGELOG, line, 1, "This changelog is in no form the plugin"
                    + " knows: " + Dialect.explain(changelog.source().text()) + ", or rewrite the"
                    + " release headings in one of those forms.");
            return;
        }
        if (changelog.dialectHeadings() == 0
                && (changelog.releaseLikeHeadings() > 0 || changelog.otherHeadings().size() > 0
                        || changelog.title().isEmpty())) {
            int line = changelog.firstReleaseLine() > 0 ? changelog.firstReleaseLine() : 1;
            add(Rule.NOT_KEEP_A_CHANGELOG, line, 1, "This is not a " + dialectName() + " file: none"
                    + " of its level-2 headings has the form " + example + "; rewrite the release"
                    + " headings in that form" + (changelog.dialectDetected() ? ""
                            : " or set changelogDialect") + ".");
            return;
        }
        if (changelog.dialect().hasUnreleased()) {
            // release-please and semantic-release may write no title and '#' release headings.
            checkTitle();
        }
        for (Changelog.Heading h : changelog.otherHeadings()) {
            add(Rule.HEADING_FORM, h.line(), 1, "Level-2 heading '" + h.text() + "' is not a"
                    + " release; write releases as " + example + " and make other headings"
                    + " '###' inside a release or move them above the first release.");
        }
        checkReleases();
        checkLinks();
        options.releaseTags().ifPresent(this::checkTags);
    }

    private String dialectName() {
        switch (changelog.dialect()) {
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

    private void checkTitle() {
        if (!changelog.titleFirst()) {
            add(Rule.TITLE_MISSING, 1, 1, "The file does not start with a title; make its first"
                    + " line '# Changelog'.");
        }
        List<Changelog.Heading> titles = changelog.titles();
        for (int i = 1; i < titles.size(); i++) {
            Changelog.Heading h = titles.get(i);
            add(Rule.TITLE_DUPLICATE, h.line(), 1, "'# " + h.text() + "' is a second level-1"
                    + " heading (the title is at line " + titles.get(0).line() + "); make it '## "
                    + h.text() + "' or remove it.");
        }
    }

    private void checkReleases() {
        List<Release> releases = changelog.releases();
        Release firstUnreleased = null;
        Release previous = null;
        Release previousDated = null;
        Map<Version, Release> seen = new HashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
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
                                + " the top release; move it above '" + releases.get(0).headingText()
                                + "' at line " + releases.get(0).line() + ".");
                    }
                }
            } else if (r.version().isPresent()) {
                Version v = r.version().get();
                Release same = seen.get(v);
                if (same != null) {
                    add(Rule.VERSION_DUPLICATE, r.line(), r.versionColumn(), "Version " + v
                            + " already has a release at line " + same.line() + "; merge the two"
                            + " or correct the version.");
                } else {
                    seen.put(v, r);
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
        }
    }

    private void checkHeading(Release r) {
        String name = r.unreleased() ? "Unreleased" : r.versionText();
        if (r.unreleased() && !changelog.dialect().hasUnreleased()
                && changelog.dialect() != Dialect.COMMITIZEN) {
            add(Rule.HEADING_FORM, r.line(), r.textColumn(), "Heading '" + r.headingText()
                    + "': a " + changelog.dialect() + " file has no Unreleased section, the"
                    + " entries are written at release; remove the heading and its entries, or set"
                    + " changelogDialect to keepachangelog.");
            return;
        }
        if (!r.wellFormed()) {
            add(Rule.HEADING_FORM, r.line(), r.textColumn(), "Release heading '" + r.headingText()
                    + "' is not in the " + changelog.dialect() + " form; write '"
                    + suggestedHeading(r) + "'.");
        }
        if (!r.unreleased()) {
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
        Dialect d = changelog.dialect();
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
            add(Rule.ENTRY_WITHOUT_SECTION, r.looseListLines().get(0), 1, "Entries of release "
                    + name + " are not under a section; put them under '### Added', '### Fixed'"
                    + " or another of the six section headings.");
        }
        Map<SectionType, Section> seen = new EnumMap<>(SectionType.class);
        Map<String, Section> seenTitles = new HashMap<>();
        Dialect dialect = changelog.dialect();
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

    private void checkLinks() {
        if (changelog.dialect() == Dialect.CONVENTIONAL_CHANGELOG) {
            checkHeadingLinks();
            return;
        }
        if (changelog.dialect() != Dialect.KEEPACHANGELOG) {
            return;
        }
        List<Release> releases = changelog.releases();
        // A file that links no release heading at all writes brackets as plain style.
        boolean linksReleases = releases.stream()
                .anyMatch(r -> r.bracketed() && changelog.linkReference(r.label()).isPresent());
        for (Release r : releases) {
            if (linksReleases && r.bracketed() && changelog.linkReference(r.label()).isEmpty()) {
                add(Rule.LINK_REFERENCE_MISSING, r.line(), r.textColumn(), "Heading ["
                        + r.label() + "] has no link reference; add '[" + r.label() + "]: <URL of"
                        + " its changes>' at the bottom of the file.");
            }
        }
        for (LinkReference ref : changelog.linkReferences()) {
            if (!changelog.isLabelUsed(ref.label())) {
                add(Rule.LINK_REFERENCE_UNUSED, ref.line(), 1, "Link reference [" + ref.label()
                        + "] is not used anywhere; remove it, or add the release it points to.");
            }
        }
        List<Release> versioned = new ArrayList<>();
        for (Release r : releases) {
            if (r.unreleased() || r.version().isPresent()) {
                versioned.add(r);
            }
        }
        for (int i = 0; i + 1 < versioned.size(); i++) {
            Release r = versioned.get(i);
            Release older = versioned.get(i + 1);
            if (older.unreleased()) {
                continue;
            }
            Optional<LinkReference> ref = changelog.linkReference(r.label());
            if (ref.isEmpty()) {
                continue;
            }
            Matcher m = COMPARE.matcher(ref.get().destination());
            if (!m.find()) {
                continue;
            }
            String from = m.group(1);
            String to = m.group(2);
            from = from.substring(from.lastIndexOf('/') + 1);
            boolean fromOk = names(from, older.versionText());
            boolean toOk = r.unreleased() || names(to, r.versionText());
            if (!fromOk || !toOk) {
                String expectedTo = r.unreleased() ? to : replaceVersion(to, r.versionText());
                String expectedFrom = fromOk ? from : guessTag(from, older.versionText());
                add(Rule.COMPARE_LINK_CHAIN, ref.get().line(), 1, "Link [" + ref.get().label()
                        + "] compares " + from + "..." + to + " but the previous release is "
                        + older.versionText() + "; compare " + expectedFrom + "..." + expectedTo
                        + ".");
            }
        }
    }

    /** The compare links in the headings ({@code ## [1.2.0](…/compare/v1.1.0...v1.2.0)}) chain. */
    private void checkHeadingLinks() {
        List<Release> versioned = changelog.releases().stream()
                .filter(r -> r.version().isPresent()).toList();
        for (int i = 0; i + 1 < versioned.size(); i++) {
            Release r = versioned.get(i);
            Release older = versioned.get(i + 1);
            if (r.link().isEmpty()) {
                continue;
            }
            Matcher m = COMPARE.matcher(r.link().get());
            if (!m.find()) {
                continue;
            }
            String from = m.group(1);
            from = from.substring(from.lastIndexOf('/') + 1);
            String to = m.group(2);
            if (!names(from, older.versionText()) || !names(to, r.versionText())) {
                add(Rule.COMPARE_LINK_CHAIN, r.line(), r.textColumn(), "The link of release "
                        + r.versionText() + " compares " + from + "..." + to + " but the previous"
                        + " release is " + older.versionText() + "; compare "
                        + guessTag(from, older.versionText()) + "..." + guessTag(to,
                                r.versionText()) + ".");
            }
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

    private void checkTags(ReleaseTags tags) {
        List<Release> releases = changelog.releases();
        for (Release r : releases) {
            if (r.unreleased() || r.version().isEmpty() || r.yanked()) {
                continue;
            }
            Version v = r.version().get();
            if (!tags.hasTag(v)) {
                add(Rule.RELEASE_TAG_MISSING, r.line(), r.versionColumn(), "Release " + v + " has no"
                        + " release tag " + tags.tagFor(v) + "; tag its release commit (git tag -a "
                        + tags.tagFor(v) + " <commit>) or correct the version.");
            }
        }
        java.util.Set<Version> listed = new java.util.HashSet<>();
        Release last = null;
        for (Release r : releases) {
            r.version().ifPresent(listed::add);
            last = r.unreleased() ? last : r;
        }
        for (Map.Entry<Version, String> tag : tags.tagByVersion().entrySet()) {
            Version v = tag.getKey();
            if (listed.contains(v)) {
                continue;
            }
            Optional<Release> older = releases.stream().filter(r -> r.version().isPresent()
                    && r.version().get().compareTo(v) < 0).findFirst();
            int line = older.map(Release::line).orElse(last != null ? last.line() : 1);
            add(Rule.RELEASE_ENTRY_MISSING, line, 1, "Release tag " + tag.getValue() + " has no"
                    + " entry in the changelog; add '" + changelog.dialect().releaseHeading(
                            v.toString(), "YYYY-MM-DD") + "' with its changes "
                    + (older.isPresent() ? "above this release." : last != null
                            ? "below this release." : "to the file."));
        }
    }
}
