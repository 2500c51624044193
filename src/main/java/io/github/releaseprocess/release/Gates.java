package io.github.releaseprocess.release;

import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.ChangelogValidator;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.changelog.Finding;
import io.github.releaseprocess.changelog.Severity;
import io.github.releaseprocess.changelog.ValidationOptions;
import io.github.releaseprocess.changelog.ValidationReport;
import io.github.releaseprocess.commits.Bump;
import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.CommitChanges;
import io.github.releaseprocess.history.ReleaseTag;
import io.github.releaseprocess.release.GateResult.Status;
import io.github.releaseprocess.release.GateSettings.ReviewEvidence;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a release passes before anything changes. Every gate runs, so one refusal lists all
 * that is wrong; a gate that cannot be checked is reported as failed with the reason.
 */
final class Gates {

    /** How many found items a gate lists before summarising. */
    private static final int MAX_ITEMS = 20;

    /** A squash merge of a pull request: GitHub ends its subject with the number. */
    private static final java.util.regex.Pattern PULL_REQUEST_SUBJECT =
            java.util.regex.Pattern.compile(".*\\(#\\d+\\)\\s*");

    /**
     * The identities forges commit squash merges with: GitHub's web-flow committer. GitLab
     * commits a squash as the merging user (indistinguishable from a push) and, by default, adds
     * a merge commit, which the {@code merge} evidence covers.
     */
    static final Set<String> FORGE_COMMITTERS = Set.of("noreply@github.com");

    private final ReleaseRun run;
    private final VersionDecision decision;
    private final List<AnalyzedCommit> commits;
    private List<String> reactorSnapshots = List.of();

    Gates(ReleaseRun run, VersionDecision decision, List<AnalyzedCommit> commits) {
        this.run = run;
        this.decision = decision;
        this.commits = commits;
    }

    /**
     * Runs every gate.
     *
     * @param changelogProblem why the changelog cannot be promoted, when it cannot
     * @param versionFilesProblem why a POM or version file cannot be updated, when one cannot
     */
    List<GateResult> check(Optional<RefusalException> changelogProblem,
            Optional<RefusalException> versionFilesProblem) throws IOException {
        return check(changelogProblem, versionFilesProblem, Optional.empty(), List.of());
    }

    /**
     * Runs every gate, for a monorepo's release too.
     *
     * @param publishProblem why the release's artifacts could not be published, when they
     *     could not ({@code -Drelease-process.publish})
     * @param reactorSnapshots the SNAPSHOT references released modules would hold, one line each
     */
    List<GateResult> check(Optional<RefusalException> changelogProblem,
            Optional<RefusalException> versionFilesProblem,
            Optional<RefusalException> publishProblem, List<String> reactorSnapshots)
            throws IOException {
        this.reactorSnapshots = reactorSnapshots;
        GateSettings settings = run.request.gates();
        List<GateResult> results = new ArrayList<>();
        results.add(cleanWorkingTree(settings));
        results.add(branch(settings));
        results.add(identity());
        results.add(tagIsNew());
        results.add(firstRelease());
        results.add(hotfixLine());
        results.add(versionOrder());
        results.add(review(settings));
        results.add(changelog(settings, changelogProblem));
        results.add(versionFiles(versionFilesProblem));
        results.add(snapshotDependencies(settings));
        results.add(central());
        if (run.request.publish().isPresent()) {
            results.add(publishProblem.map(p -> new GateResult("publish", Status.FAIL,
                    p.getMessage(), List.of())).orElse(GateResult.pass("publish",
                            PublishSteps.describe(run))));
        }
        return results;
    }

    private GateResult cleanWorkingTree(GateSettings settings) throws IOException {
        String gate = "clean working tree";
        if (!settings.cleanWorkingTree()) {
            return skipped(gate, "<gates><cleanWorkingTree> is false");
        }
        List<String> changes = run.repository.writer().uncommittedChanges(settings.includeUntracked());
        if (changes.isEmpty()) {
            return GateResult.pass(gate, "no uncommitted changes");
        }
        return new GateResult(gate, Status.FAIL, changes.size() + " uncommitted change"
                + (changes.size() == 1 ? "" : "s") + "; commit or stash them ('git stash -u')",
                limited(changes));
    }

