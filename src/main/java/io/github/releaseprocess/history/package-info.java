/**
 * The project's git repository, the one package that reads and writes it through JGit (the
 * deployment ledger in {@code deploy} opens its repository here too, {@link
 * io.github.releaseprocess.history.GitRepository#openJGit}).
 * {@link io.github.releaseprocess.history.GitRepository} reads history: release tags in a
 * {@link io.github.releaseprocess.history.TagFormat}, the last release reachable from HEAD, and a
 * streaming walk of the commits since ({@link io.github.releaseprocess.history.StreamingCommitWalk},
 * decision 0004). {@link io.github.releaseprocess.history.GitWriter} writes what a release makes:
 * status, commits, tags, branches, checkouts, ref moves and pushes (SSH through
 * {@code GitRemotes}, decision 0005). {@link io.github.releaseprocess.history.GitDirLocator}
 * finds the git directory with plain file reads, for the check before every goal (decision 0029).
 *
 * <p>Depends only on {@code core} and {@code semver}; no Maven API. JGit types do not leave this
 * package: callers get ids, names and paths as strings.
 */
package io.github.releaseprocess.history;
