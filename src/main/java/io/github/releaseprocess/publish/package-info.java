/**
 * Publishing the artifacts of a release: {@link io.github.releaseprocess.publish.Publisher} builds
 * them from the tagged sources into a local staging repository (nothing leaves the machine),
 * then {@link io.github.releaseprocess.publish.RepositoryUploader} uploads the staged files to a
 * file or HTTP repository, or the project's central-publishing-maven-plugin uploads its bundle,
 * whose deployment id and state {@link io.github.releaseprocess.publish.CentralOutput} reads and
 * {@link io.github.releaseprocess.publish.PortalClient} polls. The nested build runs through
 * {@link io.github.releaseprocess.build.BuildRunner}; the sources come from
 * {@link io.github.releaseprocess.deploy.GitSourceExport}, as for a deployment.
 */
package io.github.releaseprocess.publish;
