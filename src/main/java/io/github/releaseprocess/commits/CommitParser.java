package io.github.releaseprocess.commits;

import io.github.releaseprocess.commits.ConventionalCommit.Kind;
import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads commit messages as Conventional Commits 1.0.0.
 *
 * <p>Immutable and thread-safe: build one per configuration and share it. The message is first
 * cleaned as git does: line endings normalised ({@code \r\n} and {@code \r} become {@code \n}),
 * trailing blanks removed from every line, everything from a scissors line
 * ({@code # ------------------------ >8 ------------------------}) on dropped, and leading and
 * trailing blank lines removed. Comment lines are left alone: git has already removed them when it
 * made the commit, and a {@code #} line that survived is text the author kept.
 *
 * <p>The header grammar is {@code type(scope)!: description}: {@code type} is letters only (any
 * case, reported in lower case, but not a CamelCase name such as {@code XmlLayout} or
 * {@code jsonReader}: that is a class name, see {@link #nameInsteadOfType}), {@code scope} is any non-empty text without parentheses,
 * {@code !} is optional, then a colon, one space and a non-empty description. Footers follow a
 * blank line: {@code Token: value} or {@code Token #value} with a token of letters, digits and
 * {@code -}, or one of the breaking tokens ({@code BREAKING CHANGE}, upper case). Once the footers
 * have started, every later line either starts a new footer or continues the value of the current
 * one, as §10 of the specification says. See {@code docs/guides/conventional-commits.md}.
 */
public final class CommitParser {

    private static final CommitParser DEFAULTS = new CommitParser(ParserOptions.strict());

    private static final Pattern HEADER =
            Pattern.compile("([A-Za-z]+)(?:\\(([^()\\n]+)\\))?(!)?: (.*)");
    /** A header-like prefix whose word is not a type: {@code XmlLayout: …}, {@code pom.xml: …}. */
    private static final Pattern NAME_PREFIX =
            Pattern.compile("([^\\s:()!]+)(?:\\([^()\\n]+\\))?!?: \\S.*");
    private static final Pattern GENERIC_FOOTER =
            Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]*)(: | #)(.*)");
    /** Git's scissors line, with any comment character ({@code core.commentChar}). */
    private static final Pattern SCISSORS = Pattern.compile("[^\\p{Alnum}\\s] -{24} >8 -{24}");
    private static final int SCISSORS_LENGTH = 54;
    private static final Pattern REVERTS_COMMIT =
            Pattern.compile("This reverts commit ([0-9a-fA-F]{4,64})\\b");
    private static final Pattern AUTOSQUASH = Pattern.compile("(?:fixup|squash|amend)!(?:\\s.*)?");
    private static final Pattern GIT_REVERT_SUBJECT = Pattern.compile("(?i)(?:revert|reapply)\\s*\".*");
    private static final Pattern REVERT_WORD = Pattern.compile("(?i)(?:revert|reapply)\\b");
    private static final Pattern BULLET = Pattern.compile("\\s*(?:[*-]\\s+)?");
    /** A footer's start as {@code @conventional-commits/parser} reads it (release-please). */
    private static final Pattern FOOTER_TOKEN = Pattern.compile(
            "(?:BREAKING[ -]CHANGE|[^()\\s!:]+(?:\\([^()]+\\))?!?)(?::| #)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})");
    private static final Pattern GIT_SQUASH_COMMIT = Pattern.compile("\\s*commit [0-9a-f]{7,64}");
    private static final Pattern GIT_SQUASH_HEADER =
            Pattern.compile("\\s*Squashed commit of the following:.*");
    /** What git, GitHub, GitLab, Bitbucket and Azure DevOps write when they merge. */
    private static final List<Pattern> MERGE_SUBJECTS = List.of(
            Pattern.compile("Merge (?:branch|branches|remote-tracking branch|tag|commit"
                    + "|pull request|remote|PR)\\b.*"),
            Pattern.compile("Merge \\S+ into \\S+.*"),
            Pattern.compile("Merged (?:PR \\d+:|in ).*"),
            Pattern.compile("Merged \\S+ into \\S+.*"),
            Pattern.compile("Automatic merge\\b.*"),
            Pattern.compile("Auto-merged \\S+ into \\S+.*"));

    private final ParserOptions options;
    /** Tokens that are footers whatever the options say, so the body never swallows them. */
    private final Set<String> structuralBreakingTokens;
    private final Pattern lenientBreakingNote;

    private CommitParser(ParserOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        Set<String> tokens = new LinkedHashSet<>(ParserOptions.SPEC_BREAKING_TOKENS);
        tokens.addAll(options.breakingFooterTokens());
        this.structuralBreakingTokens = tokens;
        this.lenientBreakingNote = options.breakingFooterTokens().isEmpty()
                ? null
                : Pattern.compile("[\\s|*]*(?:" + options.breakingFooterTokens().stream()
                        .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?:[:\\s].*)?",
                        Pattern.CASE_INSENSITIVE);
    }

    /** The strict Conventional Commits 1.0.0 parser ({@link ParserOptions#strict()}). */
    public static CommitParser defaults() {
        return DEFAULTS;
    }

    /** A parser reading messages with these options. */
    public static CommitParser create(ParserOptions options) {
        return new CommitParser(options);
    }

    /** The options this parser was built with. */
    public ParserOptions options() {
        return options;
    }

    /**
     * Parses one commit message. Never fails: a message that is not conventional gets a kind that
     * says what it is.
     */
    public ConventionalCommit parse(String message) {
        return parse(cleanLines(Objects.requireNonNull(message, "message")));
    }

    /**
     * The header commit, then the conventional messages found in the body in the
     * {@link ParserOptions#squashBodies()} style of these options: trailing footers that read as
     * headers (release-please), paragraphs (python-semantic-release, also in
     * {@code git merge --squash} output) or single lines (commitizen). The header commit keeps
     * the rest of the message. No line of a fenced or indented code block and no quoted
     * ({@code >}) line is ever a message. Only conventional and non-conventional headers are
     * split (never merges, reverts or autosquash commits); without embedded messages the list has
     * one element, the same as {@link #parse}.
     */
    public List<ConventionalCommit> parseAll(String message) {
        Objects.requireNonNull(message, "message");
        if (options.squashBodies() == ParserOptions.SquashBodies.FOOTERS
                && message.contains("BEGIN_")) {
            List<ConventionalCommit> overridden = releasePleaseOverride(message);
            if (!overridden.isEmpty()) {
                return overridden;
            }
        }
        return parseAllOf(message);
    }

    /**
     * release-please's own markers, which its users put in the pull request's description (and
     * so in the squashed commit's message): the text between {@code BEGIN_COMMIT_OVERRIDE} and
     * {@code END_COMMIT_OVERRIDE} replaces the message, and each block between
     * {@code BEGIN_NESTED_COMMIT} and {@code END_NESTED_COMMIT} is a commit of its own. Only the
     * conventional messages count, as release-please drops the others; empty when there is
     * none (then the message is read as usual).
     */
    private List<ConventionalCommit> releasePleaseOverride(String message) {
        String text = message;
        int begin = text.indexOf("BEGIN_COMMIT_OVERRIDE");
        if (begin >= 0) {
            int from = begin + "BEGIN_COMMIT_OVERRIDE".length();
            int end = text.indexOf("END_COMMIT_OVERRIDE", from);
            String override = (end < 0 ? text.substring(from) : text.substring(from, end)).strip();
            if (!override.isEmpty()) {
                text = override;
            }
        }
        if (text == message && !text.contains("BEGIN_NESTED_COMMIT")) {
            return List.of();
        }
        // As release-please's splitMessages: text outside the blocks stays the first message.
        String[] parts = text.split("BEGIN_NESTED_COMMIT", -1);
        StringBuilder outer = new StringBuilder(parts[0]);
        List<String> messages = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf("END_NESTED_COMMIT");
            if (end < 0) {
                messages.add(parts[i]);
            } else {
                messages.add(parts[i].substring(0, end));
                outer.append(parts[i].substring(end + "END_NESTED_COMMIT".length()));
            }
        }
        messages.add(0, outer.toString());
        List<ConventionalCommit> out = new ArrayList<>();
        for (String m : messages) {
            if (m.isBlank()) {
                continue;
            }
            for (ConventionalCommit c : parseAllOf(m.strip())) {
                if (c.isConventional()) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }

    private List<ConventionalCommit> parseAllOf(String message) {
        List<String> lines = cleanLines(message);
        ConventionalCommit head = parse(lines);
        if (!options.splitSquashBodies()
                || (head.kind() != Kind.CONVENTIONAL && head.kind() != Kind.NON_CONVENTIONAL)) {
            return List.of(head);
        }
        switch (options.squashBodies()) {
            case FOOTERS:
                return splitTrailingFooters(lines, head);
            case LINES:
                return splitLines(lines, head);
            case PARAGRAPHS:
            default:
                return splitParagraphs(gitSquashDedented(lines), head);
        }
    }

    /** python-semantic-release: paragraphs that start with a header of more than one word. */
    private List<ConventionalCommit> splitParagraphs(List<String> lines, ConventionalCommit head) {
        boolean[] verbatim = verbatimLines(lines);
        List<Integer> starts = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i - 1).isEmpty() && !verbatim[i]
                    && embeddedHeader(lines.get(i)) != null) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return List.of(head);
        }
        List<ConventionalCommit> all = new ArrayList<>();
        all.add(parse(trimBlankLines(lines.subList(0, starts.get(0)))));
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            List<String> part = new ArrayList<>();
            part.add(embeddedHeader(lines.get(starts.get(s))));
            List<String> rest = lines.subList(starts.get(s) + 1, end);
            if (!rest.isEmpty() && !rest.get(0).isBlank()) {
                // Indented footers right under the header; give them the blank line the grammar
                // needs.
                part.add("");
            }
            for (String line : rest) {
                part.add(line.strip());
            }
            ConventionalCommit embedded = parse(trimBlankLines(part));
            if (embedded.isConventional()) {
                all.add(embedded);
            }
        }
        return List.copyOf(all);
    }

    /**
     * release-please: the block of footers that ends the message ({@code Token: value} or
     * {@code Token #value} lines at the first column, each with its indented continuation lines,
     * blank lines between them), found as {@code @conventional-commits/parser} finds it; each
     * footer that reads as a conventional header is a commit of its own, its continuation lines
     * its body and footers.
     */
    private List<ConventionalCommit> splitTrailingFooters(List<String> lines,
            ConventionalCommit head) {
        boolean[] verbatim = verbatimLines(lines);
        int start = lines.size();
        boolean needsOwner = false;
        for (int i = lines.size() - 1; i >= 1; i--) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                if (needsOwner) {
                    break;
                }
            } else if (verbatim[i]) {
                break;
            } else if (Character.isWhitespace(line.charAt(0))) {
                needsOwner = true;
            } else if (FOOTER_TOKEN.matcher(line).lookingAt()) {
                needsOwner = false;
                start = i;
            } else {
                break;
            }
        }
        List<String> headLines = new ArrayList<>(lines.subList(0, start));
        List<ConventionalCommit> embedded = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            int next = i + 1;
            while (next < lines.size() && !lines.get(next).isEmpty()
                    && Character.isWhitespace(lines.get(next).charAt(0))) {
                next++;
            }
            ConventionalCommit footerCommit = line.isEmpty() || header(line) == null
                    ? null : parse(footerMessage(line, lines.subList(i + 1, next)));
            if (footerCommit != null && footerCommit.isConventional()) {
                embedded.add(footerCommit);
            } else {
                headLines.addAll(lines.subList(i, next));
            }
            i = next;
        }
        if (embedded.isEmpty()) {
            return List.of(head);
        }
        List<ConventionalCommit> all = new ArrayList<>();
        all.add(parse(trimBlankLines(headLines)));
        all.addAll(embedded);
        return List.copyOf(all);
    }

    private static List<String> footerMessage(String header, List<String> continuation) {
        List<String> part = new ArrayList<>();
        part.add(header);
        if (!continuation.isEmpty()) {
            part.add("");
            for (String line : continuation) {
                part.add(line.strip());
            }
        }
        return part;
    }

    /** commitizen: every body line that starts, at its first column, with a header. */
    private List<ConventionalCommit> splitLines(List<String> lines, ConventionalCommit head) {
        boolean[] verbatim = verbatimLines(lines);
        List<ConventionalCommit> all = new ArrayList<>();
        all.add(head);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!verbatim[i] && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))
                    && header(line) != null) {
                all.add(parse(List.of(line)));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The output of {@code git merge --squash} ({@code Squashed commit of the following:}, then
     * {@code commit <id>}, {@code Author:}, {@code Date:} and the message indented by four
     * spaces) with the git headers removed and the messages moved back to the first column, as
     * python-semantic-release reads it; other messages are returned as they are.
     */
    private static List<String> gitSquashDedented(List<String> lines) {
        boolean squash = false;
        for (String line : lines) {
            if (GIT_SQUASH_COMMIT.matcher(line).matches()) {
                squash = true;
                break;
            }
        }
        if (!squash) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        boolean inCommit = false;
        for (String line : lines) {
            if (GIT_SQUASH_COMMIT.matcher(line).matches()) {
                inCommit = true;
            } else if (GIT_SQUASH_HEADER.matcher(line).matches()) {
                continue;
            } else if (inCommit && line.startsWith("    ")) {
                out.add(line.substring(4));
            } else if (!(inCommit && (line.startsWith("Author: ") || line.startsWith("Date: ")))) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Which lines (of a cleaned message, the header first) are code or quotation, as Markdown
     * reads them: inside a {@code ```} or {@code ~~~} fence (the fences too), in an indented
     * code block (four spaces or a tab, after a blank line), or quoted with {@code >}.
     */
    static boolean[] verbatimLines(List<String> lines) {
        boolean[] verbatim = new boolean[lines.size()];
        String fence = null;
        boolean blankBefore = false;
        boolean codeBefore = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != null) {
                verbatim[i] = true;
                String stripped = line.strip();
                char marker = fence.charAt(0);
                if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == marker)) {
                    fence = null;
                }
                continue;
            }
            char first = afterUpToThreeSpaces(line);
            Matcher open = first == '`' || first == '~' ? FENCE.matcher(line) : null;
            if (open != null && open.lookingAt()) {
                verbatim[i] = true;
                fence = open.group(1);
                codeBefore = false;
                blankBefore = false;
                continue;
            }
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            boolean indented = line.startsWith("    ") || line.startsWith("\t");
            codeBefore = indented && (blankBefore || codeBefore);
            verbatim[i] = codeBefore || first == '>';
            blankBefore = false;
        }
        return verbatim;
    }

    /**
     * The character after at most three leading spaces, or 0 when the line ends before: a line
     * opens a fence ({@code FENCE}) only when it is {@code `} or {@code ~}, and is quoted (a
     * {@code >} after at most three spaces, as Markdown reads it) when it is {@code >}.
     */
    private static char afterUpToThreeSpaces(String line) {
        int k = 0;
        while (k < 3 && k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k < line.length() ? line.charAt(k) : 0;
    }

    /** The header in a paragraph's first line, after an optional bullet and indentation. */
    private String embeddedHeader(String line) {
        Matcher bullet = BULLET.matcher(line);
        String candidate = bullet.lookingAt() ? line.substring(bullet.end()) : line;
        Matcher header = header(candidate);
        // A one-word description ("closes: #113", "fix: ABC-123") is a footer, not a commit.
        return header != null && header.group(4).strip().contains(" ") ? candidate : null;
    }

    private ConventionalCommit parse(List<String> lines) {
        if (lines.isEmpty()) {
            return ConventionalCommit.other(Kind.EMPTY, false, "", "", List.of(), null);
        }
        String subject = lines.get(0);
        List<String> rest = lines.subList(1, lines.size());
        // Code and quotations are text: never a footer, never a breaking note.
        boolean[] verbatim = verbatimLines(lines);
        boolean[] restVerbatim = java.util.Arrays.copyOfRange(verbatim, 1, verbatim.length);
        int footerStart = footerStart(rest, restVerbatim);
        String body = String.join("\n", trimBlankLines(rest.subList(0, footerStart)));
        List<Footer> footers = footers(rest.subList(footerStart, rest.size()));

        Matcher header = header(subject);
        // No merge or autosquash subject fits the header grammar, so a match settles the kind.
        if (header != null) {
            String type = header.group(1).toLowerCase(Locale.ROOT);
            boolean bang = header.group(3) != null;
            boolean breakingFooter = hasBreakingNote(rest, restVerbatim, footers);
            boolean breaking = breakingFooter || (bang && options.bangMarksBreaking());
            return ConventionalCommit.conventional(type, header.group(2), bang, breakingFooter,
                    breaking, header.group(4).strip(), subject, body, footers,
                    type.equals("revert") ? revertedCommit(rest) : null);
        }
        // Only a subject that starts with "revert" can belong to a git revert.
        String reverted = REVERT_WORD.matcher(subject).lookingAt() ? revertedCommit(rest) : null;
        Kind kind = classifyOther(subject, reverted);
        boolean lenientBreaking = options.breakingNotes() == ParserOptions.BreakingNotes.LENIENT
                && (kind == Kind.NON_CONVENTIONAL || kind == Kind.REVERT)
                && hasBreakingNote(rest, restVerbatim, footers);
        return ConventionalCommit.other(kind, lenientBreaking, subject, body, footers,
                kind == Kind.REVERT ? reverted : null);
    }

    private Kind classifyOther(String subject, String reverted) {
        if (AUTOSQUASH.matcher(subject).matches()) {
            return Kind.AUTOSQUASH;
        }
        if (isMerge(subject)) {
            return Kind.MERGE;
        }
        if (reverted != null || GIT_REVERT_SUBJECT.matcher(subject).matches()) {
            return Kind.REVERT;
        }
        String candidate = subject.strip();
        if (candidate.startsWith("v") || candidate.startsWith("V")) {
            candidate = candidate.substring(1);
        }
        if (Version.isValid(candidate)) {
            return Kind.VERSION_ONLY;
        }
        return Kind.NON_CONVENTIONAL;
    }

    private static boolean isMerge(String subject) {
        for (Pattern merge : MERGE_SUBJECTS) {
            if (merge.matcher(subject).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The header match, or null when the line is not a conventional header under these options. */
    private Matcher header(String line) {
        if (line.isEmpty() || !isAsciiLetter(line.charAt(0))) {
            return null; // the type's first letter: spares the regular expression on most lines
        }
        Matcher m = HEADER.matcher(line);
        if (!m.matches() || m.group(4).isBlank() || isCamelCase(m.group(1))) {
            return null;
        }
        if (m.group(3) != null && !options.bangAllowedInHeader()) {
            return null;
        }
        return m;
    }

    /**
     * The word before the colon of a subject that looks like a header but names a class, a file or
     * an issue rather than a type: CamelCase ({@code XmlLayout: fix …}, {@code JsonReader: …} in
     * log4j2's and gson's histories), with a dot ({@code pom.xml: …}), a digit or another
     * character ({@code LOG4J2-3214: …}). Empty when the subject has no such prefix; such a
     * message is not a Conventional Commit under any preset.
     */
    public static java.util.Optional<String> nameInsteadOfType(String subject) {
        Matcher m = NAME_PREFIX.matcher(subject);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String word = m.group(1);
        boolean type = word.chars().allMatch(c -> c < 128 && Character.isLetter(c))
                && !isCamelCase(word);
        return type ? java.util.Optional.empty() : java.util.Optional.of(word);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A lower-case letter followed by an upper-case one: a CamelCase name, not a type. */
    private static boolean isCamelCase(String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            char before = word.charAt(i - 1);
            if (c >= 'A' && c <= 'Z' && before >= 'a' && before <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Index in {@code rest} of the first footer line that follows a blank line; size when none. */
    private int footerStart(List<String> rest, boolean[] verbatim) {
        for (int i = 1; i < rest.size(); i++) {
            if (rest.get(i - 1).isEmpty() && !verbatim[i] && footerAt(rest.get(i)) != null) {
                return i;
            }
        }
        return rest.size();
    }

    private List<Footer> footers(List<String> lines) {
        List<Footer> footers = new ArrayList<>();
        String token = null;
        StringBuilder value = new StringBuilder();
        for (String line : lines) {
            String[] footer = footerAt(line);
            if (footer != null) {
                if (token != null) {
                    footers.add(new Footer(token, value.toString().strip()));
                }
                token = footer[0];
                value.setLength(0);
                value.append(footer[1]);
            } else if (token != null) {
                value.append('\n').append(line);
            }
        }
        if (token != null) {
            footers.add(new Footer(token, value.toString().strip()));
        }
        return footers;
    }

    /** {token, first line of the value} when the line starts a footer, else null. */
    private String[] footerAt(String line) {
        for (String token : structuralBreakingTokens) {
            if (line.startsWith(token)) {
                String after = line.substring(token.length());
                if (after.startsWith(": ")) {
                    return new String[] {token, after.substring(2)};
                }
                if (after.equals(":")) {
                    // The value starts on the next line ("BREAKING CHANGE:" then a paragraph).
                    return new String[] {token, ""};
                }
            }
        }
        if (!mayBeGenericFooter(line)) {
            return null;
        }
        Matcher m = GENERIC_FOOTER.matcher(line);
        if (m.matches()) {
            String value = m.group(2).equals(" #") ? "#" + m.group(3) : m.group(3);
            return new String[] {m.group(1), value};
        }
        return null;
    }

    /**
     * Whether {@code GENERIC_FOOTER} can match: a token of letters, digits and {@code -} that
     * starts with a letter or digit, then {@code ": "} or {@code " #"}. The token's characters
     * include neither {@code :} nor a space, so the token can only end where that run ends.
     */
    private static boolean mayBeGenericFooter(String line) {
        int n = line.length();
        if (n == 0 || !isTokenStart(line.charAt(0))) {
            return false;
        }
        int k = 1;
        while (k < n && (isTokenStart(line.charAt(k)) || line.charAt(k) == '-')) {
            k++;
        }
        return line.startsWith(": ", k) || line.startsWith(" #", k);
    }

    private static boolean isTokenStart(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private boolean hasBreakingNote(List<String> rest, boolean[] verbatim, List<Footer> footers) {
        switch (options.breakingNotes()) {
            case FOOTER:
                for (Footer footer : footers) {
                    if (options.breakingFooterTokens().contains(footer.token())) {
                        return true;
                    }
                }
                return false;
            case LINE_START:
                for (int i = 0; i < rest.size(); i++) {
                    if (verbatim[i]) {
                        continue;
                    }
                    String line = rest.get(i);
                    for (String token : options.breakingFooterTokens()) {
                        if (line.startsWith(token + ":")) {
                            return true;
                        }
                    }
                }
                return false;
            case LENIENT:
            default:
                if (lenientBreakingNote == null) {
                    return false;
                }
                for (int i = 0; i < rest.size(); i++) {
                    if (!verbatim[i] && lenientBreakingNote.matcher(rest.get(i)).matches()) {
                        return true;
                    }
                }
                return false;
        }
    }

    private static String revertedCommit(List<String> lines) {
        for (String line : lines) {
            if (line.contains("This reverts commit")) {
                Matcher m = REVERTS_COMMIT.matcher(line);
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT); // ids are lower case
                }
            }
        }
        return null;
    }

    /** The message as lines, cleaned as the class comment says. */
    static List<String> cleanLines(String message) {
        String text = message.indexOf('\r') < 0
                ? message
                : message.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>();
        // As text.split("\n", -1), without its array and list of the pieces.
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end);
            if (line.length() == SCISSORS_LENGTH && SCISSORS.matcher(line).matches()) {
                break;
            }
            lines.add(line.stripTrailing());
            from = end + 1;
        }
        return trimBlankLines(lines);
    }

    private static List<String> trimBlankLines(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }
}
