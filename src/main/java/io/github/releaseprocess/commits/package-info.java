/**
 * Conventional Commits 1.0.0: the parser ({@link io.github.releaseprocess.commits.CommitParser},
 * configured by {@link io.github.releaseprocess.commits.ParserOptions}) and the bump policy
 * ({@link io.github.releaseprocess.commits.VersioningPolicy}, started from a
 * {@link io.github.releaseprocess.commits.Preset} and refined by the user's settings).
 *
 * <p>Plain Java: no Maven and no git here. The history package feeds commit messages in and asks
 * the policy for a {@link io.github.releaseprocess.commits.Bump} per commit.
 */
package io.github.releaseprocess.commits;