    private GateResult branch(GateSettings settings) throws IOException {
        String gate = "branch";
        Optional<String> branch = run.repository.currentBranch();
        if (branch.isEmpty()) {
            return new GateResult(gate, Status.FAIL, "HEAD is detached; check out the branch to"
                    + " release (git switch main)", List.of());
        }
        if (!settings.allowsBranch(branch.get())) {
            return new GateResult(gate, Status.FAIL, "branch '" + branch.get() + "' is not in"
                    + " <gates><allowedBranches> " + settings.allowedBranches() + "; release from"
                    + " one of those or add it there", List.of());
        }
        return GateResult.pass(gate, "on " + branch.get());
    }

    private GateResult identity() {
        Optional<String> who = run.repository.configuredIdentity();
        if (who.isEmpty()) {
            return new GateResult("git identity", Status.FAIL, "git has no identity to commit"
                    + " and tag as; run git config user.name \"Your Name\" and git config"
                    + " user.email you@example.org", List.of());
        }
        return GateResult.pass("git identity", who.get());
    }

    private GateResult tagIsNew() throws IOException {
        String gate = "release tag";
        List<String> existing = new ArrayList<>();
        for (String tag : run.tags()) {
            if (run.repository.tagExists(tag)) {
                existing.add(tag);
            }
        }
        if (existing.size() == 1 && !run.hasComponents()) {
            return new GateResult(gate, Status.FAIL, "the tag " + run.tag + " exists already;"
                    + " release another version (-DreleaseVersion) or delete the tag", List.of());
        }
        if (!existing.isEmpty()) {
            return new GateResult(gate, Status.FAIL, "the tag" + (existing.size() == 1 ? " "
                    : "s ") + String.join(", ", existing) + (existing.size() == 1 ? " exists"
                            : " exist") + " already; delete the tag, or release the other"
                    + " components alone (-Drelease-process.only=ID,…)", List.of());
        }
        return GateResult.pass(gate, String.join(", ", run.tags())
                + (run.tags().size() == 1 ? " is new" : " are new"));
    }

    /**
     * A first release where tags of another format hold versions is most likely a tag format
     * that does not fit the project: refused unless {@code -Drelease-process.firstRelease}.
     */
    private GateResult firstRelease() throws IOException {
        String gate = "first release";
        if (run.hasComponents()) {
            return GateResult.pass(gate, "each component continues from its own tags");
        }
        if (decision.lastTag().isPresent()) {
            return GateResult.pass(gate, "continues from " + decision.lastTag().get().name());
        }
        Optional<io.github.releaseprocess.history.TagFormatDetector.Suggestion> other =
                io.github.releaseprocess.versioning.NextVersionCalculator
                        .releaseTagsInAnotherFormat(run.repository,
                                run.request.versioning().tagFormat());
        if (other.isEmpty()) {
            return GateResult.pass(gate, "no earlier release tags");
        }
        if (run.request.firstRelease()) {
            return new GateResult(gate, Status.WARN, "releasing from scratch as asked"
                    + " (-Drelease-process.firstRelease), although " + other.get().matching()
                    + " tags such as " + other.get().newestTag() + " look like releases",
                    List.of());
        }
        return new GateResult(gate, Status.FAIL, io.github.releaseprocess.versioning
                .NextVersionCalculator.tagsInAnotherFormat(run.request.versioning().tagFormat(),
                        other.get()), List.of());
    }

    /** On {@code hotfix/*} only patch-level changes may be released. */
    /**
     * The release does not move the version backwards: a POM at {@code 1.22.1-SNAPSHOT} (a minor
     * raised by hand, as maven-release-plugin users do) is not released as the {@code 1.21.3}
     * that a free-form history asks for, unless {@code -DreleaseVersion} says so.
     */
    private GateResult versionOrder() {
        String gate = "version order";
        if (run.request.versioning().releaseVersion().isPresent()) {
            return skipped(gate, "the release version was given");
        }
        String current = run.startVersion;
        Optional<io.github.releaseprocess.semver.Version> declared = current == null
                ? Optional.empty()
                : io.github.releaseprocess.semver.Version.tryParse(
                        current.replaceFirst("-SNAPSHOT$", ""));
        // Compared without pre-release labels: 1.3.0-rc.1 is on its way to a POM's 1.3.0.
        if (declared.isEmpty()
                || run.version.toRelease().compareTo(declared.get().toRelease()) >= 0) {
            return GateResult.pass(gate, run.version + " is not below the POM's " + current);
        }
        String wanted = declared.get().toString();
        return new GateResult(gate, Status.FAIL, "pom.xml is at " + current + ", but the history"
                + " asks for " + run.version + ", which would move the version backwards;"
                + " release " + wanted + " with -Drelease-process.releaseVersion=" + wanted
                + ", or -Drelease-process.releaseVersion=" + run.version + " to go back",
                List.of());
    }

