package io.github.releaseprocess.release;

/**
 * Told when each step of a release starts and finishes. The crash tests supply one that halts the
 * process at a chosen point, as if it were killed; the plugin itself passes {@link #NONE}, so the
 * shipped code has no switch that makes it halt.
 */
interface StepListener {

    /** Does nothing. */
    StepListener NONE = new StepListener() {
    };

    /** The journal recorded that the step started; it has changed nothing yet. */
    default void started(String stepId) {
    }

    /** The step wrote a file (after backing it up); the step is half done. */
    default void wrote(String stepId, java.nio.file.Path file) {
    }

    /** The step moved a ref (a tag of a monorepo's release) and recorded it. */
    default void moved(String stepId, String ref) {
    }

    /**
     * The step finished. The journal saved that for a step that acts on a server; a local step's
     * end goes to disk with the next step's start, so a kill here undoes and redoes the step.
     */
    default void finished(String stepId) {
    }
}
