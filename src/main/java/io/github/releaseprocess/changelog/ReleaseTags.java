package io.github.releaseprocess.changelog;

import io.github.releaseprocess.semver.Version;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The release tags of the repository, as the history package reads them through the project's
 * {@code tagFormat}: the version of each tag and its name, and how a version's tag is named. The
 * validator cross-checks them against the released versions; it needs no git access itself.
 */
public final class ReleaseTags {

    private final Map<Version, String> tagByVersion;
    private final Function<Version, String> tagFor;

    private ReleaseTags(Map<Version, String> tagByVersion, Function<Version, String> tagFor) {
        this.tagByVersion = new TreeMap<>(tagByVersion);
        this.tagFor = Objects.requireNonNull(tagFor, "tagFor");
    }

    /**
     * @param tagByVersion every release tag's version and name
     * @param tagFor the tag name a version would have (for messages), e.g. {@code v1.2.3}
     */
    public static ReleaseTags of(Map<Version, String> tagByVersion, Function<Version, String> tagFor) {
        return new ReleaseTags(tagByVersion, tagFor);
    }

    /** Tag names in {@code v@{version}} style, e.g. {@code ReleaseTags.of(tags, "v@{version}")}. */
    public static ReleaseTags of(Map<Version, String> tagByVersion, String tagFormat) {
        return new ReleaseTags(tagByVersion, v -> tagFormat.replace("@{version}", v.toString()));
    }

    /** Versions with a tag, in ascending precedence. */
    public Map<Version, String> tagByVersion() {
        return java.util.Collections.unmodifiableMap(tagByVersion);
    }

    public boolean hasTag(Version version) {
        return tagByVersion.containsKey(version);
    }

    public String tagFor(Version version) {
        return tagFor.apply(version);
    }
}
