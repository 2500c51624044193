package io.github.releaseprocess.commits;

import io.github.releaseprocess.core.EnumIds;
import io.github.releaseprocess.core.RefusalException;

/**
 * A named rule set that imitates how another release tool turns commits into versions, so a team
 * moving from it gets the versions it is used to. {@link VersioningPolicy#builder(Preset)} starts
 * from one; the user's settings refine it. {@code docs/presets.md} has the table of differences.
 */
public enum Preset {
    /** Conventional Commits 1.0.0 as the specification reads; the default. */
    CONVENTIONALCOMMITS,
    /** semantic-release with its default commit-analyzer rules and Angular preset. */
    SEMANTIC_RELEASE,
    /** release-please's default (node/simple) strategy. */
    RELEASE_PLEASE,
    /** release-please's java, maven and java-yoshi strategies. */
    RELEASE_PLEASE_JAVA,
    /** python-semantic-release with its conventional commit parser. */
    PYTHON_SEMANTIC_RELEASE,
    /** commitizen with {@code cz_conventional_commits}. */
    COMMITIZEN;

    /** The name users write in {@code <preset>}. */
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * The preset with this id (any case, surrounding blanks ignored).
     *
     * @throws RefusalException naming the valid ids when there is none
     */
    public static Preset byId(String id) {
        return EnumIds.find(Preset.class, id).orElseThrow(() -> new RefusalException(
                "Unknown preset '" + id + "' in <preset> (-Drelease-process.preset): use one of "
                        + EnumIds.ids(Preset.class) + "."));
    }

    @Override
    public String toString() {
        return id();
    }
}
