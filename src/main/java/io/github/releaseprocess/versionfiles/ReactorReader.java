package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.versionfiles.XmlTree.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reactor from its root POM without Maven: follows {@code <modules>} (and Maven 4
 * {@code <subprojects>}), fills in inherited groupIds and versions, and resolves {@code ${...}}
 * in versions from the user properties, {@code .mvn/maven.config} and the POM properties up the
 * parent chain (parents outside the reactor included, through {@code <relativePath>}). The Maven
 * goals get the reactor from Maven itself, except {@code set-version -N}, which walks the files
 * with {@link #walk} and asks Maven only for the modules of POMs whose profiles declare modules.
 * Without such a {@link EffectiveModules} profiles are not activated: given the module POMs Maven
 * collected for the session (with the modules of active profiles), it reads exactly those
 * instead of following {@code <modules>}.
 */
public final class ReactorReader {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)\\}");

    /**
     * The modules of a POM whose profiles declare modules, as the build sees them: the
     * {@code <module>} texts of its {@code <modules>} and of its active profiles.
     */
    @FunctionalInterface
    public interface EffectiveModules {
        /** The modules that {@code pom} lists once its active profiles are applied. */
        List<String> of(Path pom) throws IOException;
    }

    private final Path root;
    private final Map<Path, PomFile> poms = new LinkedHashMap<>();
    /** Parents read only for their properties: outside the reactor, reached by relativePath. */
    private final Map<Path, PomFile> outside = new LinkedHashMap<>();
    private final Map<String, String> userProperties;
    private final EffectiveModules effectiveModules;
    private MavenConfig config;

    private ReactorReader(Path root, Map<String, String> userProperties,
            EffectiveModules effectiveModules) {
        this.root = root;
        this.userProperties = userProperties;
        this.effectiveModules = effectiveModules;
    }

    /** The modules of the reactor whose root POM is {@code rootPom}, the root first. */
    public static List<ReactorModule> read(Path rootPom) throws IOException {
        return read(rootPom, List.of());
    }

    /**
     * The modules of a reactor as the build collected them: the POMs in {@code modulePoms} (the
     * root first, added when missing), or, when that list is empty, the POMs that
     * {@code <modules>} lead to from {@code rootPom}.
     */
    public static List<ReactorModule> read(Path rootPom, List<Path> modulePoms) throws IOException {
        Path pom = rootPom.toAbsolutePath().normalize();
        ReactorReader reader = new ReactorReader(pom.getParent(), Map.of(), null);
        List<Path> given = new ArrayList<>();
        for (Path module : modulePoms) {
            given.add(module.toAbsolutePath().normalize());
        }
        return reader.run(pom, given);
    }

    /**
     * The reactor a recursive build of {@code rootPom} collects, read from the files: the
     * {@code <modules>} of every POM, and for a POM whose profiles declare modules, the ones
     * {@code effectiveModules} says are active; versions resolved with the build's
     * {@code userProperties} (the {@code -D}s, which win over POM properties as in Maven).
     */
    public static List<ReactorModule> walk(Path rootPom, Map<String, String> userProperties,
            EffectiveModules effectiveModules) throws IOException {
        return walk(rootPom, userProperties, effectiveModules, new ParsedPoms());
    }

    /** {@link #walk(Path, Map, EffectiveModules)}, keeping the parsed POMs in {@code parsed}. */
    public static List<ReactorModule> walk(Path rootPom, Map<String, String> userProperties,
            EffectiveModules effectiveModules, ParsedPoms parsed) throws IOException {
        Path pom = rootPom.toAbsolutePath().normalize();
        ReactorReader reader = new ReactorReader(pom.getParent(), Map.copyOf(userProperties),
                Objects.requireNonNull(effectiveModules, "effectiveModules"));
        List<ReactorModule> modules = reader.run(pom, List.of());
        reader.poms.values().forEach(parsed::put);
        return modules;
    }

    private List<ReactorModule> run(Path rootPom, List<Path> given) throws IOException {
        config = MavenConfig.read(root);
        Deque<Path> queue = new ArrayDeque<>();
        queue.add(rootPom);
        queue.addAll(given);
        while (!queue.isEmpty()) {
            Path pom = queue.removeFirst();
            if (poms.containsKey(pom)) {
                continue;
            }
            PomFile file = PomFile.read(pom, root.relativize(pom).toString().replace('\\', '/'));
            poms.put(pom, file);
            if (!given.isEmpty()) {
                continue; // the build's own list, profiles included
            }
            if (effectiveModules != null && declaresProfileModules(file)) {
                for (String rel : effectiveModules.of(pom)) {
                    queue.add(modulePom(file, null, rel));
                }
                continue;
            }
            for (String list : List.of("modules", "subprojects")) {
                Element modules = file.project.child(list);
                if (modules == null) {
                    continue;
                }
                for (Element m : modules.children) {
                    String rel = file.text(m);
                    if (rel != null && !rel.isEmpty()) {
                        queue.add(modulePom(file, m, rel));
                    }
                }
            }
        }
        List<ReactorModule> out = new ArrayList<>();
        for (PomFile file : poms.values()) {
            String artifactId = file.text(file.own("artifactId"));
            String groupId = groupId(file);
            if (artifactId == null || groupId == null) {
                throw new RefusalException(file.displayName + ":" + file.tree.line(file.project.tagStart)
                        + ": the POM has no plain " + (artifactId == null ? "<artifactId>" : "<groupId>")
                        + " of its own or from its <parent>; add it.");
            }
            out.add(new ReactorModule(file.path, groupId, artifactId, version(file)));
        }
        return out;
    }

    /** Whether a profile of the POM lists modules, which only Maven knows to be active or not. */
    private static boolean declaresProfileModules(PomFile file) {
        Element profiles = file.project.child("profiles");
        if (profiles == null) {
            return false;
        }
        for (Element profile : profiles.children) {
            if (profile.child("modules") != null || profile.child("subprojects") != null) {
                return true;
            }
        }
        return false;
    }

    /** The POM a {@code <module>} text names; {@code element} (null: from a profile) for errors. */
    private Path modulePom(PomFile file, Element element, String rel) {
        Path target = file.path.getParent().resolve(rel).normalize();
        if (Files.isDirectory(target) || !target.getFileName().toString().endsWith(".xml")) {
            target = target.resolve("pom.xml");
        }
        if (!Files.isRegularFile(target)) {
            String where = element == null ? file.displayName
                    : file.displayName + ":" + file.tree.line(element.tagStart);
            String name = element == null ? "module" : element.name;
            throw new RefusalException(where + ": <" + name + ">" + rel + "</" + name
                    + "> has no POM at " + root.relativize(target) + "; fix the module path.");
        }
        return target;
    }

    private String groupId(PomFile file) {
        String own = file.text(file.own("groupId"));
        return own != null ? own : file.text(file.parentChild("groupId"));
    }

    private String version(PomFile file) throws IOException {
        String own = file.text(file.own("version"));
        if (own == null) {
            own = file.text(file.parentChild("version"));
        }
        if (own == null) {
            throw new RefusalException(file.displayName + ":" + file.tree.line(file.project.tagStart)
                    + ": the POM has no plain <version> of its own or in its <parent>; add it.");
        }
        Matcher m = EXPRESSION.matcher(own);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = property(file, m.group(1), 0);
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String property(PomFile file, String name, int depth) throws IOException {
        if (userProperties.containsKey(name)) {
            return userProperties.get(name);
        }
        if (config != null && config.definitions.containsKey(name)) {
            return config.definitions.get(name).value();
        }
        Element p = file.properties.get(name);
        if (p != null) {
            return file.text(p);
        }
        PomFile parent = parentOf(file);
        return parent == null || depth > 50 ? null : property(parent, name, depth + 1);
    }

    private PomFile parentOf(PomFile file) throws IOException {
        if (file.parent == null) {
            return null;
        }
        String rel = file.text(file.parentChild("relativePath"));
        Path target = file.path.getParent().resolve(rel == null ? "../pom.xml" : rel).normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("pom.xml");
        }
        PomFile parent = poms.get(target);
        if (parent == null) {
            parent = outside.get(target);
        }
        if (parent == null) {
            if (!Files.isRegularFile(target)) {
                return null;
            }
            parent = PomFile.read(target, root.relativize(target).toString());
            outside.put(target, parent);
        }
        String ga = file.text(file.parentChild("groupId")) + ":" + file.text(file.parentChild("artifactId"));
        return ga.equals(groupId(parent) + ":" + parent.text(parent.own("artifactId"))) ? parent : null;
    }
}
