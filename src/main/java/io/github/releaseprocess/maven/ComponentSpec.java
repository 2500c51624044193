package io.github.releaseprocess.maven;

import io.github.releaseprocess.components.Component;
import java.util.List;

/**
 * One {@code <component>} of {@code <components>} as Maven fills it from the POM; see
 * {@link Component} for the meaning and the defaults.
 */
public class ComponentSpec {
    /** The component's name in tags, logs and {@code -Drelease-process.component}. */
    String id;
    /** Its folder relative to the repository root ({@code .} for the root). */
    String path;
    /** Further folders or files that belong to it. */
    List<String> paths;
    /** Folders or files under its paths that do not belong to it. */
    List<String> excludePaths;
    /** Its release tags; default {@code @{component}-v@{version}}. */
    String tagFormat;
    /** Its changelog relative to the repository root; default {@code <path>/CHANGELOG.md}. */
    String changelog;

    Component toComponent() {
        if (id == null || id.isBlank()) {
            throw new io.github.releaseprocess.core.RefusalException("A <component> has no <id>;"
                    + " give each component a name, e.g. <id>gax</id>");
        }
        return new Component(id.trim(), path, paths, excludePaths, tagFormat, changelog);
    }
}
