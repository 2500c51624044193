package io.github.releaseprocess.adopt;

import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.history.TagFormatDetector;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.ReactorModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The components a repository already releases, read from its tags: several tag shapes released
 * together on one commit ({@code v2.67.0}, {@code gax/v2.75.0}, {@code api-common/v2.58.0} on
 * googleapis/sdk-platform-java's release commits), each shape but the main one named after a
 * reactor module ({@code gax}), are components in one unlinked group, as the monorepo guide
 * configures them. A single version for such a repository is refused at the release (its
 * components' modules keep SNAPSHOT versions of their own).
 *
 * @param components the main shape first (path {@code .}), then one per other shape
 * @param group the group's id, {@value #GROUP}
 * @param why the evidence, one sentence
 */
record ComponentLayout(List<Adoption.Component> components, String group, String why) {

    /** The id of the group of components released on one commit. */
    static final String GROUP = "released-together";

    /** A prefix ending in a separator and an optional {@code v}: {@code gax/v}, {@code lib-}. */
    private static final Pattern COMPONENT_PREFIX = Pattern.compile("(.+?)[/_-]v?");

    /**
     * The layout, or empty when the tags show one version line (or shapes that are not
     * released together, or whose names match no module).
     *
     * @param mainPattern the tag format of the most recent releases ({@link TagFormatDetector})
     * @param tagCommits tag name → the commit it points at
     * @param modules the reactor's modules, the root first
     * @param root the repository's root folder
     * @param versionsTxt the text of {@code versions.txt}, or null
     * @param changelogHead a component folder's {@code CHANGELOG.md} → its text, or null
     */
    static Optional<ComponentLayout> find(String mainPattern, Map<String, String> tagCommits,
            List<ReactorModule> modules, Path root, String versionsTxt,
            Function<String, String> changelogHead) {
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> shapes = TagFormatDetector.shapes(tagCommits.keySet());
        List<String> main = shapes.get(mainPattern);
        if (main == null) {
            return Optional.empty();
        }
        Set<String> mainCommits = new HashSet<>();
        main.forEach(t -> mainCommits.add(tagCommits.get(t)));
        Map<String, ReactorModule> byArtifactId = new LinkedHashMap<>();
        modules.forEach(m -> byArtifactId.putIfAbsent(m.artifactId(), m));
        List<Adoption.Component> others = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (Map.Entry<String, List<String>> shape : shapes.entrySet()) {
            List<String> tags = shape.getValue();
            if (shape.getKey().equals(mainPattern) || tags.size() < 2) {
                continue;
            }
            long together = tags.stream().filter(t -> mainCommits.contains(tagCommits.get(t)))
                    .count();
            String prefix = shape.getKey().substring(0, shape.getKey().indexOf(TagFormat.VERSION));
            Matcher named = COMPONENT_PREFIX.matcher(prefix);
            if (2 * together < tags.size() || !named.matches()
                    || !byArtifactId.containsKey(named.group(1))) {
                continue; // an old shape given up, or one that names no module
            }
            if (byArtifactId.get(named.group(1)) == modules.get(0)) {
                // The root's own name (commons-text's 'commons-text-1.14.0-RC1' beside
                // 'rel/commons-text-1.14.0'): the same release tagged twice, not a component.
                continue;
            }
            String id = named.group(1);
            String path = folder(byArtifactId.get(id), modules, root);
            Version newest = newest(tags, shape.getKey());
            others.add(new Adoption.Component(id, path, shape.getKey(), List.of(),
                    stale(changelogHead.apply(path + "/CHANGELOG.md"), newest)));
            evidence.add(shape.getKey() + " (" + together + " of " + tags.size() + ", module "
                    + id + " in " + path + ")");
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        ReactorModule rootModule = modules.get(0);
        Version mainNewest = newest(main, mainPattern);
        String mainId = versionsTxtRow(versionsTxt, mainNewest)
                .filter(id -> others.stream().noneMatch(c -> c.id().equals(id)))
                .orElse(rootModule.artifactId());
        // sdk-platform-java's root aggregator stays at 0.1.0-SNAPSHOT ("We do not release this
        // root pom"): it is not the main component's, or its release would release it.
        boolean rootBehind = Version.tryParse(rootModule.version().replace("-SNAPSHOT", ""))
                .map(v -> v.compareTo(mainNewest) <= 0).orElse(true);
        List<Adoption.Component> all = new ArrayList<>();
        all.add(new Adoption.Component(mainId, ".", mainPattern,
                rootBehind ? List.of("pom.xml") : List.of(), Optional.empty()));
        all.addAll(others);
        String why = "the tags of " + mainPattern + " share their release commits with "
                + String.join(", ", evidence) + ": one release commit, one tag per component,"
                + " as docs/guides/monorepo.md configures it"
                + (rootBehind ? "; the root pom.xml (" + rootModule.version() + ", not released"
                        + " with " + mainNewest + ") is left out of " + mainId : "");
        return Optional.of(new ComponentLayout(all, GROUP, why));
    }

    /**
     * The module's folder, or the highest folder above it whose POM has the same version
     * ({@code gax-java} for {@code gax-java/gax}); never the root.
     */
    private static String folder(ReactorModule module, List<ReactorModule> modules, Path root) {
        Map<Path, String> versionByFolder = new LinkedHashMap<>();
        modules.forEach(m -> versionByFolder.put(m.pom().toAbsolutePath().normalize().getParent(),
                m.version()));
        Path top = root.toAbsolutePath().normalize();
        Path folder = module.pom().toAbsolutePath().normalize().getParent();
        while (folder.getParent() != null && !folder.getParent().equals(top)
                && module.version().equals(versionByFolder.get(folder.getParent()))) {
            folder = folder.getParent();
        }
        return folder.equals(top) ? "." : top.relativize(folder).toString().replace('\\', '/');
    }

    private static Version newest(Collection<String> tags, String pattern) {
        TagFormat format = TagFormat.of(pattern, null);
        return tags.stream().map(format::versionOf).flatMap(Optional::stream)
                .max(Version::compareTo).orElseThrow();
    }

    /**
     * {@code none} for a component changelog that does not name the component's newest release:
     * sdk-platform-java's {@code gax-java/CHANGELOG.md} stops at 2.20.1, from before the
     * repositories were merged; release-please writes only the root one.
     */
    private static Optional<String> stale(String changelog, Version newest) {
        if (changelog == null || changelog.contains(newest.toString())) {
            return Optional.empty();
        }
        return Optional.of("none");
    }

    /** release-please's {@code versions.txt} row ({@code module:released:current}) of a version. */
    private static Optional<String> versionsTxtRow(String versionsTxt, Version released) {
        if (versionsTxt == null) {
            return Optional.empty();
        }
        for (String line : versionsTxt.split("\\R")) {
            String[] cells = line.strip().split(":");
            if (!line.startsWith("#") && cells.length == 3
                    && cells[1].equals(released.toString())) {
                return Optional.of(cells[0]);
            }
        }
        return Optional.empty();
    }
}
