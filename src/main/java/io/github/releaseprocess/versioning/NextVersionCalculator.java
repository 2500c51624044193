package io.github.releaseprocess.versioning;

import io.github.releaseprocess.commits.Bump;
import io.github.releaseprocess.commits.CommitParser;
import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.commits.NonConventional;
import io.github.releaseprocess.commits.ToolCommits;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.CommitInfo;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.history.TagFormatDetector;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.semver.VersionParseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes the next Semantic Version from the Conventional Commits since the last release.
 *
 * <p>One streaming walk over the history: each commit is parsed, counted and handed to the sink,
 * then forgotten; only counters, the deciding commit, pending reverts and (in strict mode) the
 * first offenders are kept, so memory does not grow with the length of the history.
 *
 * <p>The commits counted are those since the last <em>final</em> release, so a pre-release line
 * ({@code 1.4.0-rc.1}, {@code -rc.2}, …) keeps aiming at the same release and a run without a
 * pre-release label turns it into the final {@code 1.4.0}.
 */
public final class NextVersionCalculator {

    /** How many offending commits a strict-mode refusal lists before summarising. */
    static final int MAX_LISTED_OFFENDERS = 20;
    /** How many distinct unknown types or names a reason lists. */
    private static final int MAX_LISTED_NAMES = 5;
    /** How many distinct names written where a type goes are counted, for the most frequent. */
    private static final int MAX_TRACKED_NAMES = 1_000;

    /** Conventional types alphabetically, then merges, reverts and the like in parentheses. */
    private static final Comparator<String> TYPE_ORDER = Comparator
            .comparing((String type) -> type.startsWith("(")).thenComparing(Comparator.naturalOrder());

    private final Reporter reporter;

