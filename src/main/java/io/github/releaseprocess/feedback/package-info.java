/**
 * User feedback: the "Report a problem with X.Y.Z" link of release notes and {@code status},
 * built from the POM's {@code <issueManagement>}.
 */
package io.github.releaseprocess.feedback;
