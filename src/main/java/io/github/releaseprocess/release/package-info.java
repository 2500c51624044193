/**
 * The release ({@code prepare}) and the hotfix start: {@link io.github.releaseprocess.release.Releaser}
 * runs the gates ({@link io.github.releaseprocess.release.Gates}), then a typed list of
 * {@link io.github.releaseprocess.release.ReleaseStep steps} that each execute, simulate (the dry
 * run is the list simulated) and undo. The {@link io.github.releaseprocess.release.ReleaseJournal}
 * records every step's changes with their identities before they are made, under one
 * {@link io.github.releaseprocess.release.ReleaseLock}, so that a killed run is resumed or put
 * back (decision 0009); {@link io.github.releaseprocess.release.JournaledWrite} gives
 * {@code set-version} and {@code changelog} the same undo.
 *
 * <p>Uses {@code history} for git, {@code build} for the test build, {@code versioning},
 * {@code changelog} and {@code versionfiles} for the content of the release, {@code publish} for
 * the artifacts, {@code api} for the API check and the deployment ledger of {@code deploy} for the
 * publish records. No Maven API
 * and no JGit here; nothing from {@code adopt}.
 */
package io.github.releaseprocess.release;
