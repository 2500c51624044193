package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.testing.GitScenario;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing a release over SSH to an Apache MINA sshd server on 127.0.0.1 that serves a bare
 * repository; the client is configured only through {@code HOME/.ssh/config}:
 * <pre>
 * * (tag: v1.0.0, main) feat: a      → gitserver:repo.git (bare, empty)
 * </pre>
 */
class SshPushTest {

    @TempDir
    Path dir;

    private Path work;
    private Path home;
    private Path served;
    private KeyPair userKey;
    private SshGitServer server;

    @BeforeEach
    void setUp() throws Exception {
        work = dir.resolve("work");
        home = dir.resolve("home");
        served = dir.resolve("served");
        try (GitScenario git = GitScenario.init(work)) {
            git.commit("feat: a").tag("v1.0.0");
        }
        try (Repository bare = new FileRepositoryBuilder()
                .setGitDir(served.resolve("repo.git").toFile()).setBare().build()) {
            bare.create(true);
        }
        userKey = SshGitServer.newKeyPair();
        server = new SshGitServer(served, userKey.getPublic());
        try (Git git = Git.open(work.toFile())) {
            git.remoteAdd().setName("origin")
                    .setUri(new org.eclipse.jgit.transport.URIish("gitserver:repo.git")).call();
        }
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    /** {@code HOME/.ssh}: the alias gitserver, the key, and the server in known_hosts. */
    private void sshConfig(KeyPair key, int port) throws Exception {
        Path ssh = home.resolve(".ssh");
        SshGitServer.writePrivateKey(key, ssh.resolve("id_release"));
        Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
        Files.writeString(ssh.resolve("config"), """
                Host gitserver
                  HostName 127.0.0.1
                  Port %d
                  User git
                  IdentityFile %s
                  IdentitiesOnly yes
                  StrictHostKeyChecking yes
                  UserKnownHostsFile %s
                """.formatted(port, ssh.resolve("id_release"), ssh.resolve("known_hosts")));
    }

    @Test
    void shouldCheckAndPushBranchAndTagOverSshAsConfiguredInSshConfig() throws Exception {
        sshConfig(userKey, server.port());
        try (GitRepository repository = GitRepository.open(work)) {
            GitWriter writer = repository.writer().withSshHome(home);
            writer.checkPushTarget("origin");
            writer.push("origin", "refs/heads/main", "v1.0.0");
            String head = repository.headCommitId();
            try (Repository bare = new FileRepositoryBuilder()
                    .setGitDir(served.resolve("repo.git").toFile()).build()) {
                assertEquals(head, bare.exactRef("refs/heads/main").getObjectId().name());
                assertEquals(head, bare.exactRef(Constants.R_TAGS + "v1.0.0").getObjectId()
                        .name());
            }
        }
    }

    /** The key is only in a real ssh-agent, named by IdentityAgent in the config. */
    @Test
    void shouldAuthenticateWithAKeyHeldByTheSshAgent() throws Exception {
        Path agentDir = Files.createDirectories(dir.resolve("agent"));
        Path socket = agentDir.resolve("agent.sock");
        Process agent;
        try {
            agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                    .redirectErrorStream(true).redirectOutput(agentDir.resolve("log").toFile())
                    .start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no ssh-agent on this machine");
            return;
        }
        try {
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            Path keyFile = agentDir.resolve("id_agent_only");
            SshGitServer.writePrivateKey(userKey, keyFile);
            ProcessBuilder add = new ProcessBuilder("ssh-add", keyFile.toString())
                    .redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process adding = add.start();
            String out = new String(adding.getInputStream().readAllBytes());
            assertEquals(0, adding.waitFor(), out);
            Files.delete(keyFile);
            Path ssh = Files.createDirectories(home.resolve(".ssh"));
            Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine() + "\n");
            Files.writeString(ssh.resolve("config"), """
                    Host gitserver
                      HostName 127.0.0.1
                      Port %d
                      User git
                      IdentityAgent %s
                      StrictHostKeyChecking yes
                      UserKnownHostsFile %s
                    """.formatted(server.port(), socket, ssh.resolve("known_hosts")));
            try (GitRepository repository = GitRepository.open(work)) {
                GitWriter writer = repository.writer().withSshHome(home);
                writer.checkPushTarget("origin");
                writer.push("origin", "refs/heads/main", "v1.0.0");
            }
            try (Repository bare = new FileRepositoryBuilder()
                    .setGitDir(served.resolve("repo.git").toFile()).build()) {
                assertTrue(bare.exactRef(Constants.R_TAGS + "v1.0.0") != null);
            }
        } finally {
            agent.destroy();
            agent.waitFor();
        }
    }

    @Test
    void shouldRefuseUpFrontAKeyTheServerDoesNotAccept() throws Exception {
        sshConfig(SshGitServer.newKeyPair(), server.port());
        try (GitRepository repository = GitRepository.open(work)) {
            GitWriter writer = repository.writer().withSshHome(home);
            RefusalException e = assertThrows(RefusalException.class,
                    () -> writer.checkPushTarget("origin"));
            assertTrue(e.getMessage().startsWith("The release cannot be pushed: the remote"
                    + " 'origin' (gitserver:repo.git) does not let this user in"), e.getMessage());
            assertTrue(e.getMessage().endsWith("; nothing was changed"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseUpFrontARemoteThatCannotBeReached() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        sshConfig(userKey, closed);
        try (GitRepository repository = GitRepository.open(work)) {
            GitWriter writer = repository.writer().withSshHome(home);
            RefusalException e = assertThrows(RefusalException.class,
                    () -> writer.checkPushTarget("origin"));
            assertTrue(e.getMessage().startsWith("The release cannot be pushed: the remote"
                    + " 'origin' (gitserver:repo.git) cannot be reached"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseARemoteThatIsNotConfigured() throws Exception {
        try (GitRepository repository = GitRepository.open(work)) {
            GitWriter writer = repository.writer().withSshHome(home);
            RefusalException e = assertThrows(RefusalException.class,
                    () -> writer.checkPushTarget("upstream"));
            assertTrue(e.getMessage().startsWith("There is no remote 'upstream' to push the"
                    + " release to; add it (git remote add upstream URL)"), e.getMessage());
        }
    }
}
