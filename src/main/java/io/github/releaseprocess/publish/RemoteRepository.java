package io.github.releaseprocess.publish;

import io.github.releaseprocess.build.SecretMasker;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Required;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The repository a release's artifacts go to: a {@code file:} folder or an {@code http(s):} URL
 * that takes a {@code PUT} per file, with the credentials of its {@code <server>} in the
 * settings. {@link #toString} never shows the password.
 *
 * @param id the repository id ({@code <distributionManagement><repository><id>})
 * @param url where it is
 * @param username the user of its {@code <server>}, if any
 * @param password the password of its {@code <server>}, if any
 */
public record RemoteRepository(String id, URI url, Optional<String> username,
        Optional<String> password) {

    public RemoteRepository {
        Required.nonNull("id url username password", id, url, username, password);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("file") && !scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusalException("The repository " + id + " at " + url.getScheme() + ": URL"
                    + " is neither a file: folder nor an http(s): URL; release-process uploads to"
                    + " those (use central-publishing-maven-plugin for Maven Central)");
        }
        if (url.getUserInfo() != null) {
            throw new RefusalException("The URL of the repository " + id + " holds credentials;"
                    + " put them into a <server> with <id>" + id + "</id> in settings.xml");
        }
    }

    /** A repository without credentials. */
    public static RemoteRepository of(String id, URI url) {
        return new RemoteRepository(id, url, Optional.empty(), Optional.empty());
    }

    /**
     * Parses {@code id::url} (the form of {@code altDeploymentRepository}; the legacy
     * {@code id::default::url} is read too).
     */
    public static RemoteRepository parse(String text) {
        String[] parts = text.trim().split("::");
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            throw new RefusalException("-Drelease-process.publishRepository=" + text + " is not"
                    + " id::url, e.g. releases::https://repo.example.org/releases");
        }
        String url = parts[parts.length - 1].trim();
        try {
            return of(parts[0].trim(), URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new RefusalException("-Drelease-process.publishRepository: '" + url + "' is not"
                    + " a URL (" + e.getMessage() + ")");
        }
    }

    /** The same repository with the credentials of its server. */
    public RemoteRepository withCredentials(Optional<String> user, Optional<String> secret) {
        return new RemoteRepository(id, url, user, secret);
    }

    /** True for a {@code file:} folder. */
    public boolean isFile() {
        return "file".equalsIgnoreCase(url.getScheme());
    }

    /** The URL of a file in it, {@code path} relative and '/'-separated. */
    public URI resolve(String path) {
        String base = url.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    /** The URL as logs show it: a file path as it is, an HTTP URL without user or query. */
    public String display() {
        return isFile() ? url.toString() : SecretMasker.url(url);
    }

    @Override
    public String toString() {
        return id + " (" + display() + ")";
    }
}
