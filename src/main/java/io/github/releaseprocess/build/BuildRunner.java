package io.github.releaseprocess.build;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Runs a Maven build in a separate process: how the core sees the release test build and the
 * deployment build. {@link ProcessBuildRunner} is the real one (an argument list that no shell
 * splits or expands: Maven's own {@code bin/mvn} launcher script passes it on as {@code "$@"}; a
 * process group of its own; a timeout that stops the whole tree); tests may supply a fake.
 */
@FunctionalInterface
public interface BuildRunner {

    /**
     * Runs the build and returns when it ends or, when its time is up, once it and every
     * process it started have stopped.
     *
     * @param output receives each line of the build's output as it comes
     */
    BuildResult run(BuildInvocation invocation, Consumer<String> output) throws IOException;
}
