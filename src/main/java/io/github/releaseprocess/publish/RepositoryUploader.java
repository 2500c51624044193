package io.github.releaseprocess.publish;

import io.github.releaseprocess.core.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Uploads staged files to a {@code file:} folder (each file written atomically) or an HTTP
 * repository (one {@code PUT} per file, Basic authentication from the server's credentials),
 * in the order of {@link StagedFiles}. An artifact's {@code maven-metadata.xml} is merged with
 * the repository's own first, and its checksums are computed again from the merged text.
 */
public final class RepositoryUploader {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Uploads every staged file not in {@code skip}.
     *
     * @param skip files that reached the repository in an earlier attempt (from the journal)
     * @param uploaded called after each file that reached the repository
     * @return the files uploaded now, in order
     * @throws UploadFailedException naming the file that failed and those that reached it
     */
    public List<String> upload(StagedFiles files, RemoteRepository repository, Set<String> skip,
            Consumer<String> uploaded) throws UploadFailedException {
        List<String> done = new ArrayList<>();
        Map<String, byte[]> merged = new HashMap<>();
        for (String path : files.paths()) {
            if (skip.contains(path)) {
                continue;
            }
            try {
                if (StagedFiles.isMetadata(path)) {
                    put(repository, path, content(files, repository, path, merged));
                } else {
                    put(repository, path, files.file(path)); // streamed: jars can be large
                }
            } catch (IOException | RuntimeException e) {
                throw new UploadFailedException("uploading " + path + " to " + repository
                        + " failed: " + reason(e), done, path, e);
            }
            done.add(path);
            uploaded.accept(path);
        }
        return done;
    }

    private byte[] content(StagedFiles files, RemoteRepository repository, String path,
            Map<String, byte[]> merged) throws IOException {
        String xml = path.endsWith(".xml") ? path : path.substring(0, path.lastIndexOf('.'));
        byte[] metadata = merged.get(xml);
        if (metadata == null) {
            String staged = Files.readString(files.file(xml), StandardCharsets.UTF_8);
            metadata = MavenMetadata.utf8(MavenMetadata.merge(staged, fetch(repository, xml)));
            merged.put(xml, metadata);
        }
        if (path.equals(xml)) {
            return metadata;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return MavenMetadata.utf8(MavenMetadata.checksum(extension, metadata));
    }

    /** The repository's copy of a file; empty when it has none. */
    Optional<String> fetch(RemoteRepository repository, String path) throws IOException {
        URI uri = repository.resolve(path);
        if (repository.isFile()) {
            Path file = Path.of(uri);
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        }
        HttpResponse<String> response = send(authorized(repository, HttpRequest.newBuilder(uri)
                .GET()), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("reading " + path + " answered HTTP " + response.statusCode());
        }
        return Optional.of(response.body());
    }

    private void put(RemoteRepository repository, String path, byte[] content)
            throws IOException {
        URI uri = repository.resolve(path);
        if (repository.isFile()) {
            AtomicFiles.write(Path.of(uri), content);
            return;
        }
        put(repository, path, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private void put(RemoteRepository repository, String path, Path file) throws IOException {
        URI uri = repository.resolve(path);
        if (repository.isFile()) {
            AtomicFiles.write(Path.of(uri), out -> Files.copy(file, out));
            return;
        }
        put(repository, path, HttpRequest.BodyPublishers.ofFile(file));
    }

    private void put(RemoteRepository repository, String path,
            HttpRequest.BodyPublisher body) throws IOException {
        URI uri = repository.resolve(path);
        HttpResponse<Void> response = send(authorized(repository, HttpRequest.newBuilder(uri)
                .PUT(body)), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the repository answered HTTP " + response.statusCode()
                    + (response.statusCode() == 401 || response.statusCode() == 403
                            ? " (check the <server> with <id>" + repository.id() + "</id> in"
                                    + " settings.xml)" : ""));
        }
    }

    private HttpRequest authorized(RemoteRepository repository, HttpRequest.Builder request) {
        request.timeout(TIMEOUT);
        if (repository.username().isPresent()) {
            String pair = repository.username().get() + ":" + repository.password().orElse("");
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException {
        try {
            return http.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
