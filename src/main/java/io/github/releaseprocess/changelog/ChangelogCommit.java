package io.github.releaseprocess.changelog;

import io.github.releaseprocess.commits.ConventionalCommit;
import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.versioning.AnalyzedCommit;
import java.util.List;
import java.util.Optional;

/**
 * What the changelog needs to know of a commit: its short id (kept in the entry, so a second run
 * adds nothing twice) and its Conventional Commit parts. {@link #from} maps the versioning
 * engine's commits onto this, so generation is tested without git.
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
        Required.nonNull("shortId type description", shortId, type, description);
        footers = List.copyOf(footers);
        if (shortId.length() < 7) {
            throw new IllegalArgumentException("short id too short: " + shortId);
        }
    }

    /**
     * The changelog's view of the versioning engine's commits: every conventional part of every
     * commit, except those a revert in the same range cancelled.
     */
    public static List<ChangelogCommit> from(List<AnalyzedCommit> commits,
            java.util.Set<String> cancelled) {
        List<ChangelogCommit> out = new java.util.ArrayList<>();
        for (AnalyzedCommit commit : commits) {
            if (cancelled.contains(commit.id())) {
                continue;
            }
            for (ConventionalCommit part : commit.parts()) {
                if (part.isConventional()) {
                    out.add(new ChangelogCommit(commit.shortId(), part.type(), part.scope(),
                            part.description(), part.isBreaking(), part.footers().stream()
                                    .map(f -> new Footer(f.token(), f.value())).toList()));
                }
            }
        }
        return out;
    }

    /** The value of the first footer with this token, case-insensitively. */
    public Optional<String> footer(String token) {
        return footers.stream().filter(f -> f.token().equalsIgnoreCase(token))
                .map(Footer::value).findFirst();
    }
}