    private GateResult hotfixLine() throws IOException {
        String gate = "hotfix line";
        Optional<String> branch = run.repository.currentBranch();
        if (branch.isEmpty() || !branch.get().startsWith("hotfix/")) {
            return skipped(gate, "not on a hotfix/ branch");
        }
        List<String> tooBig = new ArrayList<>();
        for (AnalyzedCommit commit : commits) {
            if (commit.bump().compareTo(Bump.PATCH) > 0
                    && (decision == null || !decision.cancelled().contains(commit.id()))) {
                tooBig.add(commit.shortId() + " " + commit.header().subject() + " ("
                        + commit.bump().id() + ")");
            }
        }
        boolean patchOnly = run.hasComponents()
                ? run.released().stream().allMatch(c -> c.lastRelease().map(v -> v.toRelease()
                        .levelOfChangeTo(c.version().get()) == Version.Level.PATCH)
                        .orElse(false))
                : decision.lastTag().map(ReleaseTag::version)
                        .map(v -> v.toRelease().levelOfChangeTo(run.version) == io.github
                                .releaseprocess.semver.Version.Level.PATCH).orElse(false);
        if (!tooBig.isEmpty() || !patchOnly) {
            return new GateResult(gate, Status.FAIL, "a hotfix branch releases patch versions"
                    + " only, and " + run.label() + (run.hasComponents() ? " are not all"
                            : " is not one") + (tooBig.isEmpty() ? ""
                            : "; these commits need more than a patch: move them to main"),
                    limited(tooBig));
        }
        return GateResult.pass(gate, "patch release " + run.label());
    }

    /**
     * Every non-merge commit since the last release was reviewed, by the evidence
     * {@code reviewEvidence} accepts: a {@code Reviewed-by:} or {@code Approved-by:} trailer, a
     * merge (it is not on the first-parent line of HEAD), or (opt-in) a forge's pull-request
     * squash merge. The plugin's own version commits need no review, but only when they change
     * nothing but version text: their subject alone proves nothing.
     */
    private GateResult review(GateSettings settings) throws IOException {
        GateSettings.Review mode = settings.review();
        String gate = "code review";
        if (mode == GateSettings.Review.NONE) {
            return skipped(gate, "<gates><review> is none");
        }
        Set<ReviewEvidence> evidence = settings.reviewEvidence();
        // The commits were analysed already; one first-parent walk tells which came in directly.
        Set<String> mainline = new HashSet<>();
        for (Optional<ReleaseTag> since : reviewedSince()) {
            run.repository.walkSince(since, true, c -> mainline.add(c.id()));
        }
        VersionCommits own = new VersionCommits(List.of(run.request.releaseCommitMessage(),
                run.request.developmentCommitMessage(), HotfixStarter.DEFAULT_MESSAGE),
                changelogInWorkTree(), componentChangelogsInWorkTree());
        List<String> unreviewed = new ArrayList<>();
        for (AnalyzedCommit commit : commits) {
            if (commit.merge()) {
                continue;
            }
            if (evidence.contains(ReviewEvidence.MERGE) && !mainline.contains(commit.id())) {
                continue;
            }
            ConventionalCommit header = commit.header();
            boolean reviewed = evidence.contains(ReviewEvidence.TRAILER)
                    && (header.footer("Reviewed-by").isPresent()
                            || header.footer("Approved-by").isPresent());
            if (!reviewed && !madeByRelease(commit, own)
                    && !(evidence.contains(ReviewEvidence.PULL_REQUEST) && pullRequest(commit))) {
                unreviewed.add(commit.shortId() + " " + header.subject());
            }
        }
        if (unreviewed.isEmpty()) {
            return GateResult.pass(gate, "every commit was reviewed or merged");
        }
        String message = unreviewed.size() + " commit" + (unreviewed.size() == 1 ? " has" : "s have")
                + " no Reviewed-by:/Approved-by: trailer and came in without a merge";
        return new GateResult(gate, mode == GateSettings.Review.REQUIRE ? Status.FAIL : Status.WARN,
                message + (mode == GateSettings.Review.REQUIRE ? "; get them reviewed, or set"
                        + " <gates><review>warn</review>" : ""), limited(unreviewed));
    }

