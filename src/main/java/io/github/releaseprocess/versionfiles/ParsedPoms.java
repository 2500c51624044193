package io.github.releaseprocess.versionfiles;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The POMs {@link ReactorReader#walk} parsed, handed to {@link VersionSetter} so that a
 * {@code set-version -N} on a large reactor parses each POM once, not twice. Only for one goal
 * run: a POM is not read again, so it must not change in between.
 */
public final class ParsedPoms {

    private final Map<Path, PomFile> poms = new HashMap<>();

    void put(PomFile pom) {
        poms.put(pom.path.toAbsolutePath().normalize(), pom);
    }

    /** The POM parsed at {@code path} under {@code displayName}, or null. */
    PomFile get(Path path, String displayName) {
        PomFile pom = poms.get(path.toAbsolutePath().normalize());
        return pom != null && pom.displayName.equals(displayName) ? pom : null;
    }
}
