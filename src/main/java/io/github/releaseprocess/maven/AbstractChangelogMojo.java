package io.github.releaseprocess.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The changelog settings, declared once for the goals that write the changelog from the commits
 * ({@code changelog}, {@code prepare}): the file, its dialect, the section mapping of generated
 * entries and the time zone of release dates. Maven finds parameters only in a Mojo's class
 * hierarchy, so the group is the one class between the versioning group and those two goals
 * (decisions 0011 and 0018); {@code validate-changelog}, which has no versioning settings,
 * declares its own.
 */
abstract class AbstractChangelogMojo extends AbstractVersioningMojo {

    /**
     * The changelog: {@code changelog} fills its Unreleased section (and creates it when
     * missing); {@code prepare} promotes it, and goes without it when the file does not exist and
     * the changelog gate allows it.
     */
    @Parameter(property = "release-process.changelog", defaultValue = "${project.basedir}/CHANGELOG.md")
    protected File changelog;

    /**
     * {@code auto}, {@code keepachangelog}, {@code seed} (entries go into the Unreleased
     * section), {@code conventional-changelog}, {@code commitizen} (no Unreleased section: the
     * entries are written when {@code prepare} adds the release's section; {@code changelog}
     * shows that section and writes nothing) or {@code none} (the changelog is neither read nor
     * written, and {@code prepare}'s changelog gate is off).
     */
    @Parameter(property = "release-process.changelogDialect", defaultValue = "auto")
    protected String changelogDialect;

    /**
     * Mapping rules for generated entries, tried before the defaults, e.g.
     * {@code type:docs=Changed}, {@code scope:security=Security},
     * {@code footer:Deprecated=Deprecated}, {@code type:chore=none}.
     */
    @Parameter(property = "release-process.changelogSections")
    protected List<String> changelogSections = List.of();

    /**
     * The time zone of release dates, an id such as {@code Europe/Berlin}: for {@code prepare}
     * the changelog's date of the release, and the time of its commit and tag, is the release
     * instant (taken once, when the run starts) in this zone; {@code changelog} dates the section
     * it previews today in this zone.
     */
    @Parameter(property = ReleaseDateZone.PROPERTY, defaultValue = "UTC")
    protected String releaseDateZone;
}
