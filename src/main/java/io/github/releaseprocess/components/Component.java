package io.github.releaseprocess.components;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.TagFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A part of a repository released with a version of its own ({@code <components><component>}).
 *
 * @param id the name in tags, logs and {@code -Drelease-process.component}; letters, digits,
 *     '.', '_' and '-'
 * @param path its folder relative to the repository root, '/'-separated; empty for the root
 * @param paths further folders or files that belong to it (shared folders)
 * @param excludePaths folders or files under its paths that do not belong to it
 * @param tagFormat its release tags, default {@code @{component}-v@{version}}
 * @param changelog its changelog relative to the repository root, default
 *     {@code <path>/CHANGELOG.md}
 */
public record Component(String id, String path, List<String> paths, List<String> excludePaths,
        String tagFormat, String changelog) {

    /** The id of the component that owns what no other component owns, when configured. */
    public static final String ROOT = "root";

    public Component {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new RefusalException("<component><id>" + id + "</id> is not a component id:"
                    + " use letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        path = normalize(path == null ? "" : path);
        paths = normalizeAll(paths);
        excludePaths = normalizeAll(excludePaths);
        tagFormat = tagFormat == null || tagFormat.isBlank() ? TagFormat.COMPONENT_DEFAULT
                : tagFormat.trim();
        changelog = changelog == null || changelog.isBlank()
                ? (path.isEmpty() ? "CHANGELOG.md" : path + "/CHANGELOG.md")
                : normalize(changelog);
    }

    /** A component in a folder, with every default. */
    public static Component of(String id, String path) {
        return new Component(id, path, List.of(), List.of(), null, null);
    }

    /** Its path and extra paths. */
    public List<String> allPaths() {
        List<String> out = new ArrayList<>();
        out.add(path);
        out.addAll(paths);
        return out;
    }

    /**
     * The tag format with this component's id in place of {@code @{component}}; reading tags, a
     * {@code v} right before the version is optional, as release-please reads them.
     */
    public TagFormat resolvedTagFormat() {
        return TagFormat.of(tagFormat, null, id).withOptionalV();
    }

    /** The folder as users write it: {@code .} for the root. */
    public String displayPath() {
        return path.isEmpty() ? "." : path;
    }

    /**
     * A path relative to the repository root, '/'-separated, without {@code ./}, a leading or a
     * trailing '/'; {@code .} is the root (empty).
     */
    static String normalize(String raw) {
        String p = raw.trim().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals(".")) {
            p = "";
        }
        for (String part : p.split("/", -1)) {
            if (part.equals("..")) {
                throw new RefusalException("'" + raw + "' leaves the repository: component paths"
                        + " are folders relative to the repository root, without '..'");
            }
        }
        return p;
    }

    private static List<String> normalizeAll(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String p : raw) {
                if (p != null && !p.isBlank()) {
                    out.add(normalize(p));
                }
            }
        }
        return List.copyOf(out);
    }
}
