package io.github.releaseprocess.commits;

import io.github.releaseprocess.core.RefusalException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named rule set that imitates how another release tool turns commits into versions, so a team
 * moving from it gets the versions it is used to. {@link VersioningPolicy#builder(Preset)} starts
 * from one; the user's settings refine it. {@code docs/presets.md} has the table of differences.
 */
public enum Preset {
    /** Conventional Commits 1.0.0 as the specification reads; the default. */
    CONVENTIONALCOMMITS("conventionalcommits"),
    /** semantic-release with its default commit-analyzer rules and Angular preset. */
    SEMANTIC_RELEASE("semantic-release"),
    /** release-please's default (node/simple) strategy. */
    RELEASE_PLEASE("release-please"),
    /** release-please's java, maven and java-yoshi strategies. */
    RELEASE_PLEASE_JAVA("release-please-java"),
    /** python-semantic-release with its conventional commit parser. */
    PYTHON_SEMANTIC_RELEASE("python-semantic-release"),
    /** commitizen with {@code cz_conventional_commits}. */
    COMMITIZEN("commitizen");

    private final String id;

    Preset(String id) {
        this.id = id;
    }

    /** The name users write in {@code <preset>}. */
    public String id() {
        return id;
    }

    /**
     * The preset with this id (any case, surrounding blanks ignored).
     *
     * @throws RefusalException naming the valid ids when there is none
     */
    public static Preset byId(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (Preset preset : values()) {
                if (preset.id.equals(wanted)) {
                    return preset;
                }
            }
        }
        throw new RefusalException("Unknown preset '" + id + "' in <preset>"
                + " (-Drelease-process.preset): use one of "
                + Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public String toString() {
        return id;
    }
}
