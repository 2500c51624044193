package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import java.util.ArrayList;
import java.util.List;

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

    /** The core's version files for a {@code <versionFiles>} list (null: none). */
    static List<VersionFile> toVersionFiles(List<VersionFileSpec> specs) {
        List<VersionFile> files = new ArrayList<>();
        if (specs != null) {
            for (VersionFileSpec spec : specs) {
                if (spec.path() == null || spec.path().isBlank()) {
                    throw new RefusalException("A <versionFile> in the configuration of "
                            + "release-process-maven-plugin has no path; write"
                            + " <versionFile>pyproject.toml</versionFile> or give it a <path>.");
                }
                files.add(spec.toVersionFile());
            }
        }
        return files;
    }

    VersionFile toVersionFile() {
        return new VersionFile(path.trim(), key == null || key.isBlank() ? null : key.trim());
    }

    @Override
    public String toString() {
        return key == null ? String.valueOf(path) : path + " (key " + key + ")";
    }
}
