package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of release tag names, e.g. {@code v@{version}} or
 * {@code @{project.artifactId}-@{version}}. A tag is a release when it matches the shape and the
 * part in place of {@code @{version}} is a strict Semantic Version.
 */
public final class TagFormat {

    /** The placeholder for the version. */
    public static final String VERSION = "@{version}";
    /** The placeholder for the project's artifactId. */
    public static final String ARTIFACT_ID = "@{project.artifactId}";
    /** The placeholder for a monorepo component's id. */
    public static final String COMPONENT = "@{component}";
    /** The default of a monorepo component: {@code gax-v1.2.3}. */
    public static final String COMPONENT_DEFAULT = COMPONENT + "-v" + VERSION;
    /** The default, as most tools tag: {@code v1.2.3}. */
    public static final String DEFAULT = "v" + VERSION;

    private final String pattern;
    private final String prefix;
    private final String suffix;
    private final Pattern matcher;

    private TagFormat(String pattern, String prefix, String suffix) {
        this(pattern, prefix, suffix, false);
    }

    private TagFormat(String pattern, String prefix, String suffix, boolean optionalV) {
        this.pattern = pattern;
        this.prefix = prefix;
        this.suffix = suffix;
        this.matcher = optionalV
                ? Pattern.compile(Pattern.quote(prefix.substring(0, prefix.length() - 1)) + "v?(.+)"
                        + Pattern.quote(suffix))
                : Pattern.compile(Pattern.quote(prefix) + "(.+)" + Pattern.quote(suffix));
    }

    /**
     * This format, reading tags as release-please does: when a {@code v} comes right before
     * {@code @{version}}, a tag without it is a release too ({@code gax/2.73.0} in the format
     * {@code gax/v@{version}}). New tags are still written with the {@code v}.
     */
    public TagFormat withOptionalV() {
        if (!prefix.endsWith("v")) {
            return this;
        }
        return new TagFormat(pattern, prefix, suffix, true);
    }

    /**
     * The format for a project.
     *
     * @param pattern the {@code tagFormat} setting; must contain {@code @{version}} once
     * @param artifactId substituted for {@code @{project.artifactId}}; may be null when the
     *     pattern does not use it
     * @throws RefusalException when the pattern cannot name releases
     */
    public static TagFormat of(String pattern, String artifactId) {
        return of(pattern, artifactId, null);
    }

    /**
     * The format for a component of a monorepo.
     *
     * @param component substituted for {@code @{component}}; null when there are no components,
     *     where the placeholder is refused
     * @throws RefusalException when the pattern cannot name releases
     */
    public static TagFormat of(String pattern, String artifactId, String component) {
        Objects.requireNonNull(pattern, "tagFormat");
        String resolved = pattern;
        if (resolved.contains(COMPONENT)) {
            if (component == null || component.isEmpty()) {
                throw new RefusalException("<tagFormat>" + pattern + "</tagFormat> uses "
                        + COMPONENT + " but no <components> are configured; configure them (see"
                        + " docs/guides/monorepo.md) or write the tag format without it");
            }
            resolved = resolved.replace(COMPONENT, component);
        }
        if (resolved.contains(ARTIFACT_ID)) {
            if (artifactId == null || artifactId.isEmpty()) {
                throw new RefusalException("<tagFormat>" + pattern + "</tagFormat> uses "
                        + ARTIFACT_ID + " but there is no project here; run in the project folder"
                        + " or set -Drelease-process.tagFormat without it");
            }
            resolved = resolved.replace(ARTIFACT_ID, artifactId);
        }
        int at = resolved.indexOf(VERSION);
        if (at < 0 || resolved.indexOf(VERSION, at + 1) >= 0) {
            throw new RefusalException("<tagFormat>" + pattern + "</tagFormat> must contain "
                    + VERSION + " exactly once, e.g. v@{version}");
        }
        String prefix = resolved.substring(0, at);
        String suffix = resolved.substring(at + VERSION.length());
        TagFormat format = new TagFormat(component == null ? pattern
                : pattern.replace(COMPONENT, component), prefix, suffix);
        String example = format.tagFor(Version.of(1, 2, 3));
        String first = example.contains("/") ? example.substring(0, example.indexOf('/')) : "";
        if (java.util.Set.of("refs", "tags", "heads", "remotes").contains(first)) {
            throw new RefusalException("<tagFormat>" + pattern + "</tagFormat> gives tag names"
                    + " like '" + example + "', which git would store as refs/tags/" + example
                    + " and confuse with its own refs; write the tag's plain name, e.g."
                    + " v@{version} (the plugin adds refs/tags/ itself)");
        }
        if (!RefNames.isValidTagName(example)) {
            throw new RefusalException("<tagFormat>" + pattern + "</tagFormat> gives tag names"
                    + " that git refuses, e.g. '" + example + "'; use letters, digits, '.', '-',"
                    + " '_' and '/' around @{version}");
        }
        return format;
    }

    /** The setting as written. */
    public String pattern() {
        return pattern;
    }

    /** The version a tag names, or empty when the tag is not a release in this format. */
    public Optional<Version> versionOf(String tagName) {
        Matcher m = matcher.matcher(tagName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Version.tryParse(m.group(1));
    }

    /** True when the name has this format's shape (the version part may still be invalid). */
    public boolean matchesShape(String tagName) {
        return matcher.matcher(tagName).matches();
    }

    /** The tag name of a release. */
    public String tagFor(Version version) {
        return prefix + version + suffix;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
