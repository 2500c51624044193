package io.github.releaseprocess.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server over SSH on 127.0.0.1, in this JVM: Apache MINA sshd accepts one public key and
 * runs git-upload-pack and git-receive-pack with JGit's server side on bare repositories under
 * {@code root}. Stopped by {@link #close}.
 */
final class SshGitServer implements AutoCloseable {

    private final SshServer server;
    private final KeyPair hostKey;

    SshGitServer(Path root, PublicKey allowed) throws Exception {
        hostKey = newKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key,
                allowed));
        server.setCommandFactory((channel, command) -> new GitCommand(root, command));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    /** The known_hosts line of this server. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    static KeyPair newKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** Writes {@code key} as an OpenSSH private key file, readable only by its owner. */
    static void writePrivateKey(KeyPair key, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", null, out);
        }
        try {
            Files.setPosixFilePermissions(file,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not POSIX
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** {@code git-upload-pack 'repo.git'} or {@code git-receive-pack 'repo.git'}. */
    private static final class GitCommand implements Command {
        private final Path root;
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(Path root, String command) {
            this.root = root;
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread worker = new Thread(this::serve, "ssh-git " + command);
            worker.setDaemon(true);
            worker.start();
        }

        private void serve() {
            String[] parts = command.split(" ", 2);
            String path = parts.length < 2 ? "" : parts[1].replace("'", "").replaceFirst("^/+", "");
            Path dir = root.resolve(path).normalize();
            if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
                fail("fatal: '" + path + "' does not appear to be a git repository\n");
                return;
            }
            try (Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile())
                    .setMustExist(true).build()) {
                switch (parts[0]) {
                    case "git-upload-pack" -> new UploadPack(repository).upload(in, out, err);
                    case "git-receive-pack" -> new ReceivePack(repository).receive(in, out, err);
                    default -> {
                        fail("fatal: unknown command " + parts[0] + "\n");
                        return;
                    }
                }
                out.flush();
                exit.onExit(0);
            } catch (IOException e) {
                fail("fatal: " + e.getMessage() + "\n");
            }
        }

        private void fail(String message) {
            try {
                err.write(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException e) {
                // the client went away
            }
            exit.onExit(128, message.trim());
        }

        @Override
        public void destroy(ChannelSession channel) {
        }
    }
}
