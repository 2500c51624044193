package io.github.releaseprocess.versionfiles;

import java.util.Objects;

/**
 * A file outside the POMs whose version moves with the project, as configured in
 * {@code <versionFiles>}. The kind follows from the file name: {@code pyproject.toml},
 * {@code package.json}, {@code setup.py} ({@code version=} or {@code __version__}),
 * {@code setup.cfg} ({@code [metadata] version}), {@code *.py} ({@code __version__}; any PEP 440
 * spelling of the current version), {@code *.properties} (needs {@code key}); any other file is searched for {@code release-process:version} markers.
 *
 * @param path the file, relative to the execution root (or absolute)
 * @param key the property key in a {@code .properties} file; null for the other kinds
 */
public record VersionFile(String path, String key) {

    public VersionFile {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("a version file needs a path");
        }
    }

    /** A version file without a key. */
    public static VersionFile of(String path) {
        return new VersionFile(path, null);
    }

    @Override
    public String toString() {
        return key == null ? path : path + " (key " + key + ")";
    }
}
