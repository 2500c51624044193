package io.github.releaseprocess.commits;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed commit message. Immutable; made by {@link CommitParser}.
 *
 * <p>Every message gets a {@link Kind}. Only {@link Kind#CONVENTIONAL} messages have a
 * {@link #type()}, {@link #scope()} and {@link #description()}; body, footers, the reverted commit
 * and {@code Release-As} are read from every message.
 */
public final class ConventionalCommit {

    /** What sort of message this is. Matches the corpus' {@code expected_kind}. */
    public enum Kind {
        /** The header is {@code type(scope)!: description}. */
        CONVENTIONAL,
        /**
         * Written by git or a forge when merging: {@code Merge branch …},
         * {@code Merge pull request #…}.
         */
        MERGE,
        /**
         * Written by {@code git revert}: {@code Revert "…"} (or {@code Reapply "…"} for a revert
         * of a revert, as git 2.43 and later write it) and
         * {@code This reverts commit <sha>.}
         */
        REVERT,
        /**
         * {@code fixup!}, {@code squash!} or {@code amend!}: to be folded into another commit.
         */
        AUTOSQUASH,
        /** Only a version, as {@code npm version} writes: {@code 1.2.3}, {@code v1.2.3}. */
        VERSION_ONLY,
        /** Anything else with text. */
        NON_CONVENTIONAL,
        /** Nothing but blank lines (or nothing before a scissors line). */
        EMPTY
    }

    private final Kind kind;
    private final String type;
    private final String scope;
    private final boolean bang;
    private final boolean breakingFooter;
    private final boolean breaking;
    private final String description;
    private final String subject;
    private final String body;
    private final List<Footer> footers;
    private final String revertedCommit;

    private ConventionalCommit(Kind kind, String type, String scope, boolean bang,
            boolean breakingFooter, boolean breaking, String description, String subject,
            String body, List<Footer> footers, String revertedCommit) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.type = type;
        this.scope = scope;
        this.bang = bang;
        this.breakingFooter = breakingFooter;
        this.breaking = breaking;
        this.description = description;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.footers = List.copyOf(footers);
        this.revertedCommit = revertedCommit;
    }

    static ConventionalCommit conventional(String type, String scope, boolean bang,
            boolean breakingFooter, boolean breaking, String description, String subject,
            String body, List<Footer> footers, String revertedCommit) {
        return new ConventionalCommit(Kind.CONVENTIONAL, type, scope, bang, breakingFooter,
                breaking, description, subject, body, footers, revertedCommit);
    }

    static ConventionalCommit other(Kind kind, boolean breakingFooter, String subject, String body,
            List<Footer> footers, String revertedCommit) {
        return new ConventionalCommit(kind, null, null, false, breakingFooter, breakingFooter, null,
                subject, body, footers, revertedCommit);
    }

    public Kind kind() {
        return kind;
    }

    /** True when the header matched {@code type(scope)!: description}. */
    public boolean isConventional() {
        return kind == Kind.CONVENTIONAL;
    }

    /** The type in lower case ({@code Feat:} gives {@code feat}); null when not conventional. */
    public String type() {
        return type;
    }

    /** The text between the parentheses as written; null when there are none. */
    public String scope() {
        return scope;
    }

    /**
     * True when the header has {@code !} before the colon (whether or not it counts as breaking).
     */
    public boolean bang() {
        return bang;
    }

    /** True when a breaking-change footer was found, as the parser options recognise it. */
    public boolean breakingFooter() {
        return breakingFooter;
    }

    /**
     * True when this commit announces a breaking change: {@link #bang()} (when the options let
     * {@code !} mark one) or {@link #breakingFooter()}.
     */
    public boolean isBreaking() {
        return breaking;
    }

    /** The header text after {@code ": "}, trailing blanks removed; null when not conventional. */
    public String description() {
        return description;
    }

    /**
     * The header line as written (the first non-blank line), trailing blanks removed; may be empty.
     */
    public String subject() {
        return subject;
    }

    /**
     * The lines between the header and the footers, without blank lines at either end; may be
     * empty.
     */
    public String body() {
        return body;
    }

    /** The footers in message order. */
    public List<Footer> footers() {
        return footers;
    }

    /** The value of the first footer with this token (any case). */
    public Optional<String> footer(String token) {
        for (Footer footer : footers) {
            if (footer.hasToken(token)) {
                return Optional.of(footer.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The commit id from git's {@code This reverts commit <sha>.} line, for a {@link Kind#REVERT}
     * and for a conventional {@code revert:} commit that carries the line; may be abbreviated, so
     * match it as a prefix of full ids.
     */
    public Optional<String> revertedCommit() {
        return Optional.ofNullable(revertedCommit);
    }

    /** The trimmed value of a {@code Release-As:} footer (not validated here). */
    public Optional<String> releaseAs() {
        return footer("Release-As").map(String::trim).filter(value -> !value.isEmpty());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(kind);
        if (isConventional()) {
            out.append(' ').append(type);
            if (scope != null) {
                out.append('(').append(scope).append(')');
            }
            out.append(bang ? "!" : "").append(": ").append(description);
        } else {
            out.append(' ').append(subject);
        }
        if (breaking) {
            out.append(" [breaking]");
        }
        return out.toString();
    }
}
