package io.github.releaseprocess.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a Maven build in a separate process: the release's test build, a deployment. The core sees
 * Maven only through this interface; the Maven adapter (maven-invoker) implements it.
 */
@FunctionalInterface
public interface BuildRunner {

    /**
     * Runs the goals on the project in {@code directory} and waits for the end.
     *
     * @param goals goals and phases, e.g. {@code clean verify}; never a shell string
     * @param properties user properties ({@code -Dkey=value}) for the build
     * @param output each line the build prints
     * @return the exit status: 0 when the build succeeded
     */
    int run(Path directory, List<String> goals, Map<String, String> properties,
            Consumer<String> output) throws IOException;
}
