package io.github.releaseprocess.components;

import io.github.releaseprocess.commits.CommitParser;
import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.commits.ToolCommits;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.ChangedPathWalk;
import io.github.releaseprocess.history.CommitInfo;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.BumpKind;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.NextVersionRequest;
import io.github.releaseprocess.versioning.VersionDecision;
import io.github.releaseprocess.versionfiles.ModuleReference;
import io.github.releaseprocess.versionfiles.ReactorModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, for every component of a monorepo, whether it is released and with which version: one
 * walk of the history from HEAD back to the oldest of the components' last release tags assigns
 * each commit to the components whose files it changed (see {@link ComponentModel#ownerOf}),
 * each component's commits are analysed as {@code next-version} analyses a single project's, and
 * then releases travel along the dependency graph ({@code dependents}) and through groups.
 */
public final class ComponentAnalyzer {

    /** How many commits the silent no-release warning lists per component. */
    public static final int MAX_LISTED_UNRELEASED = 10;

    private final Reporter reporter;

    public ComponentAnalyzer(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Analyses every component.
     *
     * @param base the versioning rules, pre-release label, strictness and first-parent setting;
     *     its tag format and initial version are replaced by each component's own, and its
     *     {@code -DreleaseVersion} does not apply to components
     * @param sinks for each component id, a sink that sees each of its commits as it is
     *     analysed (e.g. to collect the releasable commits for its changelog)
     */
    public ComponentAnalysis analyze(GitRepository repository, NextVersionRequest base,
            ComponentModel model, Function<String, CommitSink> sinks) throws IOException {
        return analyze(repository, base, model, sinks, Map.of());
    }

    /**
     * Analyses every component, with the versions asked for some of them.
     *
     * @param releaseVersions component id to the version it is released at instead of the
     *     computed one ({@code -DreleaseVersion} with {@code -Drelease-process.only=ID}); the
     *     components it pulls along are decided from it as from a computed one
     */
    public ComponentAnalysis analyze(GitRepository repository, NextVersionRequest base,
            ComponentModel model, Function<String, CommitSink> sinks,
            Map<String, Version> releaseVersions) throws IOException {
        long started = System.nanoTime();
        List<Component> components = model.components();
        int n = components.size();
        List<NextVersionRequest> requests = new ArrayList<>();
        List<List<ReleaseTag>> candidates = new ArrayList<>();
        List<Optional<ReleaseTag>> finals = new ArrayList<>();
        List<TagFormat> formats = new ArrayList<>();
        for (Component c : components) {
            TagFormat format = model.tagFormat(c.id());
            formats.add(format);
            List<ReactorModule> modules = model.modules(c.id());
            Version initial = modules.isEmpty() ? base.initialVersion()
                    : NextVersionRequest.defaultInitialVersion(modules.get(0).version());
            requests.add(new NextVersionRequest(base.policy(), format, initial, base.prerelease(),
                    Optional.ofNullable(releaseVersions.get(c.id())), base.strictCommits(),
                    base.firstParentOnly()));
        }
        candidates.addAll(ChangedPathWalk.releaseTags(repository, formats, reporter));
        for (List<ReleaseTag> tags : candidates) {
            finals.add(tags.stream().filter(t -> !t.version().isPrerelease()).findFirst());
        }

        NextVersionCalculator calculator = new NextVersionCalculator(reporter);
        Pass pass = null;
        String stopAt = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            pass = new Pass(model, requests, finals, candidates, calculator, sinks, attempt > 0);
            List<String> tagCommits = new ArrayList<>();
            for (Optional<ReleaseTag> f : finals) {
                tagCommits.add(f.map(ReleaseTag::commitId).orElse(null));
            }
            try (AnalysisThread analysis = new AnalysisThread(pass::visit)) {
                pass.result = ChangedPathWalk.walk(repository, tagCommits, stopAt,
                        base.firstParentOnly(), model.ownership(), analysis);
                analysis.finish();
            }
            boolean again = false;
            for (int i = 0; i < n; i++) {
                Optional<ReleaseTag> f = finals.get(i);
                if (f.isEmpty() || pass.result.reached().get(i)) {
                    continue;
                }
                if (ChangedPathWalk.isReachableFromHead(repository, f.get().commitId())) {
                    reporter.debug("Tag " + f.get().name() + " lies behind the commit the walk"
                            + " stopped at; walking again to the merge base of all the tags");
                    List<String> ids = new ArrayList<>();
                    tagCommits.stream().filter(java.util.Objects::nonNull).forEach(ids::add);
                    stopAt = ChangedPathWalk.mergeBase(repository, ids).orElse(null);
                } else {
                    reporter.debug("Tag " + f.get().name() + " is not reachable from HEAD;"
                            + " searching the highest reachable release of " + components.get(i)
                            .id());
                    finals.set(i, repository.findReleaseBase(model.tagFormat(components.get(i)
                            .id()), reporter).latestFinal());
                    stopAt = null;
                }
                again = true;
            }
            if (!again) {
                break;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<VersionDecision> own = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            own.add(pass.tallies.get(i).decide(pass.latest(i), millis));
        }
        List<ComponentDecision> decisions = new Propagation(model, requests, own, pass)
                .run();
        for (ComponentDecision d : decisions) {
            if (!d.released() && d.unreleasedCount() > 0) {
                reporter.warn(silentNoRelease(d));
            }
        }
        reporter.debug(String.format("Analysed %d commits for %d components in %d ms (%d ms"
                + " comparing trees)", pass.result.walked(), n, millis, pass.result.diffMillis()));
        return new ComponentAnalysis(decisions, model.graph(), pass.result.walked(),
                (System.nanoTime() - started) / 1_000_000, pass.result.diffMillis());
    }

    private static String silentNoRelease(ComponentDecision d) {
        StringBuilder out = new StringBuilder().append("Component ").append(d.id()).append(": ")
                .append(d.unreleasedCount()).append(d.unreleasedCount() == 1 ? " commit" : " commits")
                .append(" changed its files since ")
                .append(d.lastTag().map(ReleaseTag::name).orElse("the start of the history"))
                .append(", but none asks for a release, so it is not released:");
        for (String line : d.unreleasedChanges()) {
            out.append(System.lineSeparator()).append("  ").append(line);
        }
        if (d.unreleasedCount() > d.unreleasedChanges().size()) {
            out.append(System.lineSeparator()).append("  … and ")
                    .append(d.unreleasedCount() - d.unreleasedChanges().size()).append(" more");
        }
        return out.append(System.lineSeparator()).append("If one of them fixes or adds"
                + " something, release it with a commit such as 'fix(").append(d.id())
                .append("): …' (an empty commit will do: git commit --allow-empty).").toString();
    }

    /** One walk: a tally per component and what the walk passed. */
    private final class Pass {
        final ComponentModel model;
        final List<NextVersionCalculator.Tally> tallies = new ArrayList<>();
        final List<List<String>> unreleased = new ArrayList<>();
        final long[] unreleasedCount;
        final ReleaseTag[] prereleasePassed;
        final Map<String, List<Object[]>> prereleasesAt = new HashMap<>();
        final List<Optional<ReleaseTag>> finals;
        final CommitParser parser;
        final boolean scopeSelects;
        ChangedPathWalk.Result result;

        Pass(ComponentModel model, List<NextVersionRequest> requests,
                List<Optional<ReleaseTag>> finals, List<List<ReleaseTag>> candidates,
                NextVersionCalculator calculator, Function<String, CommitSink> sinks,
                boolean restart) {
            this.model = model;
            this.finals = finals;
            int n = requests.size();
            this.unreleasedCount = new long[n];
            this.prereleasePassed = new ReleaseTag[n];
            this.parser = requests.isEmpty() ? null : requests.get(0).policy().parser();
            this.scopeSelects = model.config().scopeSelectsComponent();
            for (int i = 0; i < n; i++) {
                int index = i;
                CommitSink sink = sinks.apply(model.components().get(i).id());
                if (restart) {
                    sink.restart();
                }
                List<String> listed = new ArrayList<>();
                unreleased.add(listed);
                tallies.add(calculator.tally(requests.get(i), finals.get(i), commit -> {
                    noteUnreleased(index, commit);
                    sink.accept(commit);
                }));
                Optional<ReleaseTag> f = finals.get(i);
                for (ReleaseTag tag : candidates.get(i)) {
                    if (tag.version().isPrerelease() && (f.isEmpty()
                            || tag.version().compareTo(f.get().version()) > 0)) {
                        prereleasesAt.computeIfAbsent(tag.commitId(), k -> new ArrayList<>())
                                .add(new Object[] {i, tag});
                    }
                }
            }
        }

        void visit(CommitInfo commit, BitSet owners, boolean outside, BitSet reachable) {
            BitSet assigned = owners;
            if (scopeSelects) {
                String scope = parser.parse(commit.message()).scope();
                int selected = scope == null ? -1 : model.indexOf(scope);
                if (selected >= 0) {
                    assigned = new BitSet();
                    assigned.set(selected);
                }
            }
            if (assigned.isEmpty()) {
                if (reporter.isDebugEnabled()) {
                    reporter.debug(commit.shortId() + " changed no component's files, ignored: "
                            + firstLine(commit.message()));
                }
                return;
            }
            for (int i = assigned.nextSetBit(0); i >= 0; i = assigned.nextSetBit(i + 1)) {
                if (!reachable.get(i)) {
                    tallies.get(i).visit(commit);
                }
            }
            List<Object[]> tagged = prereleasesAt.get(commit.id());
            if (tagged != null) {
                for (Object[] t : tagged) {
                    int i = (Integer) t[0];
                    ReleaseTag tag = (ReleaseTag) t[1];
                    if (!reachable.get(i) && (prereleasePassed[i] == null
                            || tag.version().compareTo(prereleasePassed[i].version()) > 0)) {
                        prereleasePassed[i] = tag;
                    }
                }
            }
        }

        private void noteUnreleased(int i, AnalyzedCommit commit) {
            if (commit.bump() != io.github.releaseprocess.commits.Bump.NONE) {
                return;
            }
            ConventionalCommit header = commit.header();
            if (ToolCommits.isToolCommit(header) || ("chore".equals(header.type())
                    && "release".equals(header.scope()))) {
                return;
            }
            unreleasedCount[i]++;
            if (unreleased.get(i).size() < MAX_LISTED_UNRELEASED) {
                unreleased.get(i).add(commit.shortId() + " " + abbreviate(header.subject()));
            }
        }

        Optional<ReleaseTag> latest(int i) {
            return prereleasePassed[i] != null ? Optional.of(prereleasePassed[i]) : finals.get(i);
        }
    }

    /** Releases along the dependency graph and through groups, until nothing changes. */
    private final class Propagation {
        final ComponentModel model;
        final List<NextVersionRequest> requests;
        final List<VersionDecision> own;
        final Pass pass;
        final int n;
        final Version[] next;
        final Version.Level[] level;
        final List<List<String>> extra = new ArrayList<>();
        final List<Set<String>> pulledBy = new ArrayList<>();

        Propagation(ComponentModel model, List<NextVersionRequest> requests,
                List<VersionDecision> own, Pass pass) {
            this.model = model;
            this.requests = requests;
            this.own = own;
            this.pass = pass;
            this.n = own.size();
            this.next = new Version[n];
            this.level = new Version.Level[n];
            for (int i = 0; i < n; i++) {
                VersionDecision d = own.get(i);
                next[i] = d.nextVersion().orElse(null);
                level[i] = next[i] == null ? null : levelOf(d, next[i]);
                extra.add(new ArrayList<>());
                pulledBy.add(new LinkedHashSet<>());
            }
        }

        List<ComponentDecision> run() {
            List<Component> components = model.components();
            boolean changed = true;
            for (int round = 0; changed && round < 4 * n + 4; round++) {
                changed = false;
                if (model.config().dependents() == DependentsPolicy.PATCH) {
                    for (int i = 0; i < n; i++) {
                        if (next[i] == null) {
                            continue;
                        }
                        String id = components.get(i).id();
                        for (String dependent : model.graph().transitiveDependentsOf(id)) {
                            int d = model.indexOf(dependent);
                            if (next[d] == null) {
                                next[d] = bumpFrom(d, Version.Level.PATCH);
                                level[d] = Version.Level.PATCH;
                                pulledBy.get(d).add(id);
                                extra.get(d).add("Pulled along by " + id + " (" + next[i]
                                        + "): " + dependencyPath(dependent, id) + "; patch bump"
                                        + " to " + next[d] + ".");
                                changed = true;
                            }
                        }
                    }
                }
                for (ComponentGroup group : model.groups()) {
                    changed |= group.linked() ? linked(group) : unlinked(group);
                }
            }
            List<ComponentDecision> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                VersionDecision d = own.get(i);
                List<String> reasons = new ArrayList<>(d.reasons());
                reasons.addAll(extra.get(i));
                Optional<Version> nextVersion = Optional.ofNullable(next[i]);
                BumpKind bump = next[i] == null ? BumpKind.NONE
                        : next[i].equals(d.nextVersion().orElse(null)) ? d.bump()
                        : kindOf(d, next[i]);
                out.add(new ComponentDecision(components.get(i), d, nextVersion, bump, reasons,
                        new ArrayList<>(pulledBy.get(i)), pass.unreleased.get(i),
                        pass.unreleasedCount[i]));
            }
            return out;
        }

        /** Unlinked: every member released, each bumped by the group's largest level. */
        private boolean unlinked(ComponentGroup group) {
            Version.Level largest = null;
            String from = null;
            for (String member : group.members()) {
                int i = model.indexOf(member);
                if (level[i] != null && (largest == null || level[i].compareTo(largest) > 0)) {
                    largest = level[i];
                    from = member;
                }
            }
            if (largest == null) {
                return false;
            }
            boolean changed = false;
            for (String member : group.members()) {
                int i = model.indexOf(member);
                Version target = bumpFrom(i, largest);
                if (next[i] == null || target.compareTo(next[i]) > 0) {
                    next[i] = target;
                    level[i] = largest;
                    pulledBy.get(i).add(from);
                    extra.get(i).add("Pulled along by " + from + " in group " + group.id()
                            + ": the group's largest level is " + largest.name().toLowerCase(
                                    java.util.Locale.ROOT) + "; " + target + ".");
                    changed = true;
                }
            }
            return changed;
        }

        /** Linked: one shared version, the highest next version among the members. */
        private boolean linked(ComponentGroup group) {
            Version shared = null;
            Version.Level largest = null;
            String from = null;
            for (String member : group.members()) {
                int i = model.indexOf(member);
                if (next[i] != null && (shared == null || next[i].compareTo(shared) > 0)) {
                    shared = next[i];
                    from = member;
                }
                if (level[i] != null) {
                    largest = level[i].max(largest);
                }
            }
            if (shared == null) {
                return false;
            }
            for (String member : group.members()) {
                int i = model.indexOf(member);
                if (next[i] == null) {
                    Version own = bumpFrom(i, largest);
                    if (own.compareTo(shared) > 0) {
                        shared = own;
                    }
                }
            }
            boolean changed = false;
            for (String member : group.members()) {
                int i = model.indexOf(member);
                if (!shared.equals(next[i])) {
                    next[i] = shared;
                    level[i] = largest;
                    if (!member.equals(from)) {
                        pulledBy.get(i).add(from);
                    }
                    extra.get(i).add("Linked group " + group.id() + " shares the version "
                            + shared + (member.equals(from) ? "." : " (pulled along by " + from
                                    + ")."));
                    changed = true;
                }
            }
            return changed;
        }

        /** The version a bump of {@code by} reaches from the component's last final release. */
        private Version bumpFrom(int i, Version.Level by) {
            VersionDecision d = own.get(i);
            Version target = d.lastFinalTag().map(t -> t.version().bump(by))
                    .orElse(requests.get(i).initialVersion());
            Optional<String> label = requests.get(i).prerelease();
            return label.map(l -> target.withPrerelease(l + ".1")).orElse(target);
        }

        private String dependencyPath(String dependent, String dependency) {
            Optional<ModuleReference> direct = model.graph().why(dependent, dependency);
            if (direct.isPresent()) {
                return dependent + " depends on it at " + direct.get().describe();
            }
            for (String via : model.graph().dependenciesOf(dependent)) {
                if (model.graph().transitiveDependentsOf(dependency).contains(via)) {
                    return dependent + " depends on it through " + via;
                }
            }
            return dependent + " depends on it";
        }
    }

    private static Version.Level levelOf(VersionDecision d, Version next) {
        return d.lastFinalTag().map(t -> t.version().toRelease().equals(next.toRelease())
                ? Version.Level.PATCH : t.version().levelOfChangeTo(next))
                .orElseGet(() -> switch (d.bump()) {
                    case MAJOR -> Version.Level.MAJOR;
                    case MINOR -> Version.Level.MINOR;
                    default -> Version.Level.PATCH;
                });
    }

    private static BumpKind kindOf(VersionDecision d, Version next) {
        if (d.lastFinalTag().isEmpty()) {
            return BumpKind.PATCH;
        }
        Version from = d.lastFinalTag().get().version();
        if (from.toRelease().equals(next.toRelease())) {
            return BumpKind.PRERELEASE;
        }
        return BumpKind.valueOf(from.levelOfChangeTo(next).name());
    }

    private static String firstLine(String message) {
        String line = message.strip();
        int nl = line.indexOf('\n');
        return abbreviate(nl < 0 ? line : line.substring(0, nl));
    }

    private static String abbreviate(String subject) {
        return subject.length() <= 60 ? subject : subject.substring(0, 59) + "…";
    }
}
