package io.github.releaseprocess.changelog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the changelog needs to know of a commit: its short id (kept in the entry, so a second run
 * adds nothing twice) and its Conventional Commit parts. The Mojo maps the versioning engine's
 * commits onto this, so generation is tested without git.
 *
 * @param shortId the abbreviated commit id (at least 7 hex digits)
 * @param type the conventional type, e.g. {@code feat}
 * @param scope the scope, or null
 * @param description the description after the colon
 * @param breaking whether the commit is a breaking change
 * @param footers the trailers, e.g. {@code Deprecated: the old API}
 */
public record ChangelogCommit(String shortId, String type, String scope, String description,
        boolean breaking, List<Footer> footers) {

    /** A trailer of the commit message. */
    public record Footer(String token, String value) {
    }

    public ChangelogCommit {
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        footers = List.copyOf(footers);
        if (shortId.length() < 7) {
            throw new IllegalArgumentException("short id too short: " + shortId);
        }
    }

    /** The value of the first footer with this token, case-insensitively. */
    public Optional<String> footer(String token) {
        return footers.stream().filter(f -> f.token().equalsIgnoreCase(token))
                .map(Footer::value).findFirst();
    }
}
