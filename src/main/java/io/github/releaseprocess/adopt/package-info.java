/**
 * Adoption ({@code init}): {@link io.github.releaseprocess.adopt.RepositoryInspector} reads a
 * repository that already has releases (its tags, the files of the release tool it used, its
 * commit messages, changelog and version files) and returns an
 * {@link io.github.releaseprocess.adopt.Adoption}: the findings with their evidence and the plugin
 * configuration that fits.
 *
 * <p>Reads the repository through {@code history} and judges it with {@code commits},
 * {@code changelog}, {@code versionfiles} and {@code versioning}; it writes nothing (the Maven
 * goal inserts the block). No Maven API and no JGit here; nothing from {@code release},
 * {@code deploy} or {@code build}.
 */
package io.github.releaseprocess.adopt;
