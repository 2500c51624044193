package io.github.releaseprocess.adopt;

import io.github.releaseprocess.changelog.Changelog;
import io.github.releaseprocess.changelog.Dialect;
import io.github.releaseprocess.commits.Bump;
import io.github.releaseprocess.commits.CommitParser;
import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.commits.NonConventional;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.CommitInfo;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.history.TagFormatDetector;
import io.github.releaseprocess.semver.Pep440;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.DeclaredVersion;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import io.github.releaseprocess.versionfiles.VersionMarkers;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionCalculator;
import io.github.releaseprocess.versioning.NextVersionRequest;
import io.github.releaseprocess.versioning.VersionDecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at a repository as it is (its tags, the files of the tool it released with before, its
 * commit messages, changelog and version files) and works out the plugin configuration that
 * releases it the way it was released so far. Reads only; changes nothing.
 */
public final class RepositoryInspector {

    /** How many mainline commits the commit style is judged on. */
    static final int COMMITS_SAMPLED = 200;
    /** The share of Conventional Commits from which the history counts as conventional. */
    static final int CONVENTIONAL_PERCENT = 80;


    /** Names a changelog goes by when it is not CHANGELOG.md, tried in this order. */
    private static final List<String> OTHER_CHANGELOG_NAMES = List.of("CHANGES.md",
            "HISTORY.md", "RELEASE-NOTES.md", "RELEASE_NOTES.md", "NEWS.md", "changelog.md");

    /** Changelogs in a form that is not Markdown, named so that init can say it leaves them. */
    private static final List<String> NOT_MARKDOWN_CHANGELOG_NAMES = List.of("CHANGELOG.rst",
            "CHANGES.rst", "HISTORY.rst", "NEWS.rst", "CHANGELOG.txt", "CHANGES.txt",
            "HISTORY.txt", "NEWS.txt", "CHANGELOG", "CHANGES", "NEWS");

    private final Reporter reporter;

    public RepositoryInspector(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Inspects the repository at {@code directory}.
     *
     * @param artifactId the root project's artifactId, or null without a POM
     * @param pomVersion the root project's version, or null without a POM
     */
    public Adoption inspect(Path directory, String artifactId, String pomVersion)
            throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        List<Adoption.Finding> findings = new ArrayList<>();
        Map<String, String> configuration = new LinkedHashMap<>();
        Map<String, String> gates = new LinkedHashMap<>();
        List<String> versionFiles = new ArrayList<>();
        Optional<PythonVersion> python;
        Optional<ComponentLayout> layout;
        String pom = read(root.resolve("pom.xml"));
        try (GitRepository repository = GitRepository.open(root)) {
            List<Path> tracked = repository.trackedFiles(root);

            List<CommitInfo> recent = repository.recentMainlineCommits(COMMITS_SAMPLED);
            PreviousTool.Detected detected = PreviousTool.detect(root, pom, recent, this::read);
            PreviousTool tool = detected.tool();
            findings.add(new Adoption.Finding("previous tool", tool.label(), detected.evidence()));
            Preset preset = tool.preset();
            if (preset != Preset.CONVENTIONALCOMMITS) {
                configuration.put("preset", preset.id());
            }

            TagFormat format = tagFormat(repository, artifactId, tool, findings, configuration);
            layout = pom == null ? Optional.empty()
                    : componentLayout(root, repository, configuration);
            layout.ifPresent(l -> {
                configuration.remove("tagFormat"); // each component has its own
                findings.add(new Adoption.Finding("components", l.components().size()
                        + " in group " + l.group(), l.why()));
            });

            CommitStyle style = CommitStyle.of(recent, VersioningPolicy.builder(preset).build());
            boolean freeForm = style.counted() > 0 && style.percent() < CONVENTIONAL_PERCENT;
            if (freeForm) {
                configuration.put("nonConventional", "patch");
            }
            findings.add(new Adoption.Finding("commit style", style.counted() == 0 ? "unknown"
                    : style.percent() + " % Conventional Commits", style.describe(freeForm)));

            changelog(root, findings, configuration, gates);
            // Without a POM, a Python project's own version stands for the POM's.
            python = pomVersion == null ? PythonVersion.find(root, tracked, this::read)
                    : Optional.empty();
            python.ifPresent(p -> findings.add(new Adoption.Finding("project version",
                    p.mavenVersion().orElse(p.text()), p.why())));
            String version = pomVersion != null ? pomVersion
                    : python.flatMap(PythonVersion::mavenVersion).orElse(null);
            versionFiles(root, pom, version, tracked, findings, versionFiles);
            findings.add(firstRelease(repository, preset, format, version, freeForm));
            developmentVersion(repository, format, version, python, findings, configuration);
        }
        return new Adoption(findings, configuration, gates, versionFiles, python,
                layout.map(ComponentLayout::components).orElse(List.of()),
                layout.map(ComponentLayout::group));
    }

