package io.github.releaseprocess.changelog;

import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code [Unreleased]} into a release: the heading becomes {@code ## [X.Y.Z] - YYYY-MM-DD}
 * (or the seed form), a new empty {@code ## [Unreleased]} opens above it, and the compare-link
 * chain grows by one link. Only those lines change; every other byte stays as it was.
 */
public final class ChangelogPromoter {

    private static final Pattern COMPARE = Pattern.compile("^(.*/compare/)(.+?)(\\.{2,3})(.+)$");

    private ChangelogPromoter() {
    }

    /**
     * Promotes the unreleased changes of a changelog's bytes.
     *
     * @throws RefusalException when there is no {@code Unreleased} heading, it has no entries,
     *     the version is already in the file, or it is not above the last release
     */
    public static byte[] promote(byte[] changelog, Version version, LocalDate date,
            PromotionOptions options) {
        Changelog c = Changelog.parse(changelog, options.dialect());
        if (c.dialect() == Dialect.COMMITIZEN && c.unreleased().filter(Release::hasEntries)
                .isPresent()) {
            // cz changelog wrote "## Unreleased": the release renames it, as cz bump does.
            Release unreleased = c.unreleased().get();
            checkVersion(c, version, options.displayName());
            return new LineSplicer(c.source()).replaceLine(unreleased.line(),
                    releaseHeading(c, version, date, options)).apply();
        }
        if (!c.dialect().hasUnreleased()) {
            ReleaseSection section = releaseSection(c, version, date, options);
            if (!section.hasEntries() && options.pulledAlong().isPresent()) {
                // Released only because others are: the dialect's entry for that.
                PromotionOptions.PulledAlong entry = options.pulledAlong().get();
                List<String> lines = new ArrayList<>();
                lines.add(section.lines().get(0));
                lines.add("");
                if (c.dialect() == Dialect.CONVENTIONAL_CHANGELOG) {
                    lines.add("");
                }
                lines.addAll(List.of("### " + entry.section(c.dialect()), "",
                        entry.item(c.dialect()), ""));
                section = new ReleaseSection(List.copyOf(lines), List.of(), List.of());
            } else if (!section.hasEntries()) {
                throw new RefusalException(options.displayName() + ": the release section of "
                        + version + " would have no entries: none of the "
                        + options.commits().size() + " commits since the last release is of a"
                        + " type that " + c.dialect() + " lists (" + String.join(", ",
                                ReleaseSection.sections(c.dialect(), options.preset()).keySet())
                        + ", or breaking); commit the changes as such, or set"
                        + " <gates><changelogHasEntries>false.");
            }
            LineSplicer splicer = new LineSplicer(c.source());
            int at = insertionLine(c);
            if (at > 0) {
                splicer.insertBefore(at, section.lines());
            } else {
                List<String> lines = new ArrayList<>(section.lines());
                if (!c.source().text().isBlank()) {
                    lines.add(0, "");
                } else {
                    lines.addAll(0, List.of("# Changelog", ""));
                }
                lines.remove(lines.size() - 1);
                splicer.append(lines);
            }
            return splicer.apply();
        }
        String name = options.displayName();
        if (c.unreleased().isEmpty() && options.pulledAlong().isPresent()) {
            // Released only because others are, into a file without Unreleased: add it.
            PromotionOptions.PulledAlong entry = options.pulledAlong().get();
            List<String> lines = List.of(c.dialect().unreleasedHeading(), "",
                    "### " + entry.section(c.dialect()), "", entry.item(c.dialect()), "");
            LineSplicer splicer = new LineSplicer(c.source());
            if (c.firstReleaseLine() > 0) {
                splicer.insertBefore(c.firstReleaseLine(), lines);
            } else {
                List<String> appended = new ArrayList<>(lines.subList(0, lines.size() - 1));
                if (!c.source().text().isBlank()) {
                    appended.add(0, "");
                }
                splicer.append(appended);
            }
            return promote(splicer.apply(), version, date, options.withDialect(c.dialect()));
        }
        Release unreleased = c.unreleased().orElseThrow(() -> new RefusalException(name + " has"
                + " no '" + c.dialect().unreleasedHeading() + "' section to release as " + version
                + "; add it above the first release with the changes of " + version + "."));
        if (!unreleased.hasEntries()) {
            throw new RefusalException(name + ":" + unreleased.line() + ": " + "the Unreleased"
                    + " section has no entries, so there is nothing to release as " + version
                    + "; add the changes under '### Added', '### Fixed', … or run"
                    + " 'mvn release-process:changelog' to fill it from the commits.");
        }
        Optional<Release> previous = checkVersion(c, version, name);
        Dialect dialect = c.dialect();
        LineSplicer splicer = new LineSplicer(c.source());
        splicer.insertBefore(unreleased.line(), List.of(dialect.unreleasedHeading(), ""));
        splicer.replaceLine(unreleased.line(), dialect.releaseHeading(version.toString(),
                date.toString()));
        if (dialect == Dialect.KEEPACHANGELOG) {
            extendLinks(c, splicer, version, previous.flatMap(Release::version), options);
        }
        return splicer.apply();
    }

    /**
     * The section that releasing {@code version} adds to a changelog in a form without an
     * Unreleased section (conventional-changelog, commitizen): heading with the compare link
     * and the date where that form's tool writes them, and the entries from
     * {@link PromotionOptions#commits()} under the form's headings. Changes nothing.
     *
     * @throws RefusalException when the version is already in the file or below its last release
     */
    public static ReleaseSection releaseSection(byte[] changelog, Version version, LocalDate date,
            PromotionOptions options) {
        return releaseSection(Changelog.parse(changelog, options.dialect()), version, date,
                options);
    }

    private static ReleaseSection releaseSection(Changelog c, Version version, LocalDate date,
            PromotionOptions options) {
        checkVersion(c, version, options.displayName());
        return ReleaseSection.build(releaseHeading(c, version, date, options), options.commits(),
                c.dialect(), options.preset(), options.repositoryUrl());
    }

    /** Refuses a version the file already has, or one below its newest release. */
    private static Optional<Release> checkVersion(Changelog c, Version version, String name) {
        Optional<Release> previous = Optional.empty();
        for (Release r : c.releases()) {
            if (r.version().filter(version::equals).isPresent()) {
                throw new RefusalException(name + ":" + r.line() + ": version " + version
                        + " is already released there; release a higher version.");
            }
            if (previous.isEmpty() && r.version().isPresent()) {
                previous = Optional.of(r);
            }
        }
        if (previous.isPresent() && previous.get().version().get().compareTo(version) > 0) {
            throw new RefusalException(name + ":" + previous.get().line() + ": version " + version
                    + " is below the last release " + previous.get().version().get() + "; release"
                    + " a higher version.");
        }
        return previous;
    }

    /**
     * The release heading of a conventional-changelog or commitizen file: release-please's
     * {@code ## [1.7.0](…/compare/v1.6.0...v1.7.0) (2023-06-01)} (without link for a first
     * release or without a repository URL nor a compare link in the previous heading;
     * semantic-release's Angular preset uses {@code #} for
     * minor and major releases), commitizen's {@code ## v1.2.0 (2023-01-01)}.
     */
    private static String releaseHeading(Changelog c, Version version, LocalDate date,
            PromotionOptions options) {
        Optional<Release> previous = c.releases().stream().filter(r -> r.version().isPresent())
                .findFirst();
        if (c.dialect() == Dialect.COMMITIZEN) {
            String tag = options.tagFor(version);
            boolean v = previous.map(r -> r.headingText().startsWith("v"))
                    .orElse(tag.equals("v" + version));
            return "## " + (v ? "v" : "") + version + " (" + date + ")";
        }
        boolean patch = previous.map(r -> {
            Version p = r.version().get();
            return p.major().equals(version.major()) && p.minor().equals(version.minor());
        }).orElse(false);
        String hashes = options.preset() == io.github.releaseprocess.commits.Preset.SEMANTIC_RELEASE
                && !patch ? "#" : "##";
        // Without a web URL (a clone of a local path, a host RepositoryUrl does not know), the
        // previous heading's own compare link shows where the project's compare links point.
        Optional<String> template = options.compareUrlTemplate().or(() -> previous
                .flatMap(Release::link).map(COMPARE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1) + "{previous}" + m.group(3) + "{current}"));
        if (previous.isEmpty() || template.isEmpty()) {
            return hashes + " " + version + " (" + date + ")";
        }
        String url = fill(template.get(), options.tagFor(previous.get().version().get()),
                options.tagFor(version));
        return hashes + " [" + version + "](" + url + ") (" + date + ")";
    }

    /** Where a new release section goes: before the newest release and its HTML anchor. */
    private static int insertionLine(Changelog c) {
        int first = c.firstReleaseLine();
        if (first == 0) {
            return 0;
        }
        int line = first - 1;
        while (line >= 1 && c.source().line(line).isBlank()) {
            line--;
        }
        if (line >= 1 && c.source().line(line).trim().startsWith("<a name=")) {
            return line;
        }
        return first;
    }

    /** Promotes a file in place, written atomically; returns the new bytes. */
    public static byte[] promote(Path file, Version version, LocalDate date,
            PromotionOptions options) throws IOException {
        byte[] promoted = promote(Files.readAllBytes(file), version, date, options);
        AtomicFiles.write(file, promoted);
        return promoted;
    }

    private static void extendLinks(Changelog c, LineSplicer splicer, Version version,
            Optional<Version> previous, PromotionOptions options) {
        String tag = options.tagFor(version);
        Optional<LinkReference> ref = c.linkReference("Unreleased");
        if (ref.isPresent()) {
            String destination = ref.get().destination();
            Matcher m = COMPARE.matcher(destination);
            if (!m.matches()) {
                return;
            }
            String line = c.source().line(ref.get().line());
            int at = line.indexOf(destination);
            if (at < 0) {
                return;
            }
            String newUnreleased = m.group(1) + tag + m.group(3) + m.group(4);
            splicer.replaceLine(ref.get().line(), line.substring(0, at) + newUnreleased
                    + line.substring(at + destination.length()));
            splicer.insertAfter(ref.get().line(), List.of("[" + version + "]: " + m.group(1)
                    + m.group(2) + m.group(3) + tag));
            return;
        }
        Optional<String> template = options.compareUrlTemplate();
        if (template.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("[Unreleased]: " + fill(template.get(), tag, "HEAD"));
        previous.ifPresent(p -> lines.add("[" + version + "]: "
                + fill(template.get(), options.tagFor(p), tag)));
        if (!c.linkReferences().isEmpty()) {
            splicer.insertBefore(c.linkReferences().get(0).line(), lines);
        } else {
            lines.add(0, "");
            splicer.append(lines);
        }
    }

    private static String fill(String template, String previous, String current) {
        return template.replace("{previous}", previous).replace("{current}", current);
    }
}
