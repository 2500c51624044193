/**
 * What every core package shares: the user-error exception ({@link
 * io.github.releaseprocess.core.RefusalException}), the reporting interface, all-or-nothing file
 * writes ({@link io.github.releaseprocess.core.AtomicFiles}), the GitHub Actions outputs, the null
 * checks of records ({@link io.github.releaseprocess.core.Required}) and the ids users write for
 * enum constants ({@link io.github.releaseprocess.core.EnumIds}).
 *
 * <p>Plain Java: depends on no other package of the plugin, on no Maven API and on no JGit.
 */
package io.github.releaseprocess.core;
