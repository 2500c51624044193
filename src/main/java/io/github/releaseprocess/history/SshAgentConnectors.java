package io.github.releaseprocess.history;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * Lets JGit's SSH client use a running ssh-agent through its Unix domain socket, with the
 * socket support of Java 16+ (JGit's own connector needs JNA and a module that is not
 * available here; see docs/decisions/0005-ssh-agent-connector.md). The socket is
 * {@code IdentityAgent} of {@code ~/.ssh/config}, else {@code SSH_AUTH_SOCK}; without either,
 * no agent is used.
 */
final class SshAgentConnectors implements ConnectorFactory {

    private static final String ENV = "SSH_AUTH_SOCK";

    private final Map<String, String> environment;

    /** @param environment the process environment, for {@code SSH_AUTH_SOCK} */
    SshAgentConnectors(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Connector create(String identityAgent, File homeDir) {
        return new UnixSocketConnector(socket(identityAgent, homeDir));
    }

    /** The agent's socket, or null when there is none to use. */
    Path socket(String identityAgent, File homeDir) {
        String where = identityAgent == null || identityAgent.isBlank()
                || identityAgent.equals(ENV) || identityAgent.equals("$" + ENV)
                || identityAgent.equals("${" + ENV + "}") ? environment.get(ENV) : identityAgent;
        if (where == null || where.isBlank() || where.equalsIgnoreCase("none")) {
            return null;
        }
        if (where.startsWith("~/") && homeDir != null) {
            return homeDir.toPath().resolve(where.substring(2));
        }
        return Path.of(where);
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public String getName() {
        return "unix-domain-socket";
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(getDefaultConnector());
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return new ConnectorDescriptor() {
            @Override
            public String getIdentityAgent() {
                return ENV;
            }

            @Override
            public String getDisplayName() {
                return "ssh-agent at $" + ENV;
            }
        };
    }

    /** The agent protocol's framing over one socket: length, command, payload. */
    private static final class UnixSocketConnector extends AbstractConnector {
        private final Path socket;
        private SocketChannel channel;

        UnixSocketConnector(Path socket) {
            this.socket = socket;
        }

        @Override
        public boolean connect() throws IOException {
            if (channel != null) {
                return true;
            }
            if (socket == null || !Files.exists(socket)) {
                return false;
            }
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            return true;
        }

        @Override
        public byte[] rpc(byte command, byte[] message) throws IOException {
            if (channel == null) {
                throw new IOException("Not connected to the ssh-agent at " + socket);
            }
            prepareMessage(command, message);
            ByteBuffer out = ByteBuffer.wrap(message);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            byte[] length = read(4);
            return read(toLength(command, length));
        }

        private byte[] read(int n) throws IOException {
            ByteBuffer in = ByteBuffer.allocate(n);
            while (in.hasRemaining()) {
                if (channel.read(in) < 0) {
                    throw new EOFException("The ssh-agent at " + socket + " closed the connection");
                }
            }
            return in.array();
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }
}
