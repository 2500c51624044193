package io.github.releaseprocess.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git's system configuration is found from the environment, without running git. */
class GitSystemConfigTest {

    @TempDir
    Path dir;

    private Path git(Path prefix) throws IOException {
        Path bin = Files.createDirectories(prefix.resolve("bin"));
        Path git = Files.writeString(bin.resolve("git"), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void shouldReadThePrefixOfTheGitOnThePath() throws IOException {
        Path prefix = dir.resolve("opt/git");
        Path bin = git(prefix);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String path = empty + ":" + bin + ":/usr/bin";
        assertEquals(Optional.empty(), GitSystemConfig.locate(Map.of("PATH", path)),
                "no etc/gitconfig under the prefix: git reads none");
        Path config = Files.createDirectories(prefix.resolve("etc")).resolve("gitconfig");
        Files.writeString(config, "[user]\n\tname = System\n");
        assertEquals(Optional.of(config), GitSystemConfig.locate(Map.of("PATH", path)));
    }

    @Test
    void shouldPreferGitConfigSystem() throws IOException {
        Path config = Files.writeString(dir.resolve("system.cfg"), "[core]\n");
        assertEquals(Optional.of(config), GitSystemConfig.locate(Map.of("PATH", "/usr/bin",
                "GIT_CONFIG_SYSTEM", config.toString())));
        assertEquals(Optional.empty(), GitSystemConfig.locate(Map.of("GIT_CONFIG_SYSTEM",
                dir.resolve("missing").toString())));
    }

    @Test
    void shouldFindNoneWithoutGit() {
        assertEquals(Optional.empty(), GitSystemConfig.locate(Map.of("PATH", dir.toString())));
        assertEquals(Optional.empty(), GitSystemConfig.locate(Map.of()));
    }

    @Test
    void shouldReadEtcGitconfigForTheGitInUsrBin() {
        Path usrBinGit = Path.of("/usr/bin/git");
        if (Files.isExecutable(usrBinGit)) {
            Optional<Path> expected = Files.isRegularFile(Path.of("/etc/gitconfig"))
                    ? Optional.of(Path.of("/etc/gitconfig")) : Optional.empty();
            assertEquals(expected, GitSystemConfig.locate(Map.of("PATH", "/usr/bin")));
        }
    }
}
