/**
 * User feedback: the "Report a problem with X.Y.Z" link of release notes and {@code status},
 * built from the POM's {@code <issueManagement>}, passed in as a URL.
 *
 * <p>Plain Java: depends on no other package of the plugin, on no Maven API and on no JGit.
 */
package io.github.releaseprocess.feedback;
