/**
 * Nested Maven builds: the release's test build and a deployment's build. The core describes a
 * build as a {@link io.github.releaseprocess.build.BuildInvocation} and runs it through a
 * {@link io.github.releaseprocess.build.BuildRunner}, which the Maven adapter implements;
 * {@link io.github.releaseprocess.build.SecretMasker} keeps credentials out of the command line
 * that is logged and out of the build's output. Plain Java: no Maven API and no JGit here, and
 * nothing from the other core packages but {@code core}.
 */
package io.github.releaseprocess.build;