    /** The components the tags show (googleapis/sdk-platform-java), when there are several. */
    private Optional<ComponentLayout> componentLayout(Path root, GitRepository repository,
            Map<String, String> configuration) throws IOException {
        String pattern = configuration.getOrDefault("tagFormat", TagFormat.DEFAULT);
        if (pattern.contains(TagFormat.ARTIFACT_ID)) {
            return Optional.empty();
        }
        List<String> tags = repository.tagNames();
        if (TagFormatDetector.shapes(tags).size() < 2) {
            return Optional.empty(); // one version line: no reactor to read
        }
        Map<String, String> tagCommits = new LinkedHashMap<>();
        for (String tag : tags) {
            repository.tagCommit(tag).ifPresent(id -> tagCommits.put(tag, id));
        }
        List<ReactorModule> modules;
        try {
            modules = ReactorReader.read(root.resolve("pom.xml"));
        } catch (IOException | RuntimeException e) {
            reporter.debug("Cannot read the reactor for components: " + e.getMessage());
            return Optional.empty();
        }
        return ComponentLayout.find(pattern, tagCommits, modules, root,
                read(root.resolve("versions.txt")), path -> utf8(read(root.resolve(path))));
    }

    private TagFormat tagFormat(GitRepository repository, String artifactId, PreviousTool tool,
            List<Adoption.Finding> findings, Map<String, String> configuration)
            throws IOException {
        Optional<TagFormatDetector.Suggestion> found = TagFormatDetector.suggest(
                repository.tagNames(), artifactId, tool == PreviousTool.MAVEN_RELEASE_PLUGIN,
                tag -> {
                    try {
                        return repository.tagCommitTime(tag);
                    } catch (IOException e) {
                        return 0L;
                    }
                });
        if (found.isEmpty()) {
            findings.add(new Adoption.Finding("tag format", TagFormat.DEFAULT, "no tag holds a"
                    + " Semantic Version yet, so the default applies"));
            return TagFormat.of(TagFormat.DEFAULT, artifactId);
        }
        TagFormatDetector.Suggestion s = found.get();
        String why = s.matching() + " of " + s.withVersion() + " tags with a version have this"
                + " shape; the newest is " + s.newestTag();
        findings.add(new Adoption.Finding("tag format", s.pattern(), why));
        if (!s.pattern().equals(TagFormat.DEFAULT)) {
            configuration.put("tagFormat", s.pattern());
        }
        return TagFormat.of(s.pattern(), artifactId);
    }

    private void changelog(Path root, List<Adoption.Finding> findings,
            Map<String, String> configuration, Map<String, String> gates) {
        String name = "CHANGELOG.md";
        String text = utf8(read(root.resolve(name)));
        for (int i = 0; text == null && i < OTHER_CHANGELOG_NAMES.size(); i++) {
            name = OTHER_CHANGELOG_NAMES.get(i);
            text = utf8(read(root.resolve(name)));
        }
        if (text == null) {
            Optional<String> other = NOT_MARKDOWN_CHANGELOG_NAMES.stream()
                    .filter(n -> Files.isRegularFile(root.resolve(n))).findFirst();
            if (other.isPresent()) {
                // pallets and python-semantic-release write reStructuredText: not ours to edit.
                findings.add(new Adoption.Finding("changelog", other.get() + ", not Markdown",
                        other.get() + " is not Markdown (reStructuredText or plain text), which the"
                        + " plugin neither reads nor writes: the people keep writing it, the"
                        + " release asks it for no entries (<gates><changelogHasEntries>false) and"
                        + " takes its tag message and release notes from the commits"));
            } else {
                findings.add(new Adoption.Finding("changelog", "none", "there is no CHANGELOG.md;"
                        + " the release does not ask for one (<gates><changelogHasEntries>false)"
                        + " and takes its tag message and release notes from the commits"));
            }
            gates.put("changelogHasEntries", "false");
            return;
        }
        ChangelogForm form = changelogForm(text);
        boolean otherName = !name.equals("CHANGELOG.md");
        if (otherName && form.dialect().equals(Dialect.NONE.id())) {
            // A hand-written file in a form of its own (jsoup's '## 1.22.1 (2026-Jan-01)'): the
            // plugin neither edits it nor asks it for entries; the people keep writing it.
            Changelog parsed = Changelog.parse(text, Dialect.AUTO);
            findings.add(new Adoption.Finding("changelog", name + " in a form of its own",
                    name + " has " + parsed.releaseLikeHeadings() + " release-like heading(s), the"
                    + " first at line " + parsed.firstReleaseLine() + ", in none of the forms the"
                    + " plugin keeps; the release leaves it as it is and does not ask it for"
                    + " entries (<gates><changelogHasEntries>false)"));
            gates.put("changelogHasEntries", "false");
            return;
        }
        findings.add(new Adoption.Finding("changelog", name + " as " + form.dialect(),
                form.why()));
        if (otherName) {
            configuration.put("changelog", name);
        }
        if (!form.dialect().equals("keepachangelog") && !form.dialect().equals("seed")) {
            configuration.put("changelogDialect", form.dialect());
        }
    }

