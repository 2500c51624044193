package io.github.releaseprocess.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a daemon thread, the classes a goal is about to need, so that a second core reads,
 * inflates and defines them while the goal's own thread works (issue 14: class loading was the
 * largest part of {@code prepare}'s own time). Only loads (no static initializer runs here, so
 * nothing changes order or meaning); a class the main thread needs first is loaded by the main
 * thread as before, and Maven's class realms are parallel-capable, so neither waits for the
 * other beyond that one class. A name the class loader does not know is skipped.
 */
public final class ClassPreload extends Thread {

    private final ClassLoader loader;
    private final Class<?> anchor;
    private final String resource;
    private volatile int loaded;

    private ClassPreload(Class<?> anchor, String resource) {
        super("release-process-preload");
        setDaemon(true);
        this.anchor = anchor;
        this.loader = anchor.getClassLoader();
        this.resource = resource;
    }

    /**
     * Starts loading the classes named in {@code resource} (next to {@code anchor}, one binary
     * name a line, {@code #} starts a comment) with {@code anchor}'s class loader.
     */
    public static ClassPreload start(Class<?> anchor, String resource) {
        ClassPreload preload = new ClassPreload(anchor, resource);
        preload.start();
        return preload;
    }

    @Override
    public void run() {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                try {
                    Class.forName(line, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError notThere) {
                    // Renamed or gone since the list was written: the goal loads what it needs.
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Nothing (more) preloaded, e.g. a class realm closed after a short goal (a Maven
            // that stays up between builds): the goal loads its classes itself.
        }
    }

    /** How many classes this thread loaded (or found loaded) so far. */
    public int loaded() {
        return loaded;
    }
}
