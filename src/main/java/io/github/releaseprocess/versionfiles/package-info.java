/**
 * Byte-preserving version changes: {@link io.github.releaseprocess.versionfiles.VersionSetter}
 * plans the new version across the POMs of a reactor and the configured
 * {@link io.github.releaseprocess.versionfiles.VersionFile version files}; the resulting
 * {@link io.github.releaseprocess.versionfiles.VersionChangePlan} is the dry run and writes all
 * files or none. Only the characters of the version change. No Maven API here: the Maven goals
 * pass the reactor in as {@link io.github.releaseprocess.versionfiles.ReactorModule}s.
 *
 * <p>Depends on {@code core} and {@code semver} only; no JGit (the tracked files come in as
 * paths).
 */
package io.github.releaseprocess.versionfiles;