    /**
     * A changelog is UTF-8 Markdown (release-please's {@code ### ⚠ BREAKING CHANGES}), while
     * {@link #read} keeps each byte as one ISO-8859-1 character.
     */
    private static String utf8(String bytesAsLatin1) {
        return bytesAsLatin1 == null ? null : new String(
                bytesAsLatin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** The changelog's dialect, as {@code changelogDialect=auto} would read it. */
    static ChangelogForm changelogForm(String text) {
        return ChangelogForm.of(text);
    }

    private void versionFiles(Path root, String pom, String pomVersion, List<Path> tracked,
            List<Adoption.Finding> findings, List<String> versionFiles) {
        List<String> found = new ArrayList<>();
        if (Files.isRegularFile(root.resolve("versions.txt"))) {
            found.add("versions.txt (release-please rows; moved by every release)");
        }
        int markerFiles = 0;
        int markerLines = 0;
        String release = pomVersion == null ? null : pomVersion.replace("-SNAPSHOT", "");
        for (Path file : tracked) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            String text = name.equals("pyproject.toml") || name.equals("package.json")
                    || name.equals("uv.lock")
                    || name.endsWith(".py") || sizeBelow(file, 1 << 20) ? read(file) : null;
            if (text == null || text.indexOf('\0') >= 0) {
                continue;
            }
            if (VersionMarkers.mentions(text)) {
                int n = VersionMarkers.count(text);
                if (n > 0) {
                    markerFiles++;
                    markerLines += n;
                }
            }
            boolean skipped = (name.equals("package.json") && rel.contains("node_modules/"))
                    || (name.equals("uv.lock") && rel.contains("/"));
            String version = skipped ? null : DeclaredVersion.of(name, text).orElse(null);
            if (version != null) {
                boolean same = pomVersion != null && (version.equals(pomVersion)
                        || version.equals(release) || pep440(release).equals(version)
                        || Pep440.sameVersion(version, pomVersion));
                found.add(rel + " (" + version + (same ? ", moves with the POM"
                        : pomVersion == null ? "" : ", not the POM's " + pomVersion
                                + ": left out") + ")");
                if (same) {
                    versionFiles.add(rel);
                }
            }
        }
        if (markerLines > 0) {
            found.add(markerLines + " release-please marker line(s) in " + markerFiles
                    + " file(s) (moved by every release)");
        }
        if (pom != null && pom.contains("${revision}")) {
            found.add("pom.xml uses ${revision} (CI-friendly; set through its property)");
        }
        findings.add(new Adoption.Finding("version files", found.isEmpty() ? "POMs only"
                : found.size() + " besides the POMs", String.join("; ", found)));
    }

    private static String pep440(String version) {
        if (version == null) {
            return "";
        }
        return Version.tryParse(version).map(v -> {
            try {
                return v.toPep440();
            } catch (IllegalStateException e) {
                return version;
            }
        }).orElse(version);
    }

    private Adoption.Finding firstRelease(GitRepository repository, Preset preset,
            TagFormat format, String pomVersion, boolean freeForm) throws IOException {
        // The configuration init suggests: nonConventional=patch where the history is free-form.
        NextVersionRequest request = new NextVersionRequest(VersioningPolicy.builder(preset)
                .nonConventional(freeForm ? NonConventional.PATCH : NonConventional.IGNORE)
                .build(), format, NextVersionRequest.defaultInitialVersion(pomVersion),
                Optional.empty(), Optional.empty(), false, false,
                NextVersionRequest.snapshotVersionOf(pomVersion));
        VersionDecision decision = new NextVersionCalculator(Reporter.SILENT).calculate(
                repository, request, CommitSink.NONE);
        String after = decision.lastTag().map(t -> "after " + t.name()).orElse("as the first"
                + " release");
        String why = String.join(" ", decision.reasons().subList(1, decision.reasons().size()));
        if (decision.nextVersion().isEmpty()) {
            return new Adoption.Finding("next release", "none", "nothing to release " + after
                    + ": " + why);
        }
        return new Adoption.Finding("next release", decision.nextVersion().get().toString(),
                after + ": " + why);
    }

    /**
     * A POM that holds the coming version without {@code -SNAPSHOT}, ahead of the last release
     * (log4j's {@code <revision>2.25.4} after {@code rel/2.25.3}), belongs to a project that moves
     * its version by hand after a release: {@code developmentVersion=none} keeps that habit.
     */
    private void developmentVersion(GitRepository repository, TagFormat format,
            String pomVersion, Optional<PythonVersion> python, List<Adoption.Finding> findings,
            Map<String, String> configuration) throws IOException {
        if (pomVersion == null || pomVersion.endsWith("-SNAPSHOT")) {
            return;
        }
        Optional<Version> pom = Version.tryParse(pomVersion);
        if (pom.isEmpty()) {
            return;
        }
        String lastTag = null;
        Version last = null;
        for (String tag : repository.tagNames()) {
            Optional<Version> v = format.versionOf(tag);
            if (v.isPresent() && (last == null || v.get().compareTo(last) > 0)) {
                last = v.get();
                lastTag = tag;
            }
        }
        if (python.isPresent() && last != null && pom.get().equals(last)) {
            // python-semantic-release and commitizen leave the released version in place.
            configuration.put("developmentVersion", "none");
            findings.add(new Adoption.Finding("development version", "none", python.get().file()
                    + " holds " + python.get().text() + ", the last release " + lastTag + ": the"
                    + " project keeps the released version between releases, so the release"
                    + " leaves it as it is instead of committing a .dev version"));
            return;
        }
        if (last == null || pom.get().compareTo(last) <= 0) {
            return;
        }
        configuration.put("developmentVersion", "none");
        findings.add(new Adoption.Finding("development version", "none", "pom.xml holds "
                + pomVersion + " without -SNAPSHOT, ahead of the last release " + lastTag
                + ": the version moves by hand between releases, so the release leaves it as it"
                + " is instead of committing a -SNAPSHOT"));
    }

    private static boolean sizeBelow(Path file, long limit) {
        try {
            return Files.size(file) < limit;
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's text, or null when it does not exist or cannot be read. */
    String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1)
                    : null;
        } catch (IOException e) {
            reporter.debug("Cannot read " + file + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * The share of Conventional Commits among the mainline commits people wrote; a type outside
     * the preset's vocabulary ({@code Checkstyle: …}, {@code spelling: …}) is a topic, not a type.
     */
    record CommitStyle(int counted, int conventional, int toolMade, int sampled) {

        static CommitStyle of(List<CommitInfo> commits, VersioningPolicy policy) {
            CommitParser parser = policy.parser();
            int counted = 0;
            int conventional = 0;
            int toolMade = 0;
            for (CommitInfo c : commits) {
                ConventionalCommit parsed = parser.parse(c.message());
                ConventionalCommit.Kind kind = parsed.kind();
                if (c.isMerge() || kind == ConventionalCommit.Kind.MERGE
                        || kind == ConventionalCommit.Kind.REVERT
                        || kind == ConventionalCommit.Kind.VERSION_ONLY
                        || kind == ConventionalCommit.Kind.EMPTY
                        || c.message().startsWith("[maven-release-plugin]")) {
                    toolMade++;
                    continue;
                }
                counted++;
                if (parsed.isConventional() && policy.knowsType(parsed.type())) {
                    conventional++;
                }
            }
            return new CommitStyle(counted, conventional, toolMade, commits.size());
        }

        int percent() {
            return counted == 0 ? 100 : (int) Math.floor(100.0 * conventional / counted);
        }

        String describe(boolean freeForm) {
            if (counted == 0) {
                return "no commit written by a person among the last " + sampled + " on the"
                        + " mainline";
            }
            String base = conventional + " of the last " + counted + " mainline commits written"
                    + " by people are Conventional Commits (" + toolMade + " merges, reverts and"
                    + " tool commits not counted)";
            return freeForm ? base + "; below " + CONVENTIONAL_PERCENT + " % most changes would"
                    + " be ignored, so nonConventional=patch releases a patch for them"
                    : base + "; the preset reads them";
        }
    }

    /** The release tool a project used before, from the files it leaves. */
    enum PreviousTool {
        RELEASE_PLEASE_JAVA("release-please (Java)", Preset.RELEASE_PLEASE_JAVA),
        RELEASE_PLEASE("release-please", Preset.RELEASE_PLEASE),
        SEMANTIC_RELEASE("semantic-release", Preset.SEMANTIC_RELEASE),
        PYTHON_SEMANTIC_RELEASE("python-semantic-release", Preset.PYTHON_SEMANTIC_RELEASE),
        COMMITIZEN("commitizen", Preset.COMMITIZEN),
        MAVEN_RELEASE_PLUGIN("maven-release-plugin", Preset.CONVENTIONALCOMMITS),
        NONE("none found", Preset.CONVENTIONALCOMMITS);

        private final String label;
        private final Preset preset;

        PreviousTool(String label, Preset preset) {
            this.label = label;
            this.preset = preset;
        }

        Preset preset() {
            return preset;
        }

        String label() {
            return label;
        }

        interface Reader {
            String read(Path file);
        }

        /** A tool and why it is thought to be the one. */
        record Detected(PreviousTool tool, String evidence) {
        }

        static Detected detect(Path root, String pom, List<CommitInfo> commits,
                Reader reader) {
            String config = reader.read(root.resolve("release-please-config.json"));
            String manifest = reader.read(root.resolve(".release-please-manifest.json"));
            String legacy = reader.read(root.resolve(".github/release-please.yml"));
            if (config != null || manifest != null || legacy != null) {
                String all = (config == null ? "" : config) + (legacy == null ? "" : legacy);
                boolean java = Files.isRegularFile(root.resolve("versions.txt"))
                        || all.matches("(?s).*release-?[tT]ype\"?\\s*[:=]\\s*\"?(java|maven|java-yoshi|java-backport|java-bom|java-lts)\\b.*");
                String file = config != null ? "release-please-config.json"
                        : manifest != null ? ".release-please-manifest.json"
                                : ".github/release-please.yml";
                return found(java ? RELEASE_PLEASE_JAVA : RELEASE_PLEASE, file
                        + (java ? " with a Java release type or versions.txt" : ""));
            }
            for (String name : List.of(".releaserc", ".releaserc.json", ".releaserc.yaml",
                    ".releaserc.yml", ".releaserc.js", ".releaserc.cjs", ".releaserc.mjs",
                    "release.config.js", "release.config.cjs", "release.config.mjs")) {
                if (Files.isRegularFile(root.resolve(name))) {
                    return found(SEMANTIC_RELEASE, name);
                }
            }
            String packageJson = reader.read(root.resolve("package.json"));
            if (packageJson != null && packageJson.matches("(?s).*\"release\"\\s*:\\s*\\{.*")) {
                return found(SEMANTIC_RELEASE, "package.json \"release\"");
            }
            String pyproject = reader.read(root.resolve("pyproject.toml"));
            if (pyproject != null && pyproject.contains("[tool.semantic_release")) {
                return found(PYTHON_SEMANTIC_RELEASE, "pyproject.toml [tool.semantic_release]");
            }
            if (Files.isRegularFile(root.resolve(".cz.toml"))) {
                return found(COMMITIZEN, ".cz.toml");
            }
            if (pyproject != null && pyproject.contains("[tool.commitizen]")) {
                return found(COMMITIZEN, "pyproject.toml [tool.commitizen]");
            }
            if (Files.isRegularFile(root.resolve("release.properties"))) {
                return found(MAVEN_RELEASE_PLUGIN, "release.properties");
            }
            if (pom != null && pom.contains("<artifactId>maven-release-plugin</artifactId>")) {
                return found(MAVEN_RELEASE_PLUGIN, "maven-release-plugin in pom.xml");
            }
            long toolCommits = commits.stream()
                    .filter(c -> c.message().startsWith("[maven-release-plugin]")).count();
            if (toolCommits > 0) {
                return found(MAVEN_RELEASE_PLUGIN, toolCommits + " '[maven-release-plugin]'"
                        + " commits in the history");
            }
            return found(NONE, "no release-please, semantic-release, commitizen or"
                    + " maven-release-plugin files; the default preset applies");
        }

        private static Detected found(PreviousTool tool, String evidence) {
            return new Detected(tool, evidence.startsWith("no ") ? evidence : "found " + evidence
                    + "; preset " + tool.preset.id());
        }

        @Override
        public String toString() {
            return label.toLowerCase(Locale.ROOT);
        }
    }
}
