package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.versionfiles.PomFile.Reference;
import io.github.releaseprocess.versionfiles.PomFile.Value;
import io.github.releaseprocess.versionfiles.XmlTree.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans a version change across a reactor and its version files: which characters of which files
 * change. Nothing is written; {@link VersionChangePlan#apply()} does that as one transaction.
 *
 * <p>In every POM of the reactor it changes {@code project/version} of the modules that have the
 * current version, {@code parent/version} where the parent is such a module, and the literal
 * versions of dependencies, plugins and extensions that name such a module. A version written with
 * properties ({@code ${revision}${changelist}}) changes through those properties, in the POM or in
 * {@code .mvn/maven.config}. A value it cannot change safely (in CDATA, behind an entity, an
 * expression it cannot resolve) is refused with the file and line, never guessed.
 *
 * <pre>{@code
 * VersionChangePlan plan = VersionSetter.plan(request, reporter);
 * plan.describe().forEach(reporter::info);   // the dry run
 * plan.apply();                               // all files or none
 * }</pre>
 */
public final class VersionSetter {

    private static final Pattern MAVEN_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]*");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)\\}");
    private static final String OUTPUT_TIMESTAMP = "project.build.outputTimestamp";
    /** Larger tracked files are not searched for markers (generated data, not version text). */
    private static final long MAX_MARKED_FILE = 4L << 20;

    private final VersionChangeRequest request;
    private final Reporter reporter;
    private final Path root;
    private final Map<Path, PomFile> poms = new LinkedHashMap<>();
    private final ParsedPoms parsed;
    private final Map<String, ReactorModule> byKey = new HashMap<>();
    private final Map<String, PomFile> pomByKey = new HashMap<>();
    private final Set<String> moving = new HashSet<>();
    private final Map<Path, Splices> splices = new LinkedHashMap<>();
    private MavenConfig mavenConfig;

    /** The change per module of a monorepo's release; null for a change of the whole reactor. */
    private final ModuleVersionRequest perModule;
    private final Map<Path, PomFile> originals = new HashMap<>();
    private final List<VersionChangePlan.Reference> references = new ArrayList<>();

    private VersionSetter(VersionChangeRequest request, Reporter reporter, ParsedPoms parsed) {
        this.request = request;
        this.parsed = parsed;
        this.perModule = null;
        this.reporter = reporter;
        this.root = request.rootDirectory().toAbsolutePath().normalize();
    }

    private VersionSetter(ModuleVersionRequest request, Reporter reporter) {
        this.request = null;
        this.parsed = new ParsedPoms();
        this.perModule = request;
        this.reporter = reporter;
        this.root = request.rootDirectory().toAbsolutePath().normalize();
    }

    /**
     * Computes every edit of a version change, or refuses with one sentence naming the file, the
     * line and the fix.
     *
     * @throws RefusalException when the new version is not SemVer, a value cannot be changed
     *     safely, or a version file has no match or a match that is not the current version
     * @throws IOException when a file cannot be read
     */
    public static VersionChangePlan plan(VersionChangeRequest request, Reporter reporter)
            throws IOException {
        return plan(request, reporter, new ParsedPoms());
    }

    /** {@link #plan(VersionChangeRequest, Reporter)} with POMs already parsed by the reader. */
    public static VersionChangePlan plan(VersionChangeRequest request, Reporter reporter,
            ParsedPoms parsed) throws IOException {
        return new VersionSetter(request, reporter, parsed).plan();
    }

    /**
     * Computes every edit of a change per module (the components of a monorepo): the modules'
     * own versions, and every reference to a reactor module as the request's rule decides, or
     * refuses with one sentence naming the file, the line and the fix. Version files and
     * release-please markers are not part of it.
     *
     * @throws RefusalException when a new version is not a version, a value cannot be changed
     *     safely, or a module inherits its version from a parent that moves elsewhere
     * @throws IOException when a file cannot be read
     */
    public static VersionChangePlan plan(ModuleVersionRequest request, Reporter reporter)
            throws IOException {
        return new VersionSetter(request, reporter).planModules();
    }

    private VersionChangePlan planModules() throws IOException {
        mavenConfig = MavenConfig.read(root);
        Map<String, String> targets = perModule.newVersions();
        for (ReactorModule m : perModule.modules()) {
            Path pom = m.pom().toAbsolutePath().normalize();
            PomFile file = poms.get(pom);
            if (file == null) {
                file = PomFile.read(ProjectPaths.editTarget(root, pom, display(pom)), display(pom));
                poms.put(pom, file);
                byte[] before = perModule.originals().get(pom);
                if (before != null) {
                    originals.put(file.path, PomFile.parse(file.path, display(pom), before));
                }
            }
            byKey.put(m.key(), m);
            pomByKey.put(m.key(), file);
            String to = targets.get(m.key());
            if (to != null && !checkNewVersion(to).equals(m.version())) {
                moving.add(m.key());
            }
        }
        for (ReactorModule m : perModule.modules()) {
            PomFile pom = pomByKey.get(m.key());
            if (moving.contains(m.key())) {
                ownVersion(m, pom, targets.get(m.key()));
            }
            PomFile original = originals.get(pom.path);
            parentReference(m, pom, original);
            moduleReferences(m, pom, original);
        }
        perModule.outputTimestamp().ifPresent(this::outputTimestamp);
        artifactMarkers();
        List<FileChange> changes = splicedChanges();
        return new VersionChangePlan(root, "", "", changes, references);
    }

    private void parentReference(ReactorModule m, PomFile pom, PomFile original) {
        Value v = parentVersionOf(pom, byKey.keySet());
        if (v == null) {
            return;
        }
        String before = original == null ? null : original.text(original.parentChild("version"));
        refer(m, pom, v, parentKey(pom), "parent/version", before);
    }

    private void moduleReferences(ReactorModule m, PomFile pom, PomFile original) {
        for (VersionReference ref : versionReferences(m, pom, byKey.keySet(),
                "as one ${property}")) {
            int i = ref.index();
            String key = ref.key();
            Value v = ref.value();
            String what = ref.what();
            if (!v.isExpression()) {
                String before = original == null || i >= original.references.size() ? null
                        : original.text(original.references.get(i).version());
                refer(m, pom, v, key, what, before);
                continue;
            }
            Matcher single = EXPRESSION.matcher(v.text());
            if (!single.matches() || single.group(1).startsWith("project.")
                    || single.group(1).startsWith("pom.")) {
                reporter.debug(pom.displayName + ":" + v.line() + ": " + what + " is "
                        + v.text() + ", which follows the project's own version");
                continue;
            }
            String name = single.group(1);
            Definition d = lookup(pom, name, new HashSet<>());
            if (d == null) {
                reporter.debug(pom.displayName + ":" + v.line() + ": " + what + " uses ${" + name
                        + "}, which no POM of the reactor defines; left as it is");
                continue;
            }
            String before = null;
            if (d.pom != null && originals.containsKey(d.pom.path)) {
                PomFile old = originals.get(d.pom.path);
                before = old.text(old.properties.get(name));
            }
            ModuleVersionRequest.ReferenceSite site = new ModuleVersionRequest.ReferenceSite(
                    m.key(), d.pom != null ? d.pom.displayName : ".mvn/maven.config",
                    d.pom != null ? d.pomValue.line() : d.config.line(),
                    "property " + name + " (" + what + " in " + pom.displayName + ")",
                    java.util.Optional.ofNullable(before));
            String now = perModule.references().apply(key, d.value(), site);
            String result = now == null ? d.value() : now;
            if (!result.equals(d.value())) {
                d.change(result);
            }
            references.add(new VersionChangePlan.Reference(site, key, result));
        }
    }

    /** Applies the rule to a literal version that refers to {@code target}. */
    private void refer(ReactorModule m, PomFile pom, Value v, String target, String what,
            String before) {
        ModuleVersionRequest.ReferenceSite site = new ModuleVersionRequest.ReferenceSite(m.key(),
                pom.displayName, v.line(), what, java.util.Optional.ofNullable(before));
        String now = perModule.references().apply(target, v.text(), site);
        String result = now == null ? v.text() : checkNewVersion(now);
        if (!result.equals(v.text())) {
            edit(pom, v, result, what);
        }
        references.add(new VersionChangePlan.Reference(site, target, result));
    }

    private VersionChangePlan plan() throws IOException {
        String newVersion = checkNewVersion(request.newVersion());
        String oldVersion = request.currentVersion();
        mavenConfig = MavenConfig.read(root);
        for (ReactorModule m : request.modules()) {
            Path pom = m.pom().toAbsolutePath().normalize();
            PomFile file = poms.get(pom);
            if (file == null) {
                file = read(pom);
                poms.put(pom, file);
            }
            byKey.put(m.key(), m);
            pomByKey.put(m.key(), file);
            if (m.version().equals(oldVersion)) {
                moving.add(m.key());
            } else {
                reporter.warn(display(pom) + ": " + m.key() + " keeps its own version "
                        + m.version() + " (set-version moves the modules at " + oldVersion + ")");
            }
        }
        for (ReactorModule m : request.modules()) {
            PomFile pom = pomByKey.get(m.key());
            if (moving.contains(m.key())) {
                ownVersion(m, pom, newVersion);
            }
            parentVersion(pom, oldVersion, newVersion);
            references(m, pom, oldVersion, newVersion);
        }
        request.outputTimestamp().ifPresent(this::outputTimestamp);
        request.scmTag().ifPresent(this::scmTag);
        markers(oldVersion, newVersion);
        List<FileChange> changes = splicedChanges();
        VersionFileEditor files = new VersionFileEditor(root, reporter);
        for (VersionFile vf : request.versionFiles()) {
            FileChange change = files.change(vf, oldVersion, newVersion);
            if (!change.isUnchanged()) {
                changes.add(change);
            }
        }
        return new VersionChangePlan(root, oldVersion, newVersion, changes);
    }

    /**
     * The files the splices change, in the order they were first edited; each POM is parsed
     * again, so that an edit that broke it fails here, before anything is written.
     */
    private List<FileChange> splicedChanges() {
        List<FileChange> changes = new ArrayList<>();
        for (Splices s : splices.values()) {
            FileChange change = s.toChange();
            if (poms.containsKey(s.file)) {
                PomFile.parse(s.file, s.displayName, change.after());
            }
            if (!change.isUnchanged()) {
                changes.add(change);
            }
        }
        return changes;
    }

    /**
     * {@code project.build.outputTimestamp} in the reactor's POMs becomes the release instant,
     * as maven-release-plugin does for reproducible builds: in seconds since the epoch where the
     * value is a number, else ISO-8601 in UTC. An expression or a missing property is left alone.
     */
    private void outputTimestamp(Instant instant) {
        for (PomFile pom : poms.values()) {
            Element property = pom.properties.get(OUTPUT_TIMESTAMP);
            if (property == null) {
                continue;
            }
            Value v = pom.value(property);
            if (!v.readable() || v.isExpression()) {
                reporter.debug(pom.displayName + ":" + v.line() + ": " + OUTPUT_TIMESTAMP
                        + " left as it is (" + v.text() + ")");
                continue;
            }
            String value = v.text().matches("\\d+") ? Long.toString(instant.getEpochSecond())
                    : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
            edit(pom, v, value, "property " + OUTPUT_TIMESTAMP);
        }
    }

    /**
     * {@code <scm><tag>} of every POM that declares one becomes the release tag (or {@code HEAD}
     * again), as maven-release-plugin does; an expression or a value in CDATA is left alone.
     */
    private void scmTag(VersionChangeRequest.ScmTag change) {
        for (PomFile pom : poms.values()) {
            Element scm = pom.own("scm");
            Element tag = scm == null ? null : scm.child("tag");
            if (tag == null) {
                continue;
            }
            Value v = pom.value(tag);
            if (!v.readable() || v.isExpression()) {
                reporter.debug(pom.displayName + ":" + v.line() + ": <scm><tag> left as it is ("
                        + (v.readable() ? v.text() : v.problem()) + ")");
                continue;
            }
            if ((change.from() == null || change.from().equals(v.text()))
                    && !change.to().equals(v.text())) {
                edit(pom, v, change.to(), "<scm><tag>");
            }
        }
    }

    /**
     * release-please's version files: {@code versions.txt} at the root and the markers in the
     * files git tracks (POMs included, so a marked line the POM editor also moves must agree).
     */
    private void markers(String oldVersion, String newVersion) throws IOException {
        markers(table -> table.move(oldVersion, newVersion), newVersion, request.trackedFiles());
    }

    /**
     * The rows of {@code versions.txt} and the {@code x-version-update} markers of a change per
     * module: a row whose artifact is a module that moves gets the module's new version (both
     * columns for a release, the current one for a {@code -SNAPSHOT}); other rows stay.
     */
    private void artifactMarkers() throws IOException {
        Map<String, ReactorModule> byArtifact = new HashMap<>();
        for (ReactorModule m : perModule.modules()) {
            if (perModule.newVersions().containsKey(m.key()) && moving.contains(m.key())) {
                byArtifact.put(m.artifactId(), m);
            }
        }
        markers(table -> {
            Map<String, VersionsTxt.Moved> out = new LinkedHashMap<>();
            for (VersionsTxt.Row row : table.rows()) {
                ReactorModule m = byArtifact.get(row.artifact());
                out.put(row.artifact(), m == null
                        ? new VersionsTxt.Moved(row.released(), row.current())
                        : movedRow(row, m));
            }
            return out;
        }, null, perModule.trackedFiles());
    }

    /**
     * A {@code versions.txt} row named after a module that moves: the module's new version when
     * the row holds the module's version; else the row moves by the component's level from its
     * own released version (as release-please moves every row of a package), and a development
     * version starts the row's next patch.
     */
    private VersionsTxt.Moved movedRow(VersionsTxt.Row row, ReactorModule m) {
        String to = perModule.newVersions().get(m.key());
        boolean development = to.endsWith("-SNAPSHOT");
        if (row.current().equals(m.version())) {
            return development ? new VersionsTxt.Moved(row.released(), to)
                    : new VersionsTxt.Moved(to, to);
        }
        java.util.Optional<io.github.releaseprocess.semver.Version> released =
                io.github.releaseprocess.semver.Version.tryParse(row.released());
        if (released.isEmpty()) {
            return new VersionsTxt.Moved(row.released(), row.current());
        }
        if (development) {
            return new VersionsTxt.Moved(row.released(), released.get().nextPatch()
                    .withPrerelease("SNAPSHOT").toString());
        }
        String level = perModule.levels().getOrDefault(m.key(), "patch");
        io.github.releaseprocess.semver.Version moved = switch (level) {
            case "major" -> released.get().nextMajor();
            case "minor" -> released.get().nextMinor();
            default -> released.get().nextPatch();
        };
        return new VersionsTxt.Moved(moved.toString(), moved.toString());
    }

    private void markers(java.util.function.Function<VersionsTxt, Map<String, VersionsTxt.Moved>>
            mover, String newVersion, List<Path> trackedFiles) throws IOException {
        Path txt = root.resolve(VersionsTxt.FILE_NAME);
        Map<String, VersionsTxt.Moved> moved = null;
        if (Files.isRegularFile(txt)) {
            byte[] bytes = Files.readAllBytes(txt);
            VersionsTxt table = VersionsTxt.parse(display(txt),
                    new String(bytes, StandardCharsets.ISO_8859_1));
            moved = mover.apply(table);
            Splices s = splices.computeIfAbsent(txt, p -> new Splices(p, display(p), bytes,
                    StandardCharsets.ISO_8859_1));
            for (VersionsTxt.Row row : table.rows()) {
                VersionsTxt.Moved to = moved.get(row.artifact());
                if (!to.released().equals(row.released())) {
                    s.add(row.releasedStart(), row.releasedStart() + row.released().length(),
                            to.released(), new VersionEdit(txt, row.line(), row.released(),
                                    to.released(), row.artifact() + " released"));
                }
                if (!to.current().equals(row.current())) {
                    s.add(row.currentStart(), row.currentStart() + row.current().length(),
                            to.current(), new VersionEdit(txt, row.line(), row.current(),
                                    to.current(), row.artifact() + " current"));
                }
            }
        }
        Path realRoot = root.toRealPath();
        if (newVersion == null && moved == null) {
            return; // a change per module moves x-version-update markers by versions.txt only
        }
        VersionMarkers.Unlisted unlisted = new VersionMarkers.Unlisted();
        for (Path file : trackedFiles) {
            Path abs = file.toAbsolutePath().normalize();
            if (abs.equals(txt) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(abs) > MAX_MARKED_FILE || !abs.toRealPath().startsWith(realRoot)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(abs);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (text.indexOf('\0') >= 0 || !VersionMarkers.mentions(text)) {
                continue;
            }
            List<VersionMarkers.Edit> edits;
            try {
                edits = VersionMarkers.find(display(abs), text, moved, newVersion, unlisted);
            } catch (RefusalException unreadable) {
                if (newVersion != null) {
                    throw unreadable;
                }
                // A change per module touches only the markers it can read (templates too).
                reporter.warn(unreadable.getMessage() + " The file is left as it is.");
                continue;
            }
            Splices s = splices.computeIfAbsent(abs, p -> new Splices(p, display(p), bytes,
                    StandardCharsets.ISO_8859_1));
            for (VersionMarkers.Edit e : edits) {
                if (!e.before().equals(e.after())) {
                    s.add(e.start(), e.end(), e.after(), new VersionEdit(abs, e.line(), e.before(),
                            e.after(), e.what()));
                }
            }
            reporter.debug(display(abs) + ": " + edits.size() + " version(s) at release-please"
                    + " markers");
        }
        unlisted.report(reporter);
    }

    /**
     * The POM side takes any Maven version token, so that the core can also move a reactor that
     * is not on Semantic Versioning yet; the goals insist on SemVer before they call in, and the
     * Python version files need it for their PEP 440 spelling.
     */
    private static String checkNewVersion(String text) {
        if (!MAVEN_VERSION.matcher(text).matches()) {
            throw new RefusalException("The new version '" + text + "' is not a version; pass one"
                    + " like -DnewVersion=1.4.0 or 1.5.0-SNAPSHOT.");
        }
        return text;
    }

    private void ownVersion(ReactorModule m, PomFile pom, String newVersion) {
        Element version = pom.own("version");
        if (version == null) {
            Element parentVersion = pom.parentChild("version");
            String parentKey = parentKey(pom);
            if (parentKey == null || !moving.contains(parentKey)) {
                Path reactorRoot = reactorAbove(pom);
                if (reactorRoot != null) {
                    throw new RefusalException(pom.displayName + ": " + m.key() + " is a module of"
                            + " the reactor in " + reactorRoot + ", which sets its version; run the"
                            + " goal from the reactor root (cd " + reactorRoot + ").");
                }
                throw new RefusalException(pom.displayName + ":"
                        + pom.tree.line(pom.parent != null ? pom.parent.tagStart : pom.project.tagStart)
                        + ": " + m.key() + " inherits its version from "
                        + (parentKey == null ? "nowhere" : "parent " + parentKey + ":"
                                + pom.text(parentVersion))
                        + ", which is not in the reactor; declare <version> in this POM.");
            }
            String parentTarget = perModule == null ? newVersion
                    : perModule.newVersions().get(parentKey);
            if (!newVersion.equals(parentTarget)) {
                throw new RefusalException(pom.displayName + ":"
                        + pom.tree.line(pom.parent.tagStart) + ": " + m.key() + " inherits its"
                        + " version from parent " + parentKey + ", which moves to " + parentTarget
                        + ", not " + newVersion + "; declare <version> in this POM, or put both"
                        + " in one component.");
            }
            return;
        }
        Value v = readable(pom, version);
        if (v.isExpression()) {
            expression(m, pom, v, newVersion);
        } else if (v.text().equals(m.version())) {
            edit(pom, v, newVersion, "project/version");
        } else {
            throw new RefusalException(pom.displayName + ":" + v.line() + ": <version>" + v.text()
                    + "</version> is not the version " + m.version() + " the build sees; a -D on"
                    + " the command line may override it.");
        }
    }

    /**
     * The folder of the aggregator above a POM that lists it as a module (through the parent's
     * relativePath, default {@code ../pom.xml}), or null: a goal started in a module's folder.
     */
    private Path reactorAbove(PomFile pom) {
        if (pom.parent == null) {
            return null;
        }
        String relative = pom.text(pom.parentChild("relativePath"));
        Path candidate = pom.path.getParent().resolve(relative == null ? "../pom.xml" : relative)
                .normalize();
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("pom.xml");
        }
        if (!Files.isRegularFile(candidate)) {
            return null;
        }
        try {
            PomFile above = PomFile.read(candidate, candidate.toString());
            Path moduleDir = pom.path.getParent().toAbsolutePath().normalize();
            for (String list : List.of("modules", "subprojects")) {
                Element modules = above.project.child(list);
                if (modules == null) {
                    continue;
                }
                for (Element module : modules.children) {
                    String name = above.text(module);
                    if (name != null && candidate.getParent().resolve(name).toAbsolutePath()
                            .normalize().equals(moduleDir)) {
                        return candidate.getParent().toAbsolutePath().normalize();
                    }
                }
            }
        } catch (IOException | RefusalException e) {
            reporter.debug("Cannot read " + candidate + ": " + e.getMessage());
        }
        return null;
    }

    /**
     * The {@code <parent><version>} of a POM as a literal, or null when there is none or when it
     * is an expression, which follows its properties (said at DEBUG).
     */
    private Value literalParentVersion(PomFile pom) {
        Element version = pom.parentChild("version");
        if (version == null) {
            return null;
        }
        Value v = readable(pom, version);
        if (v.isExpression()) {
            reporter.debug(pom.displayName + ":" + v.line() + ": parent/version " + v.text()
                    + " follows its properties");
            return null;
        }
        return v;
    }

    /**
     * The literal {@code <parent><version>} of a POM whose parent is one of {@code modules}
     * ({@code groupId:artifactId}); null otherwise (see {@link #literalParentVersion}).
     */
    private Value parentVersionOf(PomFile pom, Set<String> modules) {
        String parentKey = parentKey(pom);
        if (parentKey == null || !modules.contains(parentKey)) {
            return null;
        }
        return literalParentVersion(pom);
    }

    private void parentVersion(PomFile pom, String oldVersion, String newVersion) {
        Value v = parentVersionOf(pom, moving);
        if (v == null) {
            return;
        }
        if (v.text().equals(oldVersion)) {
            edit(pom, v, newVersion, "parent/version");
        } else {
            reporter.warn(pom.displayName + ":" + v.line() + ": parent " + parentKey(pom)
                    + " is at " + oldVersion + " but <parent><version> says " + v.text()
                    + "; left as it is");
        }
    }

    /**
     * A reference (dependency, plugin, ...) of a POM to a module of the reactor.
     *
     * @param index its place in {@link PomFile#references}
     * @param key the module's {@code groupId:artifactId}
     * @param value its version as written
     * @param what how messages name it, e.g. {@code dependency com.example:lib}
     */
    private record VersionReference(int index, String key, Value value, String what) {
    }

    /**
     * The references of {@code pom} with a version to one of {@code modules}
     * ({@code groupId:artifactId}), in the POM's order.
     *
     * @param howToWrite how the refusal of a version that cannot be changed safely says to write
     *     it instead, after {@code write it as plain text or }
     * @throws RefusalException at the first such version, naming its file and line
     */
    private List<VersionReference> versionReferences(ReactorModule m, PomFile pom,
            Set<String> modules, String howToWrite) {
        List<VersionReference> found = new ArrayList<>();
        for (int i = 0; i < pom.references.size(); i++) {
            Reference r = pom.references.get(i);
            if (r.version() == null) {
                continue;
            }
            String key = referenceKey(m, pom, r);
            if (!modules.contains(key)) {
                continue;
            }
            Value v = pom.value(r.version());
            String what = r.holder().name + " " + key;
            if (!v.readable()) {
                throw new RefusalException(pom.displayName + ":" + v.line() + ": the version of "
                        + what + " cannot be changed safely: " + v.problem()
                        + "; write it as plain text or " + howToWrite + ".");
            }
            found.add(new VersionReference(i, key, v, what));
        }
        return found;
    }

    private void references(ReactorModule m, PomFile pom, String oldVersion, String newVersion) {
        for (VersionReference ref : versionReferences(m, pom, moving, "${project.version}")) {
            Value v = ref.value();
            String what = ref.what();
            if (v.isExpression()) {
                continue;
            }
            if (v.text().equals(oldVersion)) {
                edit(pom, v, newVersion, what);
            } else {
                reporter.warn(pom.displayName + ":" + v.line() + ": " + what + " stays at "
                        + v.text() + " (the reactor is at " + oldVersion + ")");
            }
        }
    }

    /** The {@code groupId:artifactId} a dependency, plugin or extension names. */
    private static String referenceKey(ReactorModule m, PomFile pom, Reference r) {
        String artifactId = pom.text(r.artifactId());
        String groupId = r.groupId() == null
                ? ("plugin".equals(r.holder().name) ? "org.apache.maven.plugins" : null)
                : pom.text(r.groupId());
        if (groupId != null) {
            groupId = groupId.replace("${project.groupId}", m.groupId())
                    .replace("${pom.groupId}", m.groupId());
            String parentGroup = pom.text(pom.parentChild("groupId"));
            if (parentGroup != null) {
                groupId = groupId.replace("${project.parent.groupId}", parentGroup);
            }
        }
        return groupId + ":" + artifactId;
    }

    /** A version made of properties: change the properties so that it becomes the new version. */
    private void expression(ReactorModule m, PomFile pom, Value v, String newVersion) {
        List<Object> parts = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(v.text());
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(v.text().substring(at, matcher.start()));
            }
            parts.add(new Variable(matcher.group(1)));
            at = matcher.end();
        }
        if (at < v.text().length()) {
            parts.add(v.text().substring(at));
        }
        Map<String, Definition> defs = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Variable var) {
                Definition d = lookup(pom, var.name(), new HashSet<>());
                if (d == null) {
                    throw new RefusalException(pom.displayName + ":" + v.line() + ": <version>"
                            + v.text() + "</version> uses ${" + var.name() + "}, which no POM of the"
                            + " reactor and no .mvn/maven.config defines; define it there or write"
                            + " the version literally.");
                }
                defs.put(var.name(), d);
            }
        }
        for (Object p : parts) {
            if (p instanceof String s && s.contains("${")) {
                throw new RefusalException(pom.displayName + ":" + v.line() + ": <version>"
                        + v.text() + "</version> has an expression set-version cannot read.");
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        defs.forEach((k, d) -> current.put(k, d.value()));
        String evaluated = evaluate(parts, current);
        if (!evaluated.equals(m.version())) {
            throw new RefusalException(pom.displayName + ":" + v.line() + ": <version>" + v.text()
                    + "</version> gives " + evaluated + " from its properties, but the build sees "
                    + m.version() + "; remove the -D that overrides them on the command line.");
        }
        Map<String, String> solved = solve(parts, current, newVersion);
        if (solved == null) {
            throw new RefusalException(pom.displayName + ":" + v.line() + ": no values of "
                    + String.join(", ", defs.keySet()) + " make <version>" + v.text()
                    + "</version> equal " + newVersion + " while keeping the others; change the"
                    + " template or set the properties by hand.");
        }
        for (Map.Entry<String, String> e : solved.entrySet()) {
            Definition d = defs.get(e.getKey());
            if (!e.getValue().equals(d.value())) {
                d.change(e.getValue());
            }
        }
    }

    /** A {@code ${name}} in a version template. */
    record Variable(String name) {
    }

    private static String evaluate(List<Object> parts, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Object p : parts) {
            out.append(p instanceof Variable v ? values.get(v.name()) : (String) p);
        }
        return out.toString();
    }

    /**
     * Values for the properties so that the template gives {@code target}. One property (revision
     * if present, else the first) takes the main part; the others keep their values, except a
     * trailing {@code changelist} that is empty or {@code -SNAPSHOT}, which follows whether the
     * target is a snapshot (the Maven CI-friendly habit).
     */
    static Map<String, String> solve(List<Object> parts, Map<String, String> current, String target) {
        String solveFor = current.containsKey("revision") ? "revision"
                : current.keySet().iterator().next();
        Map<String, String> withChangelist = new LinkedHashMap<>(current);
        Object last = parts.get(parts.size() - 1);
        String changelist = current.get("changelist");
        if (last instanceof Variable v && v.name().equals("changelist") && !solveFor.equals("changelist")
                && ("".equals(changelist) || "-SNAPSHOT".equals(changelist))) {
            withChangelist.put("changelist", target.endsWith("-SNAPSHOT") ? "-SNAPSHOT" : "");
        }
        for (Map<String, String> attempt : List.of(withChangelist, current)) {
            Map<String, String> values = new LinkedHashMap<>(attempt);
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            boolean seen = false;
            int occurrences = 0;
            for (Object p : parts) {
                if (p instanceof Variable v && v.name().equals(solveFor)) {
                    seen = true;
                    occurrences++;
                    continue;
                }
                String text = p instanceof Variable v ? values.get(v.name()) : (String) p;
                (seen ? suffix : prefix).append(text);
            }
            if (occurrences != 1 || target.length() <= prefix.length() + suffix.length()
                    || !target.startsWith(prefix.toString()) || !target.endsWith(suffix.toString())) {
                continue;
            }
            values.put(solveFor, target.substring(prefix.length(), target.length() - suffix.length()));
            if (evaluate(parts, values).equals(target)) {
                return values;
            }
        }
        return null;
    }

    /** Where a property is defined: {@code .mvn/maven.config} wins, then the POM, then its parents. */
    private Definition lookup(PomFile pom, String name, Set<Path> seen) {
        if (mavenConfig != null) {
            MavenConfig.Definition d = mavenConfig.get(name);
            if (d != null) {
                return new Definition(name, d.value(), null, null, d);
            }
        }
        if (!seen.add(pom.path)) {
            return null;
        }
        Element property = pom.properties.get(name);
        if (property != null) {
            Value v = pom.value(property);
            if (!v.readable()) {
                throw new RefusalException(pom.displayName + ":" + v.line() + ": property " + name
                        + " cannot be changed safely: " + v.problem() + "; write it as plain text.");
            }
            if (v.isExpression()) {
                throw new RefusalException(pom.displayName + ":" + v.line() + ": property " + name
                        + " is itself an expression (" + v.text() + "); write a literal value.");
            }
            return new Definition(name, v.text(), pom, v, null);
        }
        String parentKey = parentKey(pom);
        if (parentKey != null && pomByKey.containsKey(parentKey)) {
            return lookup(pomByKey.get(parentKey), name, seen);
        }
        return null;
    }

    /** A property definition that can be changed in place. */
    private final class Definition {
        private final String name;
        private final String value;
        private final PomFile pom;
        private final Value pomValue;
        private final MavenConfig.Definition config;

        Definition(String name, String value, PomFile pom, Value pomValue,
                MavenConfig.Definition config) {
            this.name = name;
            this.value = value;
            this.pom = pom;
            this.pomValue = pomValue;
            this.config = config;
        }

        String value() {
            return value;
        }

        void change(String newValue) {
            if (pom != null) {
                edit(pom, pomValue, newValue, "property " + name);
                return;
            }
            Splices s = splices.computeIfAbsent(mavenConfig.path, p -> new Splices(p, display(p),
                    mavenConfig.bytes, StandardCharsets.UTF_8));
            s.add(config.start(), config.end(), newValue, new VersionEdit(mavenConfig.path,
                    config.line(), value, newValue, "-D" + name + " in .mvn/maven.config"));
        }
    }

    private Value readable(PomFile pom, Element element) {
        Value v = pom.value(element);
        if (!v.readable()) {
            throw new RefusalException(pom.displayName + ":" + v.line() + ": " + element.path()
                    + " cannot be changed safely: " + v.problem() + "; write the version as plain"
                    + " text.");
        }
        return v;
    }

    private void edit(PomFile pom, Value v, String newText, String what) {
        Splices s = splices.computeIfAbsent(pom.path, p -> new Splices(p, pom.displayName,
                pom.tree.bytes, pom.tree.charset));
        s.add(v.start(), v.end(), pom.replacement(v, newText),
                new VersionEdit(pom.path, v.line(), v.text(), newText, what));
    }

    private String parentKey(PomFile pom) {
        if (pom.parent == null) {
            return null;
        }
        return pom.text(pom.parentChild("groupId")) + ":" + pom.text(pom.parentChild("artifactId"));
    }

    /** The POM to edit at {@code pom}: parsed by the reader, or read now. */
    private PomFile read(Path pom) throws IOException {
        Path target = ProjectPaths.editTarget(root, pom, display(pom));
        PomFile file = target.equals(pom) ? parsed.get(pom, display(pom)) : null;
        return file != null ? file : PomFile.read(target, display(pom));
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
