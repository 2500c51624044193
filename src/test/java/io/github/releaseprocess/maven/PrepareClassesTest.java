package io.github.releaseprocess.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes prepare preloads (bench/preload-classes.sh wrote the list) still exist: a name that
 * no longer does is skipped at run time and only costs the preload its head start.
 */
class PrepareClassesTest {

    @Test
    void shouldNameOnlyClassesThatExist() throws IOException {
        List<String> missing = new ArrayList<>();
        int names = 0;
        try (InputStream in = PrepareMojo.class.getResourceAsStream("prepare.classes")) {
            assertNotNull(in, "prepare.classes is not next to PrepareMojo");
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                names++;
                try {
                    Class.forName(name, false, PrepareMojo.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    missing.add(name);
                }
            }
        }
        assertTrue(names > 300, "the list is nearly empty: " + names + " names");
        assertEquals(List.of(), missing, "classes gone since bench/preload-classes.sh wrote"
                + " the list: run it again (see its header)");
    }
}