    /**
     * Where the commits under review start: the last final release, or, for a monorepo's
     * release, each released component's (the whole history for a first release).
     */
    private List<Optional<ReleaseTag>> reviewedSince() {
        if (!run.hasComponents()) {
            return List.of(decision.lastFinalTag());
        }
        List<Optional<ReleaseTag>> since = new ArrayList<>();
        for (ComponentRelease c : run.released()) {
            Optional<ReleaseTag> tag = c.decision() == null ? Optional.empty()
                    : c.decision().lastFinalTag();
            if (tag.isEmpty()) {
                return List.of(Optional.empty());
            }
            if (!since.contains(tag)) {
                since.add(tag);
            }
        }
        return since;
    }

    /**
     * The commits this plugin makes (release, development version, hotfix start) need no review:
     * a subject in the form of one of its messages, and nothing changed but version text.
     */
    private boolean madeByRelease(AnalyzedCommit commit, VersionCommits own) throws IOException {
        Optional<Version> version = own.versionNamed(commit.header().subject());
        if (version.isEmpty()) {
            Optional<Set<String>> listed = run.hasComponents()
                    ? own.componentVersionsNamed(commit.header().subject()) : Optional.empty();
            if (listed.isEmpty()) {
                return false;
            }
            Optional<List<CommitChanges.Hunk>> edits = CommitChanges.textEdits(run.repository,
                    commit.id());
            return edits.isPresent() && own.onlyComponentVersionText(edits.get(), listed.get());
        }
        Optional<List<CommitChanges.Hunk>> edits = CommitChanges.textEdits(run.repository,
                commit.id());
        boolean versionOnly = edits.isPresent() && own.onlyVersionText(edits.get(), version.get());
        if (!versionOnly) {
            run.reporter.debug("Commit " + commit.shortId() + " has the subject of a release"
                    + " commit but changes more than version text; it needs a review");
        }
        return versionOnly;
    }

    /** A subject ending in {@code (#123)}, committed by a forge's own identity. */
    private boolean pullRequest(AnalyzedCommit commit) throws IOException {
        if (!PULL_REQUEST_SUBJECT.matcher(commit.header().subject()).matches()) {
            return false;
        }
        String committer = CommitChanges.committer(run.repository, commit.id());
        String email = committer.substring(committer.lastIndexOf('<') + 1,
                committer.length() - 1).toLowerCase(java.util.Locale.ROOT);
        return FORGE_COMMITTERS.contains(email);
    }

