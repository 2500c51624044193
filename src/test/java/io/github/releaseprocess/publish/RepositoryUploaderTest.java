package io.github.releaseprocess.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staged files, in upload order, to a file folder and to an HTTP server on 127.0.0.1. */
class RepositoryUploaderTest {

    @TempDir
    Path staging;

    @TempDir
    Path target;

    void stage() throws Exception {
        Path v = staging.resolve("org/acme/lib/2.0.0");
        Files.createDirectories(v);
        Files.writeString(v.resolve("lib-2.0.0.jar"), "jar");
        Files.writeString(v.resolve("lib-2.0.0.jar.asc"), "sig");
        Files.writeString(v.resolve("lib-2.0.0.pom"), "<project/>");
        Files.writeString(staging.resolve("org/acme/lib/maven-metadata.xml"), """
                <metadata>
                  <versioning>
                    <versions>
                      <version>2.0.0</version>
                    </versions>
                  </versioning>
                </metadata>
                """);
        Files.writeString(staging.resolve("org/acme/lib/maven-metadata.xml.md5"), "x");
    }

    @Test
    void shouldUploadArtifactsFirstAndMetadataLast() throws Exception {
        stage();

        List<String> order = StagedFiles.of(staging).paths();

        assertEquals(List.of("org/acme/lib/2.0.0/lib-2.0.0.jar",
                "org/acme/lib/2.0.0/lib-2.0.0.jar.asc", "org/acme/lib/2.0.0/lib-2.0.0.pom",
                "org/acme/lib/maven-metadata.xml", "org/acme/lib/maven-metadata.xml.md5"), order);
    }

    @Test
    void shouldMergeTheRepositorysMetadataAndComputeItsChecksumsAgain() throws Exception {
        stage();
        Path old = target.resolve("org/acme/lib/maven-metadata.xml");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "<metadata><versioning><versions><version>1.0.0</version>"
                + "<version>1.1.0</version></versions></versioning></metadata>");

        new RepositoryUploader().upload(StagedFiles.of(staging), RemoteRepository.of("files",
                target.toUri()), Set.of(), p -> { });

        String merged = Files.readString(old);
        assertTrue(merged.contains("      <version>1.0.0</version>\n      <version>1.1.0</version>\n"
                + "      <version>2.0.0</version>\n"), merged);
        assertEquals(MavenMetadata.checksum("md5", merged.getBytes(StandardCharsets.UTF_8)),
                Files.readString(target.resolve("org/acme/lib/maven-metadata.xml.md5")));
    }

    @Test
    void shouldNameWhatReachedAnHttpRepositoryWhenItStopsTakingFiles() throws Exception {
        stage();
        try (RepositoryServer server = new RepositoryServer()) {
            server.failFrom(2);
            List<String> heard = new ArrayList<>();

            UploadFailedException e = assertThrows(UploadFailedException.class,
                    () -> new RepositoryUploader().upload(StagedFiles.of(staging),
                            RemoteRepository.of("releases", server.url()), Set.of(), heard::add));

            assertEquals(List.of("org/acme/lib/2.0.0/lib-2.0.0.jar"), e.uploaded());
            assertEquals(e.uploaded(), heard);
            assertEquals("org/acme/lib/2.0.0/lib-2.0.0.jar.asc", e.failedPath());
            assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());

            server.failFrom(Integer.MAX_VALUE);
            List<String> rest = new RepositoryUploader().upload(StagedFiles.of(staging),
                    RemoteRepository.of("releases", server.url()), Set.copyOf(e.uploaded()),
                    p -> { });
            assertEquals(4, rest.size());
            assertEquals(5, server.files().size());
        }
    }

    @Test
    void shouldSendTheServersCredentialsAndNameTheServerWhenRefused() throws Exception {
        stage();
        try (RepositoryServer server = new RepositoryServer()) {
            server.requireAuthorization("Basic " + java.util.Base64.getEncoder().encodeToString(
                    "ci:right".getBytes(StandardCharsets.UTF_8)));

            UploadFailedException e = assertThrows(UploadFailedException.class,
                    () -> new RepositoryUploader().upload(StagedFiles.of(staging),
                            RemoteRepository.of("releases", server.url()).withCredentials(
                                    Optional.of("ci"), Optional.of("wrong")), Set.of(), p -> { }));

            assertTrue(e.getMessage().contains("HTTP 401 (check the <server> with"
                    + " <id>releases</id> in settings.xml)"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong"));
        }
    }

    @Test
    void shouldRefuseRepositoriesItCannotUploadTo() {
        RefusalException e = assertThrows(RefusalException.class, () -> RemoteRepository.of(
                "nexus", URI.create("https://user:pw@repo.example.org/releases")));
        assertTrue(e.getMessage().contains("holds credentials; put them into a <server>"));
        assertFalse(e.getMessage().contains("pw"));
        assertTrue(assertThrows(RefusalException.class, () -> RemoteRepository.of("s3",
                URI.create("s3://bucket/releases"))).getMessage().contains("neither a file:"));
        assertEquals("releases (https://repo.example.org/maven)", RemoteRepository.parse(
                "releases::default::https://repo.example.org/maven").toString());
    }
}
