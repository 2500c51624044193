/**
 * The next version: {@link io.github.releaseprocess.versioning.NextVersionCalculator} walks the
 * commits since the last release ({@code history}), parses each with the policy of
 * {@code commits} (in parallel, {@code ParallelVisitor}), cancels reverts, and returns a
 * {@link io.github.releaseprocess.versioning.VersionDecision} with its reasons; the commits stream
 * into a {@link io.github.releaseprocess.versioning.CommitSink} (the JSON of
 * {@link io.github.releaseprocess.versioning.DecisionJson}, the changelog's entries) without being
 * held in memory.
 *
 * <p>Depends on {@code core}, {@code semver}, {@code commits} and {@code history}. No Maven API
 * and no JGit here; nothing from {@code release}, {@code changelog} or {@code deploy}.
 */
package io.github.releaseprocess.versioning;
