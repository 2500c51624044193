package io.github.releaseprocess.release;

import java.io.IOException;

/**
 * One step of a release. A step can be described (the dry run), executed, and undone; undoing is
 * idempotent and relies only on what the journal recorded, so it also works for a step that a
 * killed process left half done.
 */
interface ReleaseStep {

    /** A stable id, recorded in the journal and named in messages, e.g. {@code test-build}. */
    String id();

    /** One line for the plan: what the step will do. */
    String describe(ReleaseRun run);

    void execute(ReleaseRun run) throws IOException;

    void undo(ReleaseRun run) throws IOException;
}
