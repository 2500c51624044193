package io.github.releaseprocess.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One component acted on alone: its hotfix line, its version and the references to it. */
class ComponentScopeTest {

    @TempDir
    Path dir;

    private static final ComponentScope LIBRARY = new ComponentScope("library",
            List.of("g:library"), TagFormat.of("library-v@{version}", null));

    @Test
    void shouldStartTheHotfixLineOfOneComponentFromItsTag() throws Exception {
        ComponentFixture.create(dir);

        String branch = new HotfixStarter(Reporter.SILENT).start(dir,
                TagFormat.of(TagFormat.DEFAULT, "root"), Optional.empty(), List.of(),
                HotfixStarter.DEFAULT_MESSAGE, Optional.of(LIBRARY));

        assertEquals("hotfix/library-1.2.1", branch);
        assertEquals(ComponentFixture.LIBRARY, Files.readString(dir.resolve("library/pom.xml")));
        String service = Files.readString(dir.resolve("service/pom.xml"));
        assertTrue(service.contains("<artifactId>library</artifactId><version>1.2.1-SNAPSHOT<"),
                service);
        assertTrue(service.contains("<version>2.0.0</version>"), "the service keeps its version");
        try (Git git = Git.open(dir.toFile())) {
            assertEquals("chore(release): start hotfix library 1.2.1",
                    git.log().setMaxCount(1).call().iterator().next().getShortMessage());
            assertEquals(git.getRepository().resolve("library-v1.2.0^{commit}"),
                    git.getRepository().resolve("HEAD~1"));
        }
    }

    @Test
    void shouldSetTheVersionOfOneComponentAndTheReferencesToIt() throws Exception {
        ComponentFixture.create(dir);

        LIBRARY.versionChange(dir, ReactorReader.read(dir.resolve("pom.xml")), "1.5.0-SNAPSHOT",
                Reporter.SILENT).apply();

        assertEquals(ComponentFixture.LIBRARY.replace("1.2.1-SNAPSHOT", "1.5.0-SNAPSHOT"),
                Files.readString(dir.resolve("library/pom.xml")));
        assertEquals(ComponentFixture.SERVICE.replace("1.2.1-SNAPSHOT", "1.5.0-SNAPSHOT"),
                Files.readString(dir.resolve("service/pom.xml")));
        assertEquals(ComponentFixture.TOOL, Files.readString(dir.resolve("tools/tool/pom.xml")));
    }
}
