/**
 * Semantic Versioning 2.0.0: the immutable {@link io.github.releaseprocess.semver.Version} with
 * its precedence and bumps, and the {@link io.github.releaseprocess.semver.VersionParseException}
 * that gives the position of the first wrong character.
 *
 * <p>Plain Java with no dependency at all, not even on {@code core}: every other package may use
 * it.
 */
package io.github.releaseprocess.semver;
