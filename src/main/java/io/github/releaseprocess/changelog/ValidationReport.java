package io.github.releaseprocess.changelog;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.releaseprocess.core.GitHubActions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The findings of one validation, in file order, and their renderings: the compiler-style lines
 * with the source line and a caret, GitHub Actions annotations, and a JSON document.
 */
public final class ValidationReport {

    private static final int SHOWN_WIDTH = 96;

    /**
     * The rules about one release's own heading and content, which a release neither reads nor
     * writes in an older release; the rules of the file (title, link references, a duplicate
     * version, the Unreleased section) are not among them.
     */
    private static final Set<Rule> RELEASE_LOCAL = EnumSet.of(Rule.HEADING_FORM,
            Rule.VERSION_INVALID, Rule.DATE_MISSING, Rule.DATE_INVALID, Rule.DATE_FUTURE,
            Rule.SECTION_UNKNOWN, Rule.SECTION_DUPLICATE, Rule.SECTION_EMPTY,
            Rule.ENTRY_NOT_LIST_ITEM, Rule.ENTRY_WITHOUT_SECTION, Rule.BREAKING_MARKER_MISPLACED);

    /** The rules about the order of two releases. */
    private static final Set<Rule> ORDER = EnumSet.of(Rule.RELEASE_ORDER, Rule.DATE_ORDER);

    /** The parsed file; null when it was validated from the file ({@code validate(Path, …)}). */
    private final Changelog changelog;
    private final boolean streamed;
    private final Dialect dialect;
    private final boolean dialectDetected;
    private final int releaseCount;
    /** The text of a 1-based line that a finding points at. */
    private final IntFunction<String> line;
    private final int lineCount;
    private final List<Finding> findings;
    /** The errors {@link #asReleaseGate()} weighed as warnings, as they stand in findings. */
    private final List<Finding> olderReleaseErrors;

    ValidationReport(Changelog changelog, List<Finding> findings) {
        this(changelog, changelog.dialect(), changelog.dialectDetected(),
                changelog.releases().size(), changelog.source()::line,
                changelog.source().lineCount(), findings, false);
    }

    ValidationReport(Changelog changelog, Dialect dialect, boolean dialectDetected,
            int releaseCount, IntFunction<String> line, int lineCount, List<Finding> findings,
            boolean streamed) {
        this(changelog, dialect, dialectDetected, releaseCount, line, lineCount, findings,
                streamed, List.of());
    }

