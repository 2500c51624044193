package io.github.releaseprocess.maven;

import io.github.releaseprocess.commits.NonConventional;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.NextVersionRequest;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The versioning settings, declared once for the goals that compute a version from the history
 * ({@code next-version}, {@code changelog}, {@code prepare}): the tag format, the preset and its
 * refinements, the initial, pre-release and forced versions. Users configure them once in the
 * plugin's {@code <configuration>}; Maven finds parameters only in a Mojo's class hierarchy, so
 * the group is the one class between the base and those goals (decision 0011).
 */
abstract class AbstractVersioningMojo extends AbstractComponentsMojo {

    /**
     * The shape of release tags; {@code @{version}} and {@code @{project.artifactId}} are
     * substituted. Tags that do not match are not releases.
     */
    @Parameter(property = "release-process.tagFormat", defaultValue = TagFormat.DEFAULT)
    protected String tagFormat;

    /**
     * The named rule set that the other versioning settings refine: {@code conventionalcommits},
     * {@code semantic-release}, {@code release-please}, {@code release-please-java},
     * {@code python-semantic-release} or {@code commitizen}.
     */
    @Parameter(property = "release-process.preset", defaultValue = "conventionalcommits")
    protected String preset;

    /**
     * Commit type → {@code major|minor|patch|none}, refining the preset, e.g.
     * {@code <docs>patch</docs>}; the key {@code other-types} stands for every type not named.
     */
    @Parameter
    protected Map<String, String> bumpRules;

    /**
     * Whether a breaking change bumps MINOR instead of MAJOR while the version is 0.x. Unset:
     * the preset decides (true for conventionalcommits).
     */
    @Parameter(property = "release-process.breakingBumpsMinorBeforeOne")
    protected Boolean breakingBumpsMinorBeforeOne;

    /**
     * Whether a feature bumps PATCH instead of MINOR while the version is 0.x (release-please's
     * bump-patch-for-minor-pre-major). Unset: the preset decides (false for all presets).
     */
    @Parameter(property = "release-process.featBumpsPatchBeforeOne")
    protected Boolean featBumpsPatchBeforeOne;

    /**
     * The first version when no release tag exists. Default: the POM version without
     * {@code -SNAPSHOT} when it is valid SemVer, else {@code 0.1.0}.
     */
    @Parameter(property = "release-process.initialVersion")
    protected String initialVersion;

    /** A pre-release label such as {@code rc}: the release becomes X.Y.Z-rc.1, then -rc.2, … */
    @Parameter(property = "release-process.prerelease")
    protected String prerelease;

    /** Fail, listing them, instead of ignoring commits that are not Conventional Commits. */
    @Parameter(property = "release-process.strictCommits", defaultValue = "false")
    protected boolean strictCommits;

    /**
     * What a commit that is not a Conventional Commit asks for: {@code ignore} (nothing) or
     * {@code patch}, so that a project with free-form history releases a patch whenever anything
     * changed. Commits made by tools (merges, reverts, {@code [maven-release-plugin]} commits)
     * never count.
     */
    @Parameter(property = "release-process.nonConventional", defaultValue = "ignore")
    protected String nonConventional;

    /** Count only first-parent commits (the mainline of merges). */
    @Parameter(property = "release-process.firstParentOnly", defaultValue = "false")
    protected boolean firstParentOnly;

    /**
     * The version to release instead of the computed one; must be above the last release.
     * {@code -DreleaseVersion} works too.
     */
    @Parameter(property = "release-process.releaseVersion")
    protected String releaseVersion;

    /** The versioning settings as a core request. */
    protected NextVersionRequest versionRequest() {
        return versionRequest(tagFormat);
    }

    /**
     * The versioning rules for the components of a monorepo: each component's own tag format
     * replaces the shared {@code tagFormat}, so the request carries the default one.
     */
    protected NextVersionRequest componentRulesRequest() {
        return versionRequest(TagFormat.DEFAULT);
    }

    private NextVersionRequest versionRequest(String tagPattern) {
        VersioningPolicy.Builder policy = VersioningPolicy.builder(Preset.byId(preset));
        if (bumpRules != null) {
            policy.bumpRules(bumpRules);
        }
        if (breakingBumpsMinorBeforeOne != null) {
            policy.breakingBumpsMinorBeforeOne(breakingBumpsMinorBeforeOne);
        }
        if (featBumpsPatchBeforeOne != null) {
            policy.featBumpsPatchBeforeOne(featBumpsPatchBeforeOne);
        }
        policy.nonConventional(NonConventional.parse(nonConventional));
        TagFormat format = TagFormat.of(tagPattern, hasPom() ? project.getArtifactId() : null);
        Version initial = initialVersion == null || initialVersion.isBlank()
                ? NextVersionRequest.defaultInitialVersion(hasPom() ? project.getVersion() : null)
                : VersionSetting.parse("release-process.initialVersion",
                        initialVersion, "0.1.0");
        Optional<Version> forced = releaseVersion == null || releaseVersion.isBlank()
                ? Optional.empty()
                : Optional.of(VersionSetting.parse("releaseVersion", releaseVersion, "2.0.0"));
        Optional<String> label = Optional.ofNullable(prerelease).filter(p -> !p.isBlank());
        label.ifPresent(l -> {
            if (!l.matches("[0-9A-Za-z-]+") || l.matches("\\d+")) {
                throw new RefusalException("-Drelease-process.prerelease=" + l + " is not a"
                        + " pre-release label; use letters, digits and '-', e.g. rc or beta");
            }
        });
        return new NextVersionRequest(policy.build(), format, initial, label, forced,
                strictCommits, firstParentOnly, NextVersionRequest.snapshotVersionOf(
                        hasPom() ? project.getVersion() : null));
    }
}
