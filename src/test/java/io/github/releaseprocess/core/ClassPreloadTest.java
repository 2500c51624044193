package io.github.releaseprocess.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {

    private static final String INITIALIZED = "release-process.preload-test.initialized";

    /** Listed in preload-test.classes; the preload must not run its static initializer. */
    static final class Listed {
        static {
            System.setProperty(INITIALIZED, "true");
        }
    }

    /** The anchor of the list, in a fresh loader that says which classes it has loaded. */
    static final class Anchor {
    }

    /** Defines the test's classes itself (the JDK's come from its parent). */
    static final class Recording extends URLClassLoader {
        Recording() {
            super(new URL[] {ClassPreloadTest.class.getProtectionDomain().getCodeSource()
                    .getLocation()}, ClassLoader.getPlatformClassLoader());
        }

        boolean isLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @AfterEach
    void forget() {
        System.clearProperty(INITIALIZED);
    }

    @Test
    void shouldLoadTheListedClassesWithoutInitializingThemAndSkipUnknownNames() throws Exception {
        try (Recording loader = new Recording()) {
            Class<?> anchor = loader.loadClass(Anchor.class.getName());
            String listed = Listed.class.getName();
            assertFalse(loader.isLoaded(listed), "loaded before the preload");

            ClassPreload preload = ClassPreload.start(anchor, "preload-test.classes");
            preload.join(10_000);

            assertFalse(preload.isAlive());
            assertTrue(preload.isDaemon());
            assertEquals(2, preload.loaded(), "the listed class and Phaser, the unknown name skipped");
            assertTrue(loader.isLoaded(listed), "not loaded by the preload");
            assertNull(System.getProperty(INITIALIZED), "the preload ran a static initializer");
            Class.forName(listed, true, loader);
            assertEquals("true", System.getProperty(INITIALIZED));
        }
    }

    @Test
    void shouldDoNothingWithoutTheList() throws Exception {
        ClassPreload preload = ClassPreload.start(ClassPreloadTest.class, "no-such.classes");
        preload.join(10_000);

        assertEquals(0, preload.loaded());
    }
}