    /** The changelogs of a monorepo's components, relative to the work tree. */
    private Set<String> componentChangelogsInWorkTree() throws IOException {
        Set<String> out = new HashSet<>();
        Path top = run.repository.workTree().toAbsolutePath().normalize();
        for (ComponentRelease c : run.components) {
            if (c.changelog().isPresent()) {
                Path absolute = c.changelog().get().toAbsolutePath().normalize();
                if (absolute.startsWith(top)) {
                    out.add(top.relativize(absolute).toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }

    /** The changelog relative to the work tree, when it lies inside it. */
    private Optional<String> changelogInWorkTree() throws IOException {
        Optional<Path> file = run.request.changelog();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path top = run.repository.workTree().toAbsolutePath().normalize();
        Path absolute = file.get().toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            top = top.toRealPath();
            absolute = absolute.toRealPath();
        }
        return absolute.startsWith(top)
                ? Optional.of(top.relativize(absolute).toString().replace('\\', '/'))
                : Optional.empty();
    }

    private GateResult changelog(GateSettings settings, Optional<RefusalException> problem)
            throws IOException {
        String gate = "changelog";
        if (run.request.changelogDialect() == Dialect.NONE) {
            return skipped(gate, "changelogDialect is none: the changelog is left alone");
        }
        if (run.hasComponents()) {
            return componentChangelogs(settings, problem);
        }
        return changelog(settings, problem, run.request.changelog());
    }

    /** Every released component's changelog, as the one changelog of a release is checked. */
    private GateResult componentChangelogs(GateSettings settings,
            Optional<RefusalException> problem) throws IOException {
        List<GateResult> each = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (ComponentRelease c : run.released()) {
            if (c.changelog().filter(Files::exists).isEmpty()) {
                none.add(c.id());
                continue;
            }
            each.add(changelog(settings, Optional.empty(), c.changelog()));
        }
        List<String> items = new ArrayList<>();
        boolean failed = false;
        for (GateResult result : each) {
            if (result.status() == Status.FAIL) {
                failed = true;
                items.add(result.message());
                items.addAll(result.items());
            }
        }
        if (problem.isPresent()) {
            boolean noEntries = problem.get().getMessage().contains("no entries");
            if (!settings.changelogHasEntries() && noEntries && !failed) {
                return new GateResult("changelog", Status.WARN, problem.get().getMessage(),
                        List.of());
            }
            return new GateResult("changelog", Status.FAIL, problem.get().getMessage(),
                    limited(items));
        }
        if (failed) {
            return new GateResult("changelog", Status.FAIL, "a released component's changelog"
                    + " has errors; fix them (mvn release-process:validate-changelog)",
                    limited(items));
        }
        return GateResult.pass("changelog", each.size() + " changelog(s) valid"
                + (none.isEmpty() ? "" : "; no changelog for " + String.join(", ", none)));
    }

    private GateResult changelog(GateSettings settings, Optional<RefusalException> problem,
            Optional<Path> file) throws IOException {
        String gate = "changelog";
        if (file.isEmpty() || !Files.exists(file.get())) {
            if (settings.changelogHasEntries()) {
                return new GateResult(gate, Status.FAIL, "there is no changelog at "
                        + file.map(Path::toString).orElse("(none configured)") + "; create one"
                        + " with an '## [Unreleased]' section, or set"
                        + " <gates><changelogHasEntries>false", List.of());
            }
            return skipped(gate, "no changelog");
        }
        String name = display(file.get());
        // Exactly what validate-changelog applies: one configuration, one verdict.
        ValidationOptions options = ValidationOptions.defaults().withToday(run.request.today())
                .withSeverities(run.request.changelogRules());
        Changelog parsed = Changelog.parse(Files.readAllBytes(file.get()),
                run.request.changelogDialect());
        ValidationReport report = ChangelogValidator.validate(parsed, options).asReleaseGate();
        long older = report.olderReleaseErrors().size();
        if (report.fails(run.request.changelogFailOnWarning())) {
            List<String> errors = new ArrayList<>();
            for (Finding f : report.findings()) {
                if (f.severity() == Severity.ERROR || run.request.changelogFailOnWarning()
                        && f.severity() == Severity.WARNING) {
                    errors.add(ValidationReport.headline(name, f));
                }
            }
            return new GateResult(gate, Status.FAIL, name + " has " + report.errors()
                    + " error(s)" + (report.errors() == 0 ? " and " + report.warnings()
                            + " warning(s) with failOnWarning" : "") + "; fix them (mvn"
                    + " release-process:validate-changelog), or set a rule's severity in <rules>",
                    limited(errors));
        }
        if (problem.isPresent()) {
            if (!settings.changelogHasEntries() && problem.get().getMessage().contains("no entries")) {
                return new GateResult(gate, Status.WARN, problem.get().getMessage(), List.of());
            }
            return new GateResult(gate, Status.FAIL, problem.get().getMessage(), List.of());
        }
        String valid = name + " is valid and " + (parsed.dialect().hasUnreleased()
                ? "its Unreleased section has entries"
                : "the release section has entries (" + parsed.dialect() + ")");
        if (older > 0) {
            List<String> lines = new ArrayList<>();
            for (Finding f : report.olderReleaseErrors()) {
                lines.add(ValidationReport.headline(name, f));
            }
            return new GateResult(gate, Status.WARN, valid + "; " + older + " error(s) in older"
                    + " releases do not stop it (mvn release-process:validate-changelog lists"
                    + " them)", limited(lines));
        }
        return GateResult.pass(gate, valid);
    }

    private GateResult versionFiles(Optional<RefusalException> problem) {
        if (problem.isPresent()) {
            return new GateResult("version files", Status.FAIL, problem.get().getMessage(),
                    List.of());
        }
        return GateResult.pass("version files", "every POM and version file can be updated");
    }

    private GateResult snapshotDependencies(GateSettings settings) throws IOException {
        String gate = "no SNAPSHOT dependencies";
        if (!settings.noSnapshotDependencies()) {
            return skipped(gate, "<gates><noSnapshotDependencies> is false");
        }
        List<String> found = run.request.snapshotDependencies();
        List<String> reactorSnapshots = new ArrayList<>(this.reactorSnapshots);
        if (!run.hasComponents()) {
            reactorSnapshots.addAll(snapshotModulesLeftBehind());
        }
        if (!reactorSnapshots.isEmpty()) {
            List<String> all = new ArrayList<>(reactorSnapshots);
            all.addAll(found);
            return new GateResult(gate, Status.FAIL, reactorSnapshots.size() + " SNAPSHOT"
                    + " reference" + (reactorSnapshots.size() == 1 ? "" : "s") + " inside the"
                    + " reactor" + (found.isEmpty() ? "" : " and " + found.size() + " from"
                            + " outside") + "; a release must not hold them: release what they"
                    + " point at in the same run (-Drelease-process.only=…), make it a component"
                    + " with a release, or write a released version there", limited(all));
        }
        if (found.isEmpty()) {
            return GateResult.pass(gate, run.hasComponents()
                    ? "none outside the reactor, none inside it" : "none outside the reactor");
        }
        return new GateResult(gate, Status.FAIL, found.size() + " SNAPSHOT dependenc"
                + (found.size() == 1 ? "y" : "ies") + " from outside the reactor; a release must"
                + " not depend on them: release or replace them first", limited(found));
    }

    /**
     * Modules of a single-version release that keep a {@code -SNAPSHOT} version of their own:
     * the release moves only the modules at the root's version, so they would be released as
     * SNAPSHOTs (zxing before 3.5.4: the root at {@code 3.5.4}, {@code core} and {@code javase}
     * at {@code 3.5.4-SNAPSHOT}). A module whose own version versions.txt moves is not left
     * behind (java-pubsub's proto and grpc modules).
     */
    private List<String> snapshotModulesLeftBehind() throws IOException {
        Path rootPom = run.request.rootDirectory().resolve("pom.xml");
        if (!Files.isRegularFile(rootPom)) {
            return List.of();
        }
        List<String> left = new ArrayList<>();
        Path root = run.request.rootDirectory().toAbsolutePath().normalize();
        for (io.github.releaseprocess.versionfiles.ReactorModule m
                : io.github.releaseprocess.versionfiles.ReactorReader.read(rootPom,
                        run.request.reactorPoms())) {
            if (m.version().endsWith("-SNAPSHOT") && !m.version().equals(run.startVersion)
                    && !io.github.releaseprocess.versionfiles.VersionMarkers.movedByVersionsTxt(
                            root, m.pom(), m.artifactId())) {
                left.add(root.relativize(m.pom().toAbsolutePath().normalize()).toString()
                        .replace('\\', '/') + ": " + m.key() + " keeps its own version "
                        + m.version());
            }
        }
        return left;
    }

    /**
     * The Central pre-flight: POM metadata, sources and javadoc jars, signing, no SNAPSHOT
     * references, the coordinates of the last release.
     */
    private GateResult central() throws IOException {
        String gate = "central";
        io.github.releaseprocess.publish.CentralReadiness.Settings central =
                run.request.centralGate();
        if (central.mode() == io.github.releaseprocess.publish.CentralReadiness.Mode.OFF) {
            return skipped(gate, "<gates><central> is off");
        }
        Optional<String> lastCommit = decision.lastTag().map(ReleaseTag::commitId);
        List<String> findings = new ArrayList<>(io.github.releaseprocess.publish.CentralReadiness
                .check(central.modules(), relative -> {
                    try {
                        return lastCommit.isEmpty() ? Optional.empty()
                                : run.repository.fileAt(lastCommit.get(), relative);
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                }, this::display));
        for (String snapshot : run.request.snapshotDependencies()) {
            findings.add("SNAPSHOT reference " + snapshot + ": Central refuses releases that"
                    + " depend on snapshots; release it or replace it first");
        }
        if (findings.isEmpty()) {
            return GateResult.pass(gate, central.modules().size() + " module"
                    + (central.modules().size() == 1 ? "" : "s") + " ready for Maven Central");
        }
        Status status = central.mode() == io.github.releaseprocess.publish.CentralReadiness.Mode
                .REQUIRE ? Status.FAIL : Status.WARN;
        return new GateResult(gate, status, findings.size() + " thing"
                + (findings.size() == 1 ? "" : "s") + " Maven Central would refuse; fix them"
                + (status == Status.FAIL ? " or set <gates><central>warn</central>" : ""),
                limited(findings));
    }

    private String display(Path file) {
        Path root = run.request.rootDirectory().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    private static GateResult skipped(String gate, String why) {
        return new GateResult(gate, Status.SKIP, why, List.of());
    }

    private static List<String> limited(List<String> items) {
        if (items.size() <= MAX_ITEMS) {
            return items;
        }
        List<String> out = new ArrayList<>(items.subList(0, MAX_ITEMS));
        out.add("… and " + (items.size() - MAX_ITEMS) + " more");
        return out;
    }
}
