package io.github.releaseprocess.commits;

import io.github.releaseprocess.commits.ConventionalCommit.Kind;
import io.github.releaseprocess.commits.ParserOptions.BreakingNotes;
import io.github.releaseprocess.commits.ParserOptions.SquashBodies;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which bump each commit asks for: a {@link Preset} refined by the user's settings
 * ({@code bumpRules}, {@code breakingBumpsMinorBeforeOne}, …). Immutable and thread-safe.
 *
 * <p>The rules, in order: a commit that is not conventional asks for nothing (except a git revert,
 * which follows the rule of type {@code revert}, under a lenient parser a non-conventional
 * message with a breaking note, and, with {@link NonConventional#PATCH}, a free-form message a
 * person wrote, which asks for a patch). A breaking commit asks for a major bump. Any other conventional
 * commit asks for its type's rule, or the {@code *} rule for types without one. While the version
 * is 0.x, a major bump becomes minor when {@link Builder#breakingBumpsMinorBeforeOne} is on, and a
 * minor bump becomes patch when {@link Builder#featBumpsPatchBeforeOne} is on.
 */
public final class VersioningPolicy {

    private static final Pattern TYPE = Pattern.compile("[A-Za-z]+");

    /**
     * The types every imitated tool knows: Conventional Commits' {@code feat} and {@code fix} and
     * the Angular list that commitlint's config-conventional, semantic-release,
     * python-semantic-release and commitizen share. A preset adds its tool's own (release-please's
     * {@code deps}, commitizen's {@code bump}); {@code <bumpRules>} adds every type it names.
     */
    private static final List<String> COMMON_TYPES = List.of("build", "chore", "ci", "docs",
            "feat", "fix", "perf", "refactor", "revert", "style", "test");

    /**
     * The key of the wildcard rule in {@code <bumpRules>}, since {@code *} cannot be an XML element
     * name; never a commit type because types are letters only. {@code *} is accepted too.
     */
    public static final String OTHER_TYPES_ELEMENT = "other-types";

    private final Preset preset;
    private final CommitParser parser;
    private final Map<String, Bump> rules;
    private final Bump otherTypes;
    private final boolean breakingBumpsMinorBeforeOne;
    private final boolean featBumpsPatchBeforeOne;
    private final boolean ignoresMergeCommits;
    private final boolean honoursReleaseAs;
    private final NonConventional nonConventional;
    private final Set<String> vocabulary;

    private VersioningPolicy(Builder b) {
        this.preset = b.preset;
        this.parser = CommitParser.create(b.parserOptions);
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        this.otherTypes = b.otherTypes;
        this.breakingBumpsMinorBeforeOne = b.breakingBumpsMinorBeforeOne;
        this.featBumpsPatchBeforeOne = b.featBumpsPatchBeforeOne;
        this.ignoresMergeCommits = b.ignoreMergeCommits;
        this.honoursReleaseAs = b.honourReleaseAs;
        this.nonConventional = b.nonConventional;
        java.util.TreeSet<String> types = new java.util.TreeSet<>(b.vocabulary);
        types.addAll(b.rules.keySet());
        this.vocabulary = Collections.unmodifiableSet(types);
    }

    /** A builder holding the preset's rules; every setter refines them. */
    public static Builder builder(Preset preset) {
        return new Builder(Objects.requireNonNull(preset, "preset"));
    }

    /** The {@link Preset#CONVENTIONALCOMMITS} policy without refinements. */
    public static VersioningPolicy defaults() {
        return builder(Preset.CONVENTIONALCOMMITS).build();
    }

    public Preset preset() {
        return preset;
    }

    /** The parser that reads commits the way this policy expects. */
    public CommitParser parser() {
        return parser;
    }

    /** The explicit type rules (lower-case type → bump), without the {@code *} rule. */
    public Map<String, Bump> bumpRules() {
        return rules;
    }

    /** The {@code *} rule: the bump of a conventional type without its own rule. */
    public Bump otherTypesBump() {
        return otherTypes;
    }

    /**
     * The types this policy knows (lower case, sorted): the preset's vocabulary and every type
     * with a rule. A conventional commit of another type ({@code spelling:}, {@code Javadoc:} in
     * log4j2's history) counts by the {@code *} rule, and, with {@link NonConventional#PATCH}, as
     * free-form text: in a history that is not conventional, a word before a colon is a topic.
     */
    public Set<String> vocabulary() {
        return vocabulary;
    }

    /** True when {@code type} (any case) is in the {@link #vocabulary()}. */
    public boolean knowsType(String type) {
        return vocabulary.contains(type.toLowerCase(Locale.ROOT));
    }

    /** The bump a conventional type asks for when the commit is not breaking. */
    public Bump bumpOfType(String type) {
        Bump bump = rules.get(type.toLowerCase(Locale.ROOT));
        return bump != null ? bump : otherTypes;
    }

    /**
     * The bump this commit asks for.
     *
     * @param current the version the bump will be applied to: the last release, or, before the
     *     first release, the initial version the caller will bump; {@code null} when unknown, in
     *     which case no 0.x rule applies
     * @return {@link Bump#NONE} when the commit alone would not make a release
     */
    public Bump bumpOf(ConventionalCommit commit, Version current) {
        Bump bump;
        if (commit.isBreaking() && (commit.kind() == Kind.CONVENTIONAL
                || commit.kind() == Kind.REVERT || commit.kind() == Kind.NON_CONVENTIONAL)) {
            bump = Bump.MAJOR;
        } else if (commit.kind() == Kind.CONVENTIONAL) {
            bump = bumpOfType(commit.type());
            if (nonConventional == NonConventional.PATCH && !knowsType(commit.type())) {
                bump = bump.max(Bump.PATCH);
            }
        } else if (commit.kind() == Kind.REVERT) {
            bump = bumpOfType("revert");
        } else if (nonConventional == NonConventional.PATCH && isFreeForm(commit)) {
            bump = Bump.PATCH;
        } else {
            bump = Bump.NONE;
        }
        if (current != null && current.isInitialDevelopment()) {
            if (bump == Bump.MAJOR && breakingBumpsMinorBeforeOne) {
                bump = Bump.MINOR;
            } else if (bump == Bump.MINOR && featBumpsPatchBeforeOne) {
                bump = Bump.PATCH;
            }
        }
        return bump;
    }

    /**
     * The version a {@code Release-As:} footer asks for, when this policy honours it.
     *
     * @param commitId the commit's id, named in the refusal
     * @throws RefusalException when the footer's value is not a Semantic Version
     */
    public Optional<Version> releaseAsOf(ConventionalCommit commit, String commitId) {
        if (!honoursReleaseAs) {
            return Optional.empty();
        }
        Optional<String> value = commit.releaseAs();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        Optional<Version> version = releaseAsVersion(text);
        if (version.isEmpty() && text.indexOf('\n') > 0) {
            // A footer value runs on to the next footer: in a squashed message the rest of the
            // body follows it. release-please reads the version at its start; so does this.
            version = releaseAsVersion(text.substring(0, text.indexOf('\n')).strip());
        }
        if (version.isEmpty()) {
            throw new RefusalException("Commit " + commitId + " has 'Release-As: "
                    + io.github.releaseprocess.semver.VersionParseException.abbreviate(text)
                    + "', which is not a Semantic Version: write MAJOR.MINOR.PATCH (e.g. 2.0.0)"
                    + " in a new commit's Release-As footer, or set -DreleaseVersion.");
        }
        return version;
    }

    private static Optional<Version> releaseAsVersion(String text) {
        String bare = text.startsWith("v") || text.startsWith("V") ? text.substring(1) : text;
        return Version.tryParse(bare);
    }

    /**
     * True for a message a person wrote that is not a Conventional Commit: not conventional, not
     * written by a tool ({@link ToolCommits}). What it asks for follows {@link #nonConventional()}.
     */
    public static boolean isFreeForm(ConventionalCommit commit) {
        return !commit.isConventional() && !ToolCommits.isToolCommit(commit);
    }

    /** What a free-form commit ({@link #isFreeForm}) asks for. */
    public NonConventional nonConventional() {
        return nonConventional;
    }

    /** True when this policy lets {@code !} or a breaking footer turn 0.x majors into minors. */
    public boolean breakingBumpsMinorBeforeOne() {
        return breakingBumpsMinorBeforeOne;
    }

    public boolean featBumpsPatchBeforeOne() {
        return featBumpsPatchBeforeOne;
    }

    /**
     * True when commits with more than one parent must not be counted at all, whatever their
     * message says (python-semantic-release). The history walker decides this by parent count;
     * {@link #bumpOf} only sees messages and already gives {@link Bump#NONE} for merge messages.
     */
    public boolean ignoresMergeCommits() {
        return ignoresMergeCommits;
    }

    /**
     * True when a {@code Release-As: x.y.z} footer sets the next version ({@link #releaseAsOf}).
     */
    public boolean honoursReleaseAs() {
        return honoursReleaseAs;
    }

    /** True when the history should use {@link CommitParser#parseAll} rather than {@code parse}. */
    public boolean splitsSquashBodies() {
        return parser.options().splitSquashBodies();
    }

    /**
     * One line for the log, e.g. {@code preset conventionalcommits: feat=minor, fix=patch,
     * perf=patch, *=none; breaking=major (minor before 1.0)}.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        StringBuilder types = new StringBuilder();
        rules.forEach((type, bump) ->
                types.append(type).append('=').append(bump.id()).append(", "));
        types.append("*=").append(otherTypes.id());
        parts.add(types.toString());
        parts.add("breaking=major" + (breakingBumpsMinorBeforeOne ? " (minor before 1.0)" : ""));
        if (featBumpsPatchBeforeOne) {
            parts.add("minor=patch before 1.0");
        }
        ParserOptions options = parser.options();
        if (!options.bangAllowedInHeader()) {
            parts.add("'!' headers not conventional");
        } else if (!options.bangMarksBreaking()) {
            parts.add("'!' not breaking");
        }
        if (options.breakingNotes() != BreakingNotes.FOOTER
                || !options.breakingFooterTokens().equals(ParserOptions.SPEC_BREAKING_TOKENS)) {
            String style = options.breakingNotes().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ');
            parts.add(options.breakingFooterTokens().equals(ParserOptions.SPEC_BREAKING_TOKENS)
                    ? "breaking notes at " + style
                    : "breaking notes " + String.join("/", options.breakingFooterTokens()) + " ("
                            + style + ")");
        }
        if (honoursReleaseAs) {
            parts.add("Release-As honoured");
        }
        if (options.splitSquashBodies()) {
            parts.add("body messages: "
                    + options.squashBodies().name().toLowerCase(Locale.ROOT));
        }
        if (ignoresMergeCommits) {
            parts.add("merge commits ignored");
        }
        if (nonConventional == NonConventional.PATCH) {
            parts.add("non-conventional=patch");
        }
        return "preset " + preset.id() + ": " + String.join("; ", parts);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Starts from a preset's rules; each setter refines one of them. Not thread-safe. */
    public static final class Builder {
        private final Preset preset;
        private final Map<String, Bump> rules = new LinkedHashMap<>();
        private Bump otherTypes = Bump.NONE;
        private boolean breakingBumpsMinorBeforeOne;
        private boolean featBumpsPatchBeforeOne;
        private boolean ignoreMergeCommits;
        private boolean honourReleaseAs;
        private NonConventional nonConventional = NonConventional.IGNORE;
        private ParserOptions parserOptions = ParserOptions.strict();
        private final List<String> vocabulary = new ArrayList<>(COMMON_TYPES);

        private Builder(Preset preset) {
            this.preset = preset;
            rules.put("feat", Bump.MINOR);
            rules.put("fix", Bump.PATCH);
            rules.put("perf", Bump.PATCH);
            switch (preset) {
                case CONVENTIONALCOMMITS:
                    breakingBumpsMinorBeforeOne = true;
                    // An explicit human request, like -DreleaseVersion.
                    honourReleaseAs = true;
                    break;
                case SEMANTIC_RELEASE:
                    // Angular: "feat!:" does not match its header pattern; only "BREAKING CHANGE"
                    // notes (any case, anywhere in the body) are breaking; reverts release a patch.
                    rules.put("revert", Bump.PATCH);
                    parserOptions = parserOptions.withBangAllowedInHeader(false)
                            .withBangMarksBreaking(false)
                            .withBreakingFooterTokens(Set.of("BREAKING CHANGE"))
                            .withBreakingNotes(BreakingNotes.LENIENT);
                    break;
                case RELEASE_PLEASE_JAVA:
                    // The java, maven and java-yoshi strategies show these sections in the
                    // changelog, and release-please releases a patch for any visible section.
                    rules.put("deps", Bump.PATCH);
                    rules.put("docs", Bump.PATCH);
                    vocabulary.add("deps");
                    rules.put("revert", Bump.PATCH);
                    honourReleaseAs = true;
                    parserOptions = releasePleaseParser(parserOptions);
                    break;
                case RELEASE_PLEASE:
                    rules.put("revert", Bump.PATCH);
                    vocabulary.add("deps");
                    honourReleaseAs = true;
                    parserOptions = releasePleaseParser(parserOptions);
                    break;
                case PYTHON_SEMANTIC_RELEASE:
                    ignoreMergeCommits = true;
                    // parse_squash_commits (default since v10): paragraphs, bullets stripped.
                    parserOptions = parserOptions.withSquashBodies(SquashBodies.PARAGRAPHS);
                    break;
                case COMMITIZEN:
                    rules.put("refactor", Bump.PATCH);
                    vocabulary.add("bump");
                    // commitizen matches its bump pattern on every line of the message, at the
                    // first column: a bullet or an indented line is not a match.
                    parserOptions = parserOptions.withBreakingNotes(BreakingNotes.LINE_START)
                            .withSquashBodies(SquashBodies.LINES);
                    break;
                default:
                    throw new IllegalStateException("no defaults for preset " + preset);
            }
        }

        /**
         * release-please's {@code @conventional-commits/parser}: footers at the end of the
         * message that read as headers are commits of their own; a {@code BREAKING CHANGE:} or
         * {@code BREAKING-CHANGE:} line at the first column of the body or footers is breaking.
         */
        private static ParserOptions releasePleaseParser(ParserOptions options) {
            return options.withSquashBodies(SquashBodies.FOOTERS)
                    .withBreakingNotes(BreakingNotes.LINE_START);
        }

        /**
         * The bump of one commit type (any case); {@code "*"} sets the bump of every type without
         * a rule of its own.
         *
         * @throws IllegalArgumentException when the type is not letters or {@code *}
         */
        public Builder bumpRule(String type, Bump bump) {
            Objects.requireNonNull(bump, "bump");
            String key = Objects.requireNonNull(type, "type").trim();
            if (key.equals("*")) {
                otherTypes = bump;
            } else if (TYPE.matcher(key).matches()) {
                rules.put(key.toLowerCase(Locale.ROOT), bump);
            } else {
                throw new IllegalArgumentException("'" + type + "' is not a commit type: use"
                        + " letters only, or * for every other type");
            }
            return this;
        }

        /**
         * The POM's {@code <bumpRules>}: type, or {@code other-types} / {@code *} for every other
         * type → {@code major|minor|patch|none}.
         *
         * @throws RefusalException naming the first bad entry and how to write it
         */
        public Builder bumpRules(Map<String, String> entries) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                String type = entry.getKey() == null ? "" : entry.getKey().trim();
                if (type.equalsIgnoreCase(OTHER_TYPES_ELEMENT)) {
                    type = "*";
                }
                if (!type.equals("*") && !TYPE.matcher(type).matches()) {
                    throw new RefusalException("<bumpRules> entry '" + entry.getKey() + "' is not a"
                            + " commit type: name the element after the type, letters only (e.g."
                            + " <refactor>patch</refactor>), or <" + OTHER_TYPES_ELEMENT
                            + "> for every other type.");
                }
                Bump bump;
                try {
                    bump = Bump.parse(entry.getValue());
                } catch (RefusalException e) {
                    String element = type.equals("*") ? OTHER_TYPES_ELEMENT : type;
                    throw new RefusalException("<bumpRules> entry <" + element + ">"
                            + entry.getValue() + "</" + element + "> is not a bump: use major,"
                            + " minor, patch or none.", e);
                }
                bumpRule(type, bump);
            }
            return this;
        }

        /** Breaking changes bump minor, not major, while the major version is 0. */
        public Builder breakingBumpsMinorBeforeOne(boolean on) {
            breakingBumpsMinorBeforeOne = on;
            return this;
        }

        /**
         * Minor bumps become patch bumps while the major version is 0 (release-please's option).
         */
        public Builder featBumpsPatchBeforeOne(boolean on) {
            featBumpsPatchBeforeOne = on;
            return this;
        }

        /** A {@code Release-As: x.y.z} footer sets the next version. */
        public Builder honourReleaseAs(boolean on) {
            honourReleaseAs = on;
            return this;
        }

        /** What a commit a person wrote that is not conventional asks for. */
        public Builder nonConventional(NonConventional mode) {
            nonConventional = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Commits with more than one parent are not counted. */
        public Builder ignoreMergeCommits(boolean on) {
            ignoreMergeCommits = on;
            return this;
        }

        /** Squash-merge bodies that hold several conventional messages count each of them. */
        public Builder splitSquashBodies(boolean on) {
            parserOptions = parserOptions.withSplitSquashBodies(on);
            return this;
        }

        /** {@code feat!:} is breaking (true for every preset but semantic-release). */
        public Builder bangMarksBreaking(boolean on) {
            parserOptions = parserOptions.withBangMarksBreaking(on).withBangAllowedInHeader(
                    on || parserOptions.bangAllowedInHeader());
            return this;
        }

        /** Replaces the parser options altogether. */
        public Builder parserOptions(ParserOptions options) {
            parserOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        public VersioningPolicy build() {
            return new VersioningPolicy(this);
        }
    }
}
