package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.GitHubActions;
import io.github.releaseprocess.core.Reporter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where a goal's report goes besides its summary: the detail lines (INFO in a dry run, else
 * DEBUG), the {@code outputFile} (relative to the project folder, with a "Wrote" line) and the
 * step outputs of a GitHub Actions job. Written once for every goal that has them.
 */
final class GoalOutput {

    /** Writes a report to the file it is given. */
    @FunctionalInterface
    interface FileWriter {
        void write(Path target) throws IOException;
    }

    private GoalOutput() {
    }

    /** The sink of lines that only a dry run shows: INFO when {@code shown}, else DEBUG. */
    static Consumer<String> detail(Reporter reporter, boolean shown) {
        return shown ? reporter::info : reporter::debug;
    }

    /** Writes {@code outputFile}, resolved against {@code baseDir}, and logs where it went. */
    static void write(Path baseDir, File outputFile, FileWriter writer, Reporter reporter)
            throws IOException {
        Path target = baseDir.resolve(outputFile.toPath());
        writer.write(target);
        reporter.info("Wrote " + target);
    }

    /** Appends the outputs to {@code GITHUB_OUTPUT} when the goal runs in a GitHub Actions job. */
    static void toGitHubActions(Map<String, String> outputs, Reporter reporter)
            throws IOException {
        if (GitHubActions.fromEnvironment().appendOutputs(outputs)) {
            reporter.debug("Appended " + outputs.keySet() + " to GITHUB_OUTPUT");
        }
    }
}
