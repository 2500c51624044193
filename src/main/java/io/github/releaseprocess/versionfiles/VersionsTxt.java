package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.semver.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * release-please's Java {@code versions.txt}: one {@code artifactId:released:current} row per
 * artifact. A release moves each row by the release's level from its own released value and
 * sets both columns; a development version sets only {@code current}, to the next patch
 * {@code -SNAPSHOT} of the row's released value. The row at the reactor's version takes the exact
 * new version. Text is ISO-8859-1 so offsets are byte offsets.
 */
final class VersionsTxt {

    /** The file name, at the reactor root. */
    static final String FILE_NAME = "versions.txt";

    /** One row with the offsets of its two version fields. */
    record Row(String artifact, String released, int releasedStart, String current,
            int currentStart, int line) {
    }

    /** The new values of a row. */
    record Moved(String released, String current) {
    }

    private final String name;
    private final List<Row> rows = new ArrayList<>();

    private VersionsTxt(String name, String text) {
        this.name = name;
        int at = 0;
        int line = 1;
        for (String raw : text.split("\n", -1)) {
            String content = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (!content.isBlank() && !content.trim().startsWith("#")) {
                String[] parts = content.split(":", -1);
                if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
                    throw new RefusalException(name + ":" + line + ": '" + content + "' is not"
                            + " artifactId:released-version:current-version; fix the row.");
                }
                int releasedStart = at + parts[0].length() + 1;
                int currentStart = releasedStart + parts[1].length() + 1;
                rows.add(new Row(parts[0].trim(), parts[1], releasedStart, parts[2].trim(),
                        currentStart, line));
            }
            at += raw.length() + 1;
            line++;
        }
    }

    static VersionsTxt parse(String name, String text) {
        return new VersionsTxt(name, text);
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * Every row's new values for a change of the reactor from {@code oldVersion} to
     * {@code newVersion}, by artifact.
     */
    Map<String, Moved> move(String oldVersion, String newVersion) {
        boolean development = newVersion.endsWith("-SNAPSHOT");
        Optional<Version.Level> level = development ? Optional.empty() : level(oldVersion, newVersion);
        Map<String, Moved> out = new LinkedHashMap<>();
        for (Row row : rows) {
            boolean reactorRow = row.current.equals(oldVersion)
                    || !development && row.released.equals(oldVersion);
            if (development) {
                String current = reactorRow ? newVersion : Version.tryParse(row.released)
                        .map(v -> v.nextPatch().withPrerelease("SNAPSHOT").toString())
                        .orElseThrow(() -> notSemVer(row, row.released));
                out.put(row.artifact, new Moved(row.released, current));
            } else if (reactorRow) {
                out.put(row.artifact, new Moved(newVersion, newVersion));
            } else {
                Version own = Version.tryParse(row.released).orElseThrow(() -> notSemVer(row,
                        row.released));
                String moved = level.map(own::bump).orElse(own).toString();
                out.put(row.artifact, new Moved(moved, moved));
            }
        }
        return out;
    }

    /**
     * The level of the release: from the reactor row's released value (the last release) to the
     * new version, or else from the old version's release form.
     */
    private Optional<Version.Level> level(String oldVersion, String newVersion) {
        Optional<Version> to = Version.tryParse(newVersion);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Optional<Version> from = rows.stream().filter(r -> r.current.equals(oldVersion))
                .findFirst().flatMap(r -> Version.tryParse(r.released));
        if (from.isEmpty()) {
            Optional<Version> old = Version.tryParse(oldVersion);
            if (old.isEmpty()) {
                return Optional.empty();
            }
            // 1.4.1-SNAPSHOT was opened after 1.4.0: the release is measured from there.
            from = old.get().isPrerelease() && old.get().prerelease().equals(List.of("SNAPSHOT"))
                    && old.get().patch().signum() > 0
                    ? Optional.of(Version.of(old.get().major().longValue(),
                            old.get().minor().longValue(), old.get().patch().longValue() - 1))
                    : old.map(Version::toRelease);
        }
        if (from.get().compareTo(to.get()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(from.get().levelOfChangeTo(to.get()));
    }

    private RefusalException notSemVer(Row row, String value) {
        return new RefusalException(name + ":" + row.line + ": the version '" + value + "' of "
                + row.artifact + " is not a Semantic Version, so it cannot move by the release's"
                + " level; fix the row.");
    }
}
