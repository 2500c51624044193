package io.github.releaseprocess.release;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.TextDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dry run: what the steps would do, collected by simulating each of them in order. Each step
 * adds its line of the plan and the files it would write; a step that could not run is recorded
 * with its refusal, for the gates to report.
 */
final class Simulation {

    private final Path root;
    private final List<String> steps = new ArrayList<>();
    private final Map<String, byte[][]> files = new LinkedHashMap<>();
    private final Map<String, RefusalException> refusals = new LinkedHashMap<>();
    private final List<String> snapshotReferences = new ArrayList<>();

    Simulation(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Simulates the steps in order. */
    static Simulation of(List<ReleaseStep> steps, ReleaseRun run) throws java.io.IOException {
        Simulation simulation = new Simulation(run.request.rootDirectory());
        for (ReleaseStep step : steps) {
            simulation.steps.add(line(step, run));
            try {
                step.simulate(run, simulation);
            } catch (RefusalException e) {
                simulation.refusals.put(step.id(), e);
            }
        }
        return simulation;
    }

    /** The line of the plan for a step: the same for the dry run and the real run. */
    static String line(ReleaseStep step, ReleaseRun run) {
        return step.id() + ": " + step.describe(run);
    }

    /** The step would change {@code file} from {@code before} to {@code after}. */
    void write(Path file, byte[] before, byte[] after) {
        String path = root.relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        byte[][] known = files.get(path);
        files.put(path, new byte[][] {known == null ? before : known[0], after});
    }

    /** The bytes a step would leave in {@code file}, if a step writes it. */
    Optional<byte[]> after(Path file) {
        String path = root.relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        return Optional.ofNullable(files.get(path)).map(b -> b[1]);
    }

    /** The SNAPSHOT references released modules would hold (a monorepo's release). */
    void snapshotReferences(List<String> found) {
        snapshotReferences.addAll(found);
    }

    List<String> snapshotReferences() {
        return snapshotReferences;
    }

    List<String> steps() {
        return steps;
    }

    /** Why the step could not run, if it could not. */
    Optional<RefusalException> refusal(String stepId) {
        return Optional.ofNullable(refusals.get(stepId));
    }

    /** The unified diff of every file, in the order the steps write them. */
    List<PrepareResult.FileDiff> diffs() {
        List<PrepareResult.FileDiff> out = new ArrayList<>();
        files.forEach((path, bytes) -> out.add(new PrepareResult.FileDiff(path,
                TextDiff.unified(path, bytes[0], bytes[1]))));
        return out;
    }
}
