/**
 * Monorepos: components with versions of their own, the history each of them owns (by path),
 * the dependency graph of the reactor between them, and the decision of which components are
 * released with which version. No Maven and no JGit here: the history walk is in
 * {@code history}, the POM reading in {@code versionfiles}.
 */
package io.github.releaseprocess.components;
