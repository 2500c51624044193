package io.github.releaseprocess.build;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Runs a Maven build in a separate process: how the core sees the deployment build. The Maven
 * adapter implements it with maven-invoker; tests with a fake. Implementations take argument
 * lists only, never a shell string.
 */
@FunctionalInterface
public interface BuildRunner {

    /**
     * Runs the build and returns when it ends or its time is up.
     *
     * @param output receives each line of the build's output as it comes
     */
    BuildResult run(BuildInvocation invocation, Consumer<String> output) throws IOException;
}
