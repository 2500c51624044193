package io.github.releaseprocess.maven;

import io.github.releaseprocess.versionfiles.VersionFile;

/**
 * One {@code <versionFile>} of the POM configuration: either just a path as text,
 * {@code <versionFile>pyproject.toml</versionFile>}, or {@code <path>} with an optional
 * {@code <key>} for a {@code .properties} file.
 */
public class VersionFileSpec {

    /** The file, relative to the execution root. */
    private String path;

    /** The property key, for {@code .properties} files only. */
    private String key;

    /** Maven calls this for the short form {@code <versionFile>path</versionFile>}. */
    public void set(String value) {
        this.path = value;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public void setKey(String key) {
        this.key = key;
    }

    String path() {
        return path;
    }

    VersionFile toVersionFile() {
        return new VersionFile(path.trim(), key == null || key.isBlank() ? null : key.trim());
    }

    @Override
    public String toString() {
        return key == null ? String.valueOf(path) : path + " (key " + key + ")";
    }
}
