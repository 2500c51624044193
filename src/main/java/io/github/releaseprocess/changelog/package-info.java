/**
 * {@code CHANGELOG.md} in Keep a Changelog form (1.1.0 and 2.0.0) or the house {@code seed} form:
 * an immutable model parsed with commonmark-java source spans ({@link Changelog#parse}), the rules
 * of {@code validate-changelog} ({@link ChangelogValidator}), and the byte-preserving edits that
 * fill {@code [Unreleased]} from commits ({@link ChangelogGenerator}) and turn it into a release
 * ({@link ChangelogPromoter}). No Maven and no JGit here: release tags come in as plain values.
 */
package io.github.releaseprocess.changelog;
