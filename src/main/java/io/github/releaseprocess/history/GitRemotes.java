package io.github.releaseprocess.history;

import io.github.releaseprocess.core.RefusalException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushConnection;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Connections to a remote. SSH goes through JGit's Apache MINA sshd client, which reads
 * {@code ~/.ssh/config}, {@code ~/.ssh/known_hosts} and the default keys as OpenSSH does, asks
 * a running ssh-agent ({@link SshAgentConnectors}) and never prompts (an unknown host key or a
 * key with a passphrase is refused, not asked about);
 * other schemes (file, https) are JGit's own. {@link #checkPush} opens a push connection and
 * reads the remote's refs without sending anything, so an unreachable remote or missing
 * credentials stop a release before it changes anything.
 */
final class GitRemotes {

    private GitRemotes() {
    }

    /** The user's home, whose {@code .ssh} folder configures SSH. */
    static Path defaultHome() {
        return Path.of(System.getProperty("user.home"));
    }

    /** An SSH client configured from {@code home/.ssh}; close it after use. */
    static SshdSessionFactory sessions(Path home) {
        return new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile())
                .setSshDirectory(home.resolve(".ssh").toFile())
                .setConnectorFactory(new SshAgentConnectors(System.getenv()))
                .build(new JGitKeyCache());
    }

    /** Makes SSH transports use {@code sessions}. */
    static TransportConfigCallback using(SshdSessionFactory sessions) {
        return transport -> {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(sessions);
            }
        };
    }

    /**
     * Refuses, with a sentence, a push target that is not configured, cannot be reached, or
     * does not let this user in (for git-receive-pack, the service a push uses).
     */
    static void checkPush(Repository repository, String remote, Path home) throws IOException {
        RemoteConfig config;
        try {
            config = new RemoteConfig(repository.getConfig(), remote);
        } catch (URISyntaxException e) {
            throw new RefusalException("The remote '" + remote + "' has a URL that is not valid ("
                    + e.getReason() + "); fix it with git remote set-url " + remote + " URL");
        }
        List<URIish> uris = config.getPushURIs().isEmpty() ? config.getURIs()
                : config.getPushURIs();
        if (uris.isEmpty()) {
            throw new RefusalException("There is no remote '" + remote + "' to push the release"
                    + " to; add it (git remote add " + remote + " URL), name another with"
                    + " -Drelease-process.remote=NAME, or release without"
                    + " -Drelease-process.push");
        }
        try (SshdSessionFactory sessions = sessions(home)) {
            for (URIish uri : uris) {
                try (Transport transport = Transport.open(repository, uri)) {
                    using(sessions).configure(transport);
                    try (PushConnection connection = transport.openPush()) {
                        connection.getRefs();
                    }
                } catch (NotSupportedException | TransportException e) {
                    throw refusal(remote, uri, e);
                }
            }
        }
    }

    private static RefusalException refusal(String remote, URIish uri, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
        String lower = why.toLowerCase(Locale.ROOT);
        boolean auth = lower.contains("auth") || lower.contains("not authorized")
                || lower.contains("cannot log in") || lower.contains("no more keys")
                || lower.contains("permission denied") || lower.contains("credentials");
        String hint = e instanceof NoRemoteRepositoryException
                ? "check the URL (git remote -v)"
                : auth ? "check your credentials: for SSH a key in ~/.ssh or ssh-agent that the"
                        + " server accepts, and the host in ~/.ssh/known_hosts"
                        : "check the URL (git remote -v), the network and ~/.ssh/config";
        return new RefusalException("The release cannot be pushed: the remote '" + remote
                + "' (" + shown(uri) + ") " + (auth ? "does not let this user in" : "cannot be"
                + " reached") + " (" + why.replace(uri.toString(), shown(uri)) + "); " + hint
                + "; nothing was changed", e);
    }

    /** The URL without a password, and without the user name of an http(s) URL (a token). */
    static String shown(URIish uri) {
        URIish masked = uri.setPass(null);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.startsWith("http") && uri.getUser() != null) {
            masked = masked.setUser("****");
        }
        return masked.toString();
    }
}
