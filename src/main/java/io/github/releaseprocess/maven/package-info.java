/**
 * The Maven adapter: one thin Mojo per goal, which reads its parameters, builds a typed request,
 * makes one call into the core and logs the result, turning a
 * {@link io.github.releaseprocess.core.RefusalException} into one sentence and a build failure.
 * Parameters live on the goal that reads them, or on one of two parameter groups
 * ({@code AbstractVersioningMojo}, {@code AbstractDeploymentMojo}; decision 0011); user
 * properties and their short aliases are settled by {@code MojoUserProperties} (decision 0008).
 * Also here: what only Maven knows (the reactor, the running Maven for nested builds, the POM's
 * {@code <scm>} and {@code <issueManagement>}).
 *
 * <p>The only package that may use the Maven API, and it may use every other package; no other
 * package depends on it. No JGit here: git goes through {@code history}.
 */
package io.github.releaseprocess.maven;
