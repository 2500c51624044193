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
        String name = options.displayName();
        Release unreleased = c.unreleased().orElseThrow(() -> new RefusalException(name + " has"
                + " no '" + c.dialect().unreleasedHeading() + "' section to release as " + version
                + "; add it above the first release with the changes of " + version + "."));
        if (!unreleased.hasEntries()) {
            throw new RefusalException(name + ":" + unreleased.line() + ": " + "the Unreleased"
                    + " section has no entries, so there is nothing to release as " + version
                    + "; add the changes under '### Added', '### Fixed', … or run"
                    + " 'mvn release-process:changelog' to fill it from the commits.");
        }
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