    private ValidationReport(Changelog changelog, Dialect dialect, boolean dialectDetected,
            int releaseCount, IntFunction<String> line, int lineCount, List<Finding> findings,
            boolean streamed, List<Finding> olderReleaseErrors) {
        this.changelog = changelog;
        this.streamed = streamed;
        this.dialect = dialect;
        this.dialectDetected = dialectDetected;
        this.releaseCount = releaseCount;
        this.line = line;
        this.lineCount = lineCount;
        this.findings = List.copyOf(findings);
        this.olderReleaseErrors = List.copyOf(olderReleaseErrors);
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings as the release gate weighs them (decision 0026): an error from the second
     * released section down about one release's heading or content (a section edited by hand years
     * ago, an alert or prose among the entries, a {@code ## Changed} typed for {@code ###}), or
     * about the order of two releases older than the newest, is a warning there, because a release
     * neither reads nor writes those sections; {@code validate-changelog} reports it as it is.
     * Errors about the newest release, the Unreleased section and the file stay errors.
     */
    public ValidationReport asReleaseGate() {
        List<Release> released = changelog().releases().stream().filter(r -> !r.unreleased())
                .toList();
        if (released.isEmpty()) {
            return this;
        }
        Release newest = released.get(0);
        if (released.size() == 1) {
            return this;
        }
        // From the second release's heading down, everything is older than the newest; an order
        // finding stands at the lower of two releases, so below the second one both are older.
        int olderFrom = released.get(1).line();
        int orderFrom = released.get(1).lastLine();
        List<Finding> weighed = new ArrayList<>(findings.size());
        List<Finding> older = new ArrayList<>();
        for (Finding f : findings) {
            boolean inOlder = f.severity() == Severity.ERROR
                    && (RELEASE_LOCAL.contains(f.rule()) && f.line() >= olderFrom
                            || ORDER.contains(f.rule()) && f.line() > orderFrom);
            if (!inOlder) {
                weighed.add(f);
                continue;
            }
            String in = released.stream().filter(r -> r.line() <= f.line())
                    .reduce((a, b) -> b).map(Release::versionText).orElse("?");
            Finding warning = new Finding(f.rule(), Severity.WARNING, f.line(), f.column(),
                    f.message() + " (in release " + in + ", older than " + newest.versionText()
                            + ": it does not stop a release)");
            weighed.add(warning);
            older.add(warning);
        }
        return new ValidationReport(changelog, dialect, dialectDetected, releaseCount, line,
                lineCount, weighed, streamed, older);
    }

    /**
     * The errors in older releases that {@link #asReleaseGate()} weighed as warnings, as they
     * stand among {@link #findings()}; empty for a report that was not weighed.
     */
    public List<Finding> olderReleaseErrors() {
        return olderReleaseErrors;
    }

    /**
     * The parsed changelog.
     *
     * @throws IllegalStateException for a file validated with
     *     {@link ChangelogValidator#validate(java.nio.file.Path, Dialect, ValidationOptions)}: each
     *     release was checked as it was read and none is held
     */
    public Changelog changelog() {
        if (changelog == null) {
            throw new IllegalStateException("validated release by release: no whole parse held");
        }
        return changelog;
    }

    /** The dialect in force. */
    public Dialect dialect() {
        return dialect;
    }

    /** Whether the dialect was decided from the headings. */
    public boolean dialectDetected() {
        return dialectDetected;
    }

    /** The number of releases, {@code Unreleased} included. */
    public int releaseCount() {
        return releaseCount;
    }

    /** Whether the file was validated one release section at a time (a large file). */
    public boolean streamed() {
        return streamed;
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** Whether the build fails: any error, or any warning when {@code failOnWarning}. */
    public boolean fails(boolean failOnWarning) {
        return errors() > 0 || (failOnWarning && warnings() > 0);
    }

    /**
     * Every finding as {@code FILE:LINE:COL: severity: message [rule]}, its source line and a
     * caret under the column; tabs in the line are kept in the caret line so the caret aligns.
     */
    public List<String> formatted(String displayName) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(headline(displayName, f));
            String line = this.line.apply(Math.min(f.line(), lineCount));
            int col = Math.min(f.column() - 1, line.length());
            int from = 0;
            String lead = "  ";
            if (line.length() > SHOWN_WIDTH) {
                from = Math.max(0, Math.min(col - SHOWN_WIDTH / 2, line.length() - SHOWN_WIDTH));
                line = line.substring(from, Math.min(line.length(), from + SHOWN_WIDTH));
                col -= from;
            }
            out.add(lead + line);
            StringBuilder caret = new StringBuilder(lead);
            for (int i = 0; i < col && i < line.length(); i++) {
                caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
            }
            out.add(caret.append('^').toString());
        }
        return out;
    }

    /**
     * The first of the lines {@link #formatted} gives a finding:
     * {@code FILE:LINE:COL: severity: message [rule]}.
     */
    public static String headline(String displayName, Finding f) {
        return displayName + ":" + f.line() + ":" + f.column() + ": " + f.severity().word() + ": "
                + f.message() + " [" + f.rule().id() + "]";
    }

    /** The closing count, e.g. {@code CHANGELOG.md: 2 errors, 1 warning}. */
    public String summary(String displayName) {
        long e = errors();
        long w = warnings();
        return displayName + ": " + e + (e == 1 ? " error, " : " errors, ") + w
                + (w == 1 ? " warning" : " warnings") + " (" + dialect + ", " + releaseCount
                + " releases)";
    }

    /** GitHub Actions workflow commands, one per finding ({@code ::error file=…,line=…,col=…::}). */
    public List<String> githubAnnotations(String path) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(GitHubActions.annotation(f.severity().word(), path, f.line(), f.column(),
                    f.rule().id(), f.message()));
        }
        return out;
    }

    /** The report as a JSON document (file, dialect, counts, findings). */
    public String toJson(String path) {
        JsonObject root = new JsonObject();
        root.addProperty("file", path);
        root.addProperty("dialect", dialect.id());
        root.addProperty("releases", releaseCount);
        root.addProperty("errors", errors());
        root.addProperty("warnings", warnings());
        JsonArray list = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("rule", f.rule().id());
            o.addProperty("severity", f.severity().word());
            o.addProperty("line", f.line());
            o.addProperty("column", f.column());
            o.addProperty("message", f.message());
            list.add(o);
        }
        root.add("findings", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root)
                + "\n";
    }
}
