package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.versionfiles.XmlTree.Element;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in the raw POMs of a reactor, every place where one module names another: parents,
 * dependencies, managed dependencies and imported BOMs, plugins, managed plugins and extensions,
 * with the property that holds the version when there is one. Reads the POM text (no Maven
 * model), resolving {@code ${...}} in coordinates from {@code project.*}, the properties up the
 * parent chain inside the reactor and {@code .mvn/maven.config}.
 */
public final class ReactorReferences {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)\\}");
    private static final Pattern SINGLE_EXPRESSION = Pattern.compile("\\$\\{([^}]+)\\}");
    private static final String DEFAULT_PLUGIN_GROUP = "org.apache.maven.plugins";

    private final Path root;
    private final MavenConfig config;
    private final Map<String, PomFile> byKey = new LinkedHashMap<>();
    private final Map<String, ReactorModule> modules = new LinkedHashMap<>();

    private ReactorReferences(Path root, MavenConfig config) {
        this.root = root;
        this.config = config;
    }

    /**
     * Every reference from a module of {@code modules} to another module of the same list, in
     * module order, then document order.
     *
     * @param root the reactor's root folder (where {@code .mvn/} is)
     */
    public static List<ModuleReference> read(Path root, List<ReactorModule> modules)
            throws IOException {
        ReactorReferences reader = new ReactorReferences(root, MavenConfig.read(root));
        for (ReactorModule m : modules) {
            reader.modules.put(m.key(), m);
            reader.byKey.put(m.key(), PomFile.read(m.pom(), reader.display(m.pom())));
        }
        List<ModuleReference> out = new ArrayList<>();
        for (ReactorModule m : modules) {
            reader.collect(m, reader.byKey.get(m.key()), out);
        }
        return out;
    }

    /** True when the POM declares a {@code <version>} of its own (not only its parent's). */
    public static boolean declaresVersion(Path pom) throws IOException {
        PomFile file = PomFile.read(pom, pom.toString());
        return file.own("version") != null;
    }

    private String display(Path pom) {
        Path abs = pom.toAbsolutePath().normalize();
        Path top = root.toAbsolutePath().normalize();
        return abs.startsWith(top) ? top.relativize(abs).toString().replace('\\', '/')
                : abs.toString();
    }

    private void collect(ReactorModule module, PomFile file, List<ModuleReference> out) {
        if (file.parent != null) {
            add(module, file, ModuleReference.Kind.PARENT, file.parent.child("groupId"),
                    file.parent.child("artifactId"), file.parent.child("version"), file.parent,
                    out);
        }
        for (PomFile.Reference r : file.references) {
            add(module, file, kindOf(file, r.holder()), r.groupId(), r.artifactId(), r.version(),
                    r.holder(), out);
        }
    }

    private void add(ReactorModule module, PomFile file, ModuleReference.Kind kind,
            Element groupId, Element artifactId, Element version, Element holder,
            List<ModuleReference> out) {
        String artifact = resolve(module, file, file.text(artifactId));
        String group = groupId == null
                ? (kind == ModuleReference.Kind.PLUGIN || kind == ModuleReference.Kind.MANAGED_PLUGIN
                        ? DEFAULT_PLUGIN_GROUP : null)
                : resolve(module, file, file.text(groupId));
        if (artifact == null || group == null) {
            return;
        }
        String target = group + ":" + artifact;
        if (!modules.containsKey(target) || target.equals(module.key())) {
            return;
        }
        String versionText = file.text(version);
        int line = version != null ? file.tree.line(version.contentStart)
                : file.tree.line(holder.tagStart);
        Optional<ModuleReference.PropertyLocation> property = Optional.empty();
        if (versionText != null) {
            Matcher single = SINGLE_EXPRESSION.matcher(versionText);
            if (single.matches()) {
                property = definition(file, single.group(1));
            }
        }
        out.add(new ModuleReference(file.path, file.displayName, kind, module.key(), target,
                versionText, line, property));
    }

    private static ModuleReference.Kind kindOf(PomFile file, Element holder) {
        Element list = holder.parent;
        Element above = list == null ? null : list.parent;
        String aboveName = above == null ? "" : above.name;
        switch (holder.name) {
            case "extension":
                return ModuleReference.Kind.EXTENSION;
            case "plugin":
                return "pluginManagement".equals(aboveName) ? ModuleReference.Kind.MANAGED_PLUGIN
                        : ModuleReference.Kind.PLUGIN;
            default:
                if ("dependencyManagement".equals(aboveName)) {
                    boolean imported = "import".equals(file.text(holder.child("scope")));
                    return imported ? ModuleReference.Kind.IMPORTED_BOM
                            : ModuleReference.Kind.MANAGED_DEPENDENCY;
                }
                return ModuleReference.Kind.DEPENDENCY;
        }
    }

    /** Where property {@code name} is defined for {@code file}: maven.config, the POM, its parents. */
    private Optional<ModuleReference.PropertyLocation> definition(PomFile file, String name) {
        MavenConfig.Definition d = config == null ? null : config.definitions.get(name);
        if (d != null) {
            return Optional.of(new ModuleReference.PropertyLocation(name,
                    root.resolve(".mvn/maven.config"), ".mvn/maven.config", d.line(), d.value()));
        }
        PomFile current = file;
        for (int i = 0; current != null && i < 50; i++) {
            Element p = current.properties.get(name);
            if (p != null) {
                return Optional.of(new ModuleReference.PropertyLocation(name, current.path,
                        current.displayName, current.tree.line(p.contentStart), current.text(p)));
            }
            current = parentOf(current);
        }
        return Optional.empty();
    }

    private PomFile parentOf(PomFile file) {
        if (file.parent == null) {
            return null;
        }
        String key = file.text(file.parent.child("groupId")) + ":"
                + file.text(file.parent.child("artifactId"));
        return byKey.get(key);
    }

    /** The text with {@code ${...}} resolved where it can be; null stays null. */
    private String resolve(ReactorModule module, PomFile file, String text) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(module, file, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(ReactorModule module, PomFile file, String name) {
        switch (name) {
            case "project.groupId":
            case "pom.groupId":
                return module.groupId();
            case "project.artifactId":
                return module.artifactId();
            case "project.version":
            case "pom.version":
                return module.version();
            case "project.parent.groupId":
                return file.parent == null ? null : file.text(file.parent.child("groupId"));
            case "project.parent.version":
                return file.parent == null ? null : file.text(file.parent.child("version"));
            default:
                return definition(file, name).map(ModuleReference.PropertyLocation::value)
                        .orElse(null);
        }
    }
}