    public NextVersionCalculator(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Computes the decision; {@code sink} sees every commit since the last final release. */
    public VersionDecision calculate(GitRepository repository, NextVersionRequest request,
            CommitSink sink) throws IOException {
        long started = System.nanoTime();
        reporter.debug("Rules: " + request.policy().describe());
        Walk[] current = new Walk[1];
        GitRepository.ReleaseBase base;
        try (ParallelVisitor analysis = new ParallelVisitor(new GitRepository.HistoryVisitor() {
            @Override
            public void start(Optional<ReleaseTag> since) {
                if (current[0] != null) {
                    sink.restart();
                }
                current[0] = new Walk(request, since.map(ReleaseTag::version)
                        .orElse(request.initialVersion()), sink);
            }

            @Override
            public void visit(CommitInfo commit) {
                current[0].visit(commit);
            }
        })) {
            base = repository.walkSinceLastRelease(request.tagFormat(), request.firstParentOnly(),
                    reporter, analysis);
            analysis.finish();
        }
        Walk walk = current[0];
        walk.finish();
        Optional<ReleaseTag> latest = base.latest();
        Optional<ReleaseTag> latestFinal = base.latestFinal();
        reporter.debug("Last release: " + latest.map(this::describe).orElse("none")
                + "; last final release: " + latestFinal.map(this::describe).orElse("none"));
        long visited = base.walked();
        long analysisMillis = (System.nanoTime() - started) / 1_000_000;
        reporter.debug(String.format("Analysed %d commits in %d ms", visited, analysisMillis));
        if (request.strictCommits() && !walk.offenders.isEmpty()) {
            throw strictRefusal(walk);
        }

        List<String> reasons = new ArrayList<>();
        reasons.add(latest.map(t -> "Last release: " + t.name() + " (" + t.shortCommitId() + ").")
                .orElse("No release tag in the format '" + request.tagFormat().pattern()
                        + "' is reachable from HEAD: this is the first release, starting at "
                        + request.initialVersion() + "."));
        if (latest.isEmpty()) {
            releaseTagsInAnotherFormat(repository, request.tagFormat())
                    .ifPresent(s -> reporter.warn(tagsInAnotherFormat(request.tagFormat(), s)));
        }
        reasons.add(walk.summary(latestFinal));
        reasons.addAll(walk.readingNotes());
        Decided decided = decide(request, latest, latestFinal, walk, reasons);
        return new VersionDecision(latest, latestFinal, Optional.ofNullable(decided.next), decided.kind,
                visited, Collections.unmodifiableMap(walk.countsByType), walk.ignored,
                walk.cancelled, reasons, analysisMillis);
    }

    /**
     * An analysis of commits that the caller walks itself (a component's share of a monorepo
     * walk): feed it the commits since {@code latestFinal}, newest first, then ask for the
     * decision. The same rules, reverts, Release-As footers and pre-release handling as
     * {@link #calculate}.
     *
     * @param latestFinal the last final release the commits are counted from, or empty
     * @param sink sees every commit as it is analysed
     */
    public Tally tally(NextVersionRequest request, Optional<ReleaseTag> latestFinal,
            CommitSink sink) {
        return new Tally(request, latestFinal, sink);
    }

    /** One stream of commits being analysed; see {@link #tally}. Not thread safe. */
    public final class Tally {
        private final NextVersionRequest request;
        private final Optional<ReleaseTag> latestFinal;
        private final Walk walk;

        private Tally(NextVersionRequest request, Optional<ReleaseTag> latestFinal,
                CommitSink sink) {
            this.request = request;
            this.latestFinal = latestFinal;
            this.walk = new Walk(request, latestFinal.map(ReleaseTag::version)
                    .orElse(request.initialVersion()), sink);
        }

        /** Analyses the next commit (newer commits first). */
        public void visit(CommitInfo commit) {
            walk.visit(commit);
        }

        /** How many commits were analysed. */
        public long commitCount() {
            return walk.total;
        }

        /**
         * The decision, once every commit has been seen.
         *
         * @param latest the highest release of this stream, which may be a pre-release above
         *     {@code latestFinal}
         * @throws RefusalException in strict mode when a commit is not conventional
         */
        public VersionDecision decide(Optional<ReleaseTag> latest, long analysisMillis) {
            walk.finish();
            if (request.strictCommits() && !walk.offenders.isEmpty()) {
                throw strictRefusal(walk);
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(latest.map(t -> "Last release: " + t.name() + " (" + t.shortCommitId()
                    + ").").orElse("No release tag in the format '" + request.tagFormat().pattern()
                    + "' is reachable from HEAD: this is the first release, starting at "
                    + request.initialVersion() + "."));
            reasons.add(walk.summary(latestFinal));
            reasons.addAll(walk.readingNotes());
            Decided decided = NextVersionCalculator.this.decide(request, latest, latestFinal, walk,
                    reasons);
            return new VersionDecision(latest, latestFinal, Optional.ofNullable(decided.next),
                    decided.kind, walk.total, Collections.unmodifiableMap(walk.countsByType),
                    walk.ignored, walk.cancelled, reasons, analysisMillis);
        }
    }

    private Decided decide(NextVersionRequest request, Optional<ReleaseTag> latest,
            Optional<ReleaseTag> latestFinal, Walk walk, List<String> reasons) {
        Optional<Version> current = latest.map(ReleaseTag::version);
        if (request.releaseVersion().isPresent()) {
            Version forced = request.releaseVersion().get();
            String shown = VersionParseException.abbreviate(forced.toString());
            requireAbove(forced, current, "-DreleaseVersion=" + shown);
            reasons.add("-DreleaseVersion=" + shown + " overrides the computed version.");
            return new Decided(forced, kindOfStep(latestFinal, forced, walk.maxBump));
        }
        if (walk.releaseAs != null) {
            requireAbove(walk.releaseAs, current, "the Release-As footer of commit "
                    + shortId(walk.releaseAsCommit));
            reasons.add("Commit " + shortId(walk.releaseAsCommit) + " asks for Release-As: "
                    + walk.releaseAs + ".");
            return new Decided(walk.releaseAs, kindOfStep(latestFinal, walk.releaseAs,
                    walk.maxBump));
        }

        Version target = null;
        if (walk.maxBump != Bump.NONE) {
            Version.Level level = walk.maxBump.level().orElseThrow();
            target = latestFinal.isPresent()
                    ? latestFinal.get().version().bump(level)
                    : request.initialVersion();
            reasons.add(walk.decidingReason(latestFinal.isPresent()));
            target = atLeastTheSnapshot(request, latestFinal, target, reasons);
        }
        Optional<ReleaseTag> pendingPrerelease = latest.filter(t -> t.version().isPrerelease());
        Optional<String> label = request.prerelease();

        if (label.isPresent()) {
            if (target == null) {
                reasons.add(nothingReleasable(request, latestFinal));
                return new Decided(null, BumpKind.NONE);
            }
            if (pendingPrerelease.isPresent()
                    && pendingPrerelease.get().version().toRelease().compareTo(target) >= 0) {
                Version line = pendingPrerelease.get().version();
                Version next = line.nextPrerelease(label.get());
                if (!next.toRelease().equals(line.toRelease())
                        || line.prereleaseCounter(label.get()).isEmpty()) {
                    next = line.toRelease().withPrerelease(label.get() + ".1");
                }
                reasons.add("Pre-release line " + line.toRelease() + " continues: " + next + ".");
                return new Decided(next, BumpKind.PRERELEASE);
            }
            Version next = target.withPrerelease(label.get() + ".1");
            reasons.add("First '" + label.get() + "' pre-release of " + target + ".");
            return new Decided(next, kindOfStep(latestFinal, next, walk.maxBump));
        }

        if (pendingPrerelease.isPresent()) {
            Version promoted = pendingPrerelease.get().version().toRelease();
            Version next = target == null || promoted.compareTo(target) >= 0 ? promoted : target;
            reasons.add("Pre-release " + pendingPrerelease.get().version() + " becomes the final "
                    + next + " (no pre-release label given).");
            return new Decided(next, kindOfStep(latestFinal, next, walk.maxBump));
        }
        if (target == null) {
            reasons.add(nothingReleasable(request, latestFinal));
            return new Decided(null, BumpKind.NONE);
        }
        return new Decided(target, kindOfStep(latestFinal, target, walk.maxBump));
    }

    /**
     * The POM's {@code X.Y.Z-SNAPSHOT} is the least release after a release tag (maven-release-
     * plugin releases it as it is; a Maven user raises it by hand when a minor is coming), never
     * below what the commits ask for. Before the first release {@code initialVersion} decides.
     */
    private static Version atLeastTheSnapshot(NextVersionRequest request,
            Optional<ReleaseTag> latestFinal, Version target, List<String> reasons) {
        Optional<Version> snapshot = request.snapshotVersion().map(Version::toRelease);
        if (latestFinal.isEmpty() || snapshot.isEmpty()
                || snapshot.get().compareTo(target) <= 0) {
            return target;
        }
        reasons.add("pom.xml is at " + snapshot.get() + "-SNAPSHOT, above the " + target
                + " the commits ask for: the release is " + snapshot.get() + ", as"
                + " maven-release-plugin releases the SNAPSHOT's version (-DreleaseVersion="
                + target + " to release that instead).");
        return snapshot.get();
    }

    /**
     * The format of the tags that hold versions when none of them matches {@code format}: a
     * project that adopts the plugin with its own tags (gson-parent-2.13.1, rel/x-1.2.0) and
     * the default {@code v@{version}}. Empty when no tag holds a Semantic Version, or when the
     * tags that do already have the configured shape.
     */
    public static Optional<TagFormatDetector.Suggestion> releaseTagsInAnotherFormat(
            GitRepository repository, TagFormat format) throws IOException {
        Optional<TagFormatDetector.Suggestion> found = TagFormatDetector.suggest(
                repository.tagNames(), null, false);
        return found.filter(s -> format.versionOf(s.newestTag()).isEmpty()
                && !s.pattern().equals(format.pattern()));
    }

    /** The warning (and refusal) text when release tags exist in another format. */
    public static String tagsInAnotherFormat(TagFormat format,
            TagFormatDetector.Suggestion found) {
        return "No tag matches tagFormat '" + format.pattern() + "', but " + found.matching()
                + (found.matching() == 1 ? " tag looks" : " tags look") + " like releases in the"
                + " format '" + found.pattern() + "' (newest: " + found.newestTag() + "). Set"
                + " <tagFormat>" + found.pattern() + "</tagFormat> (or -Drelease-process.tagFormat="
                + found.pattern() + ") to continue from " + found.newestVersion() + ", or pass"
                + " -Drelease-process.firstRelease to release from scratch anyway.";
    }

    private static BumpKind kindOfStep(Optional<ReleaseTag> latestFinal, Version next,
            Bump commitsBump) {
        if (latestFinal.isPresent()) {
            Version from = latestFinal.get().version();
            if (next.toRelease().equals(from.toRelease())) {
                return BumpKind.PRERELEASE;
            }
            return BumpKind.valueOf(from.levelOfChangeTo(next).name());
        }
        // First release: the commits' own level says what kind of change it is.
        return commitsBump.level().map(l -> BumpKind.valueOf(l.name())).orElse(BumpKind.PATCH);
    }

    private static void requireAbove(Version next, Optional<Version> current, String source) {
        if (current.isPresent() && next.compareTo(current.get()) <= 0) {
            throw new RefusalException(source + " is not greater than the last release "
                    + current.get() + "; give a higher version or remove it");
        }
    }

    private static String nothingReleasable(NextVersionRequest request,
            Optional<ReleaseTag> latestFinal) {
        return "Nothing to release since " + latestFinal.map(ReleaseTag::name)
                .orElse("the start of the history") + ": no commit asks for a version bump ("
                + request.policy().describe() + "). Give -DreleaseVersion=X.Y.Z to release anyway.";
    }

    private static RefusalException strictRefusal(Walk walk) {
        StringBuilder message = new StringBuilder().append(walk.offenderCount)
                .append(walk.offenderCount == 1 ? " commit is" : " commits are")
                .append(" not a Conventional Commit (strictCommits is on):");
        for (String offender : walk.offenders) {
            message.append(System.lineSeparator()).append("  ").append(offender);
        }
        if (walk.offenderCount > walk.offenders.size()) {
            message.append(System.lineSeparator()).append("  … and ")
                    .append(walk.offenderCount - walk.offenders.size()).append(" more");
        }
        message.append(System.lineSeparator()).append("Published history stays as it is: to")
                .append(" release anyway, count each as a patch with")
                .append(" -Drelease-process.nonConventional=patch, give the version with")
                .append(" -DreleaseVersion=X.Y.Z, or ignore them with")
                .append(" -Drelease-process.strictCommits=false; write new commits as")
                .append(" Conventional Commits.");
        return new RefusalException(message.toString());
    }

    private String describe(ReleaseTag tag) {
        return tag.name() + " at " + tag.shortCommitId();
    }

    /** Keeps a reason within a 100-column log line: subjects are cut at 60 characters. */
    private static String abbreviate(String subject) {
        return subject.length() <= 60 ? subject : subject.substring(0, 59) + "…";
    }

    private static String shortId(String id) {
        return id.substring(0, Math.min(7, id.length()));
    }

    private record Decided(Version next, BumpKind kind) {
    }

    /** The state of one walk: counters and the few commits that explain the decision. */
    private final class Walk {
        private final NextVersionRequest request;
        private final VersioningPolicy policy;
        private final CommitParser parser;
        private final Version bumpBase;
        private final CommitSink sink;

        final Map<String, Long> countsByType = new TreeMap<>(TYPE_ORDER);
        /** Conventional types outside the policy's vocabulary, with their counts. */
        final Map<String, Long> unknownTypes = new TreeMap<>();
        /**
         * Names written where a type goes ({@code XmlLayout:}) with counts, in the order first
         * seen; up to {@link #MAX_TRACKED_NAMES} distinct names, so memory stays bounded.
         */
        final Map<String, Long> namesAsTypes = new LinkedHashMap<>();
        long namesAsTypesCount;
        final Set<String> cancelled = new HashSet<>();
        final List<String> offenders = new ArrayList<>();
        long offenderCount;
        long ignored;
        long countedFreeForm;
        long total;
        Bump maxBump = Bump.NONE;
        AnalyzedCommit deciding;
        long decidingCount;
        Version releaseAs;
        String releaseAsCommit;
        /** Reverts whose reverted commit has not been seen yet: revert → reverted id prefix. */
        final Map<AnalyzedCommit, String> pendingReverts = new LinkedHashMap<>();

        Walk(NextVersionRequest request, Version bumpBase, CommitSink sink) {
            this.request = request;
            this.policy = request.policy();
            this.parser = policy.parser();
            this.bumpBase = bumpBase;
            this.sink = sink;
        }

        void visit(CommitInfo info) {
            total++;
            List<ConventionalCommit> parts = policy.splitsSquashBodies()
                    ? parser.parseAll(info.message())
                    : List.of(parser.parse(info.message()));
            ConventionalCommit header = parts.get(0);
            boolean ignoredMerge = info.isMerge() && policy.ignoresMergeCommits();
            Bump bump = Bump.NONE;
            if (!ignoredMerge) {
                for (ConventionalCommit part : parts) {
                    bump = bump.max(policy.bumpOf(part, bumpBase));
                }
            }
            AnalyzedCommit commit = new AnalyzedCommit(info.id(), parts, bump, info.isMerge());
            count(info, commit, ignoredMerge);

            if (!ignoredMerge) {
                for (ConventionalCommit part : parts) {
                    if (policy.honoursReleaseAs()) {
                        policy.releaseAsOf(part, info.shortId())
                                .ifPresent(v -> noteReleaseAs(info, v));
                    } else if (part.releaseAs().isPresent()) {
                        reporter.warn("Commit " + info.shortId() + " has 'Release-As: "
                                + abbreviate(part.releaseAs().get()) + "', which preset "
                                + policy.preset().id() + " ignores as the tool it imitates does;"
                                + " give -DreleaseVersion to release that version.");
                    }
                }
            }
            // A revert that a newer revert undid cancels with it and no longer cancels its own
            // target: the walk is newest first, so a chain resolves pair by pair from its end.
            Optional<String> reverted = header.revertedCommit();
            if (cancelByPendingRevert(commit)) {
                // cancelled with the revert that undid it
            } else if (reverted.isPresent()) {
                pendingReverts.put(commit, reverted.get());
            } else {
                account(commit);
            }
            sink.accept(commit);
        }

        private void count(CommitInfo info, AnalyzedCommit commit, boolean ignoredMerge) {
            ConventionalCommit header = commit.header();
            String key;
            if (ignoredMerge) {
                key = "(merge)";
            } else if (header.isConventional()) {
                key = header.type();
                if (!policy.knowsType(key)) {
                    unknownTypes.merge(key, 1L, Long::sum);
                }
            } else {
                Optional<String> name = CommitParser.nameInsteadOfType(header.subject());
                if (name.isPresent() && header.kind() == ConventionalCommit.Kind.NON_CONVENTIONAL) {
                    namesAsTypesCount++;
                    if (namesAsTypes.size() < MAX_TRACKED_NAMES
                            || namesAsTypes.containsKey(name.get())) {
                        namesAsTypes.merge(name.get(), 1L, Long::sum);
                    }
                }
                // A release tool's own commits ([maven-release-plugin] …) are counted apart, so
                // that the summary's non-conventional count is the one nonConventional acts on.
                key = ToolCommits.isReleaseToolSubject(header.subject()) ? "(release-tool)"
                        : "(" + header.kind().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-') + ")";
                if (isOffender(info, commit)) {
                    offenderCount++;
                    if (policy.nonConventional() == NonConventional.PATCH) {
                        countedFreeForm++;
                    } else {
                        ignored++;
                        reporter.debug(info.shortId() + " ignored, not a Conventional Commit: "
                                + abbreviate(header.subject()));
                    }
                    if (request.strictCommits() && offenders.size() < MAX_LISTED_OFFENDERS) {
                        offenders.add(info.shortId() + " " + header.subject());
                    }
                }
            }
            countsByType.merge(key, 1L, Long::sum);
        }

        /**
         * A commit a person wrote that is not a Conventional Commit. Merges, reverts,
         * version-only commits and release tools' commits ({@code [maven-release-plugin] …}) are
         * written by tools; a squash whose body holds conventional messages, and a message the
         * preset still reads as breaking (semantic-release's breaking note under any header),
         * count through their contents.
         */
        private boolean isOffender(CommitInfo info, AnalyzedCommit commit) {
            ConventionalCommit header = commit.header();
            return !info.isMerge() && VersioningPolicy.isFreeForm(header)
                    && commit.parts().size() == 1 && !header.isBreaking();
        }

        private void noteReleaseAs(CommitInfo info, Version asked) {
            if (releaseAs == null || asked.compareTo(releaseAs) > 0) {
                releaseAs = asked;
                releaseAsCommit = info.id();
            }
        }

        /** True when this commit is the target of a revert seen earlier (newer) in the walk. */
        private boolean cancelByPendingRevert(AnalyzedCommit commit) {
            if (pendingReverts.isEmpty()) {
                return false;
            }
            for (Map.Entry<AnalyzedCommit, String> e : pendingReverts.entrySet()) {
                if (commit.id().startsWith(e.getValue())) {
                    cancelled.add(commit.id());
                    cancelled.add(e.getKey().id());
                    reporter.debug("Revert " + e.getKey().shortId() + " cancels "
                            + commit.shortId() + " " + commit.header().subject());
                    pendingReverts.remove(e.getKey());
                    return true;
                }
            }
            return false;
        }

        private void account(AnalyzedCommit commit) {
            if (commit.bump() == Bump.NONE) {
                return;
            }
            if (commit.bump().compareTo(maxBump) > 0) {
                maxBump = commit.bump();
                deciding = commit;
                decidingCount = 1;
            } else if (commit.bump() == maxBump) {
                decidingCount++;
            }
            if (reporter.isDebugEnabled()) {
                reporter.debug(commit.shortId() + " " + commit.bump().name().toLowerCase(
                        java.util.Locale.ROOT) + ": " + commit.header().subject());
            }
        }

        /** Reverts of commits released before this range count on their own. */
        void finish() {
            for (AnalyzedCommit revert : pendingReverts.keySet()) {
                account(revert);
            }
        }

        String summary(Optional<ReleaseTag> since) {
            StringBuilder out = new StringBuilder().append(total)
                    .append(total == 1 ? " commit" : " commits").append(" since ")
                    .append(since.map(ReleaseTag::name).orElse("the start of the history"));
            if (!countsByType.isEmpty()) {
                List<String> parts = new ArrayList<>();
                countsByType.forEach((type, n) -> parts.add(n + " " + type));
                out.append(": ").append(String.join(", ", parts));
            }
            if (!cancelled.isEmpty()) {
                out.append("; ").append(cancelled.size() / 2)
                        .append(cancelled.size() == 2 ? " revert cancels" : " reverts cancel")
                        .append(" its commit");
            }
            if (ignored > 0) {
                out.append("; ").append(ignored).append(" not conventional, ignored (listed by -X"
                        + " and in the JSON; nonConventional=patch counts them)");
            }
            if (countedFreeForm > 0) {
                out.append("; ").append(countedFreeForm).append(" not conventional, each a patch"
                        + " (nonConventional=patch)");
            }
            return out.append('.').toString();
        }

        /**
         * How the preset read the words before a colon that are not its types: names
         * ({@code XmlLayout: …}) are not types at all; unknown types count by the {@code *} rule,
         * or as free-form text under {@code nonConventional=patch}.
         */
        List<String> readingNotes() {
            List<String> notes = new ArrayList<>();
            if (namesAsTypesCount > 0) {
                notes.add(namesAsTypesCount + (namesAsTypesCount == 1 ? " commit starts" : " commits"
                        + " start") + " with a name, not a type ("
                        + listed(mostFrequent(namesAsTypes), namesAsTypesCount)
                        + "): a class, file or issue name before the colon"
                        + " does not make a Conventional Commit.");
            }
            if (!unknownTypes.isEmpty()) {
                long n = unknownTypes.values().stream().mapToLong(Long::longValue).sum();
                Map<String, Long> shown = mostFrequent(unknownTypes);
                notes.add(n + (n == 1 ? " commit has a type" : " commits have types")
                        + " outside preset " + policy.preset().id() + "'s vocabulary ("
                        + listed(shown, n) + "): "
                        + (policy.nonConventional() == NonConventional.PATCH
                                ? "read as free-form text, each a patch (nonConventional=patch)."
                                : "each counts by <other-types> (" + policy.otherTypesBump().id()
                                        + "); name a type in <bumpRules> to count it."));
            }
            return notes;
        }

        /** The {@link #MAX_LISTED_NAMES} most frequent names; a tie keeps the map's order. */
        private static Map<String, Long> mostFrequent(Map<String, Long> counts) {
            Map<String, Long> shown = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(MAX_LISTED_NAMES).forEach(e -> shown.put(e.getKey(), e.getValue()));
            return shown;
        }

        private static String listed(Map<String, Long> counts, long total) {
            List<String> parts = new ArrayList<>();
            long shown = 0;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                parts.add(e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""));
                shown += e.getValue();
            }
            return String.join(", ", parts) + (total > shown ? ", …" : "");
        }

        private String firstConventionalType(AnalyzedCommit commit) {
            return commit.parts().stream().filter(ConventionalCommit::isConventional)
                    .map(ConventionalCommit::type).findFirst().orElse("a change");
        }

        String decidingReason(boolean hasFinal) {
            String level = maxBump.name();
            String why = deciding.breaking() ? "a breaking change"
                    : deciding.header().isConventional() ? "'" + deciding.header().type() + "'"
                    : deciding.header().kind() == ConventionalCommit.Kind.REVERT ? "a revert"
                    : deciding.parts().size() == 1 ? "a commit that is not conventional"
                            + " (nonConventional=patch)"
                    : "'" + firstConventionalType(deciding) + "'";
            String base = level + " bump: " + why + " in " + deciding.shortId() + " "
                    + abbreviate(deciding.header().subject());
            if (decidingCount > 1) {
                base += " (and " + (decidingCount - 1) + " more)";
            }
            if (deciding.breaking() && maxBump != Bump.MAJOR) {
                base += "; breaking changes bump " + level + " while the version is 0.x";
            }
            if (!hasFinal) {
                base += "; the first release uses the initial version";
            }
            return base + ".";
        }
    }
}
