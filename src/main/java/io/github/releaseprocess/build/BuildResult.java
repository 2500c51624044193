package io.github.releaseprocess.build;

import java.util.Optional;

/**
 * How a deployment build ended.
 *
 * @param exitCode the process's exit code (0 is success)
 * @param timedOut true when it was stopped for running past its time limit
 * @param failure what kept it from running at all (no Maven found, …), if anything
 */
public record BuildResult(int exitCode, boolean timedOut, Optional<String> failure) {

    public static BuildResult succeeded() {
        return new BuildResult(0, false, Optional.empty());
    }

    public boolean isSuccess() {
        return exitCode == 0 && !timedOut && failure.isEmpty();
    }
}
