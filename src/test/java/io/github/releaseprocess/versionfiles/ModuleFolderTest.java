package io.github.releaseprocess.versionfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A goal started in a module's folder is sent to the reactor root. */
class ModuleFolderTest {

    @TempDir
    Path root;

    @Test
    void shouldSendAGoalStartedInAModuleFolderToTheReactorRoot() throws Exception {
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <groupId>g</groupId>\n"
                + "  <artifactId>parent</artifactId>\n  <version>1.0.0-SNAPSHOT</version>\n"
                + "  <modules>\n    <module>core</module>\n  </modules>\n</project>\n");
        Path core = Files.createDirectories(root.resolve("core"));
        Files.writeString(core.resolve("pom.xml"), "<project>\n  <parent>\n    <groupId>g</groupId>\n"
                + "    <artifactId>parent</artifactId>\n    <version>1.0.0-SNAPSHOT</version>\n"
                + "  </parent>\n  <artifactId>core</artifactId>\n</project>\n");
        List<ReactorModule> modules = ReactorReader.read(core.resolve("pom.xml"));

        RefusalException e = assertThrows(RefusalException.class, () -> VersionSetter.plan(
                new VersionChangeRequest(core, "1.0.0-SNAPSHOT", "1.0.0", modules, List.of()),
                Reporter.SILENT));

        Path top = root.toAbsolutePath().normalize();
        assertEquals("pom.xml: g:core is a module of the reactor in " + top + ", which sets its"
                + " version; run the goal from the reactor root (cd " + top + ").", e.getMessage());
    }
}
