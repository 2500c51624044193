/**
 * {@code CHANGELOG.md} in one of its {@link Dialect dialects} (Keep a Changelog 1.1.0 and 2.0.0, the
 * house {@code seed} form, {@code conventional-changelog}, {@code commitizen}):
 * an immutable model parsed with commonmark-java source spans ({@link Changelog#parse}), the rules
 * of {@code validate-changelog} ({@link ChangelogValidator}), and the byte-preserving edits that
 * fill {@code [Unreleased]} from commits ({@link ChangelogGenerator}) and turn it into a release
 * ({@link ChangelogPromoter}). No Maven and no JGit here: release tags come in as plain values.
 * Depends on {@code core}, {@code semver}, {@code commits}, and on {@code versioning} only for the
 * analysed commits that become entries.
 */
package io.github.releaseprocess.changelog;
