package io.github.releaseprocess.commits;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.Locale;
import java.util.Optional;

/** What a commit asks of the next version: nothing, or a patch, minor or major increment. */
public enum Bump {
    NONE, PATCH, MINOR, MAJOR;

    /**
     * Parses {@code major}, {@code minor}, {@code patch} or {@code none} (any case, surrounding
     * blanks ignored).
     *
     * @throws RefusalException naming the bad value and the accepted ones
     */
    public static Bump parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "major":
                    return MAJOR;
                case "minor":
                    return MINOR;
                case "patch":
                    return PATCH;
                case "none":
                    return NONE;
                default:
                    break;
            }
        }
        throw new RefusalException("'" + text + "' is not a bump: use major, minor, patch or none");
    }

    /** The SemVer level this bump increments; empty for {@link #NONE}. */
    public Optional<Version.Level> level() {
        switch (this) {
            case MAJOR:
                return Optional.of(Version.Level.MAJOR);
            case MINOR:
                return Optional.of(Version.Level.MINOR);
            case PATCH:
                return Optional.of(Version.Level.PATCH);
            default:
                return Optional.empty();
        }
    }

    /** The larger of the two; {@code null} counts as {@link #NONE}. */
    public Bump max(Bump other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    /** True unless {@link #NONE}: the commit alone would make a release. */
    public boolean isReleasable() {
        return this != NONE;
    }

    /**
     * The lower-case name used in configuration and JSON output ({@code major}, … {@code none}).
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
