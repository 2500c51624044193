package io.github.releaseprocess.commits;

import io.github.releaseprocess.core.Required;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How a {@link CommitParser} reads messages. {@link #strict()} is Conventional Commits 1.0.0 as
 * written; the other settings exist so that a preset can read commits the way another release tool
 * does (see {@code docs/presets.md}).
 *
 * @param bangMarksBreaking a {@code !} before the colon ({@code feat!: …}) makes the commit
 *     breaking
 * @param breakingFooterTokens footer tokens that announce a breaking change, e.g.
 *     {@code BREAKING CHANGE} and {@code BREAKING-CHANGE}; how they are matched depends on
 *     {@code breakingNotes}
 * @param squashBodies which conventional messages found in a body {@link CommitParser#parseAll}
 *     also returns, the way the imitated tool finds them
 * @param bangAllowedInHeader when false, a header with {@code !} is not a Conventional Commit at
 *     all (as the Angular convention used by semantic-release reads it)
 * @param breakingNotes where and how the breaking tokens are recognised
 */
public record ParserOptions(boolean bangMarksBreaking, Set<String> breakingFooterTokens,
        SquashBodies squashBodies, boolean bangAllowedInHeader, BreakingNotes breakingNotes) {

    /** The two breaking-change tokens of Conventional Commits 1.0.0 (§12, §16). */
    public static final Set<String> SPEC_BREAKING_TOKENS = Collections.unmodifiableSet(
            new LinkedHashSet<>(java.util.List.of("BREAKING CHANGE", "BREAKING-CHANGE")));

    /**
     * Where, in a message's body, further conventional messages are found (a squash merge, or
     * several changes written into one commit). In every style, lines of a fenced or indented
     * code block and quoted ({@code >}) lines are never messages.
     */
    public enum SquashBodies {
        /** The whole message is one commit (the specification; semantic-release). */
        NONE,
        /**
         * The footers at the end of the message that read as a header ({@code fix(x): y}, at the
         * start of the line, with indented continuation lines), as release-please's
         * {@code @conventional-commits/parser} finds them; a bulleted {@code * feat: …} line
         * is body text.
         */
        FOOTERS,
        /**
         * Every paragraph whose first line, after an optional {@code *} or {@code -} bullet, is
         * a header with a description of more than one word, as python-semantic-release's
         * {@code parse_squash_commits}; also the messages of {@code git merge --squash} output.
         */
        PARAGRAPHS,
        /**
         * Every body line that starts, at its first column, with a header: commitizen matches its
         * bump pattern on each line of the message.
         */
        LINES
    }

    /** Where a breaking-change token counts. */
    public enum BreakingNotes {
        /**
         * The spec: a footer, i.e. a line in the footer section (which starts at a paragraph whose
         * first line is a footer), token in exact case followed by {@code ": "}.
         */
        FOOTER,
        /** Any body line that starts with the token (exact case) and a colon (commitizen). */
        LINE_START,
        /**
         * Any body line that starts, after blanks, {@code *} or {@code |}, with the token in any
         * case followed by a colon or a blank; also in messages whose header is not conventional
         * (conventional-commits-parser, used by semantic-release).
         */
        LENIENT
    }

    public ParserOptions {
        Required.nonNull("breakingFooterTokens squashBodies breakingNotes", breakingFooterTokens,
                squashBodies, breakingNotes);
        breakingFooterTokens =
                Collections.unmodifiableSet(new LinkedHashSet<>(breakingFooterTokens));
        for (String token : breakingFooterTokens) {
            if (token.isBlank()) {
                throw new IllegalArgumentException("a breaking footer token must not be blank");
            }
        }
    }

    /**
     * Conventional Commits 1.0.0 read strictly: {@code !} marks a breaking change,
     * {@code BREAKING CHANGE: } and {@code BREAKING-CHANGE: } footers (upper case) do too, squash
     * bodies are not split.
     */
    public static ParserOptions strict() {
        return new ParserOptions(true, SPEC_BREAKING_TOKENS, SquashBodies.NONE, true,
                BreakingNotes.FOOTER);
    }

    /** True when {@link CommitParser#parseAll} looks for messages in bodies at all. */
    public boolean splitSquashBodies() {
        return squashBodies != SquashBodies.NONE;
    }

    /** A copy with {@link #bangMarksBreaking()} set. */
    public ParserOptions withBangMarksBreaking(boolean on) {
        return new ParserOptions(on, breakingFooterTokens, squashBodies, bangAllowedInHeader,
                breakingNotes);
    }

    /** A copy recognising these breaking tokens (as written, e.g. {@code BREAKING CHANGE}). */
    public ParserOptions withBreakingFooterTokens(Set<String> tokens) {
        return new ParserOptions(bangMarksBreaking, tokens, squashBodies, bangAllowedInHeader,
                breakingNotes);
    }

    /** A copy that splits bodies by paragraph ({@link SquashBodies#PARAGRAPHS}) or not at all. */
    public ParserOptions withSplitSquashBodies(boolean on) {
        return withSquashBodies(on ? SquashBodies.PARAGRAPHS : SquashBodies.NONE);
    }

    /** A copy that finds messages in bodies in this style. */
    public ParserOptions withSquashBodies(SquashBodies style) {
        return new ParserOptions(bangMarksBreaking, breakingFooterTokens, style,
                bangAllowedInHeader, breakingNotes);
    }

    /** A copy with {@link #bangAllowedInHeader()} set. */
    public ParserOptions withBangAllowedInHeader(boolean on) {
        return new ParserOptions(bangMarksBreaking, breakingFooterTokens, squashBodies, on,
                breakingNotes);
    }

    /** A copy recognising breaking tokens in this style. */
    public ParserOptions withBreakingNotes(BreakingNotes style) {
        return new ParserOptions(bangMarksBreaking, breakingFooterTokens, squashBodies,
                bangAllowedInHeader, style);
    }
}
