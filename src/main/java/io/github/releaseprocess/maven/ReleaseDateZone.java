package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The {@code releaseDateZone} setting of the goals that date a release, read into a zone. */
final class ReleaseDateZone {

    /**
     * The user property of {@code releaseDateZone}, declared by {@code changelog}, {@code prepare}
     * and {@code validate-changelog}.
     */
    static final String PROPERTY = "release-process.releaseDateZone";

    private ReleaseDateZone() {
    }

    /**
     * @param setting the parameter's value; blank means UTC
     * @throws RefusalException naming the property when the value is not a zone
     */
    static ZoneId of(String setting) {
        String id = setting == null || setting.isBlank() ? "UTC" : setting.trim();
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RefusalException("-D" + PROPERTY + "=" + id + " is not a time"
                    + " zone; use UTC, an offset such as +02:00, or a region such as"
                    + " America/New_York", e);
        }
    }
}
