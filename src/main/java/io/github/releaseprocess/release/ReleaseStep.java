package io.github.releaseprocess.release;

import java.io.IOException;

/**
 * One step of a release. A step can be simulated (the dry run is the step list simulated),
 * executed and undone. Before it changes anything local it records in the journal what it is
 * about to change (files, the index, refs), and undoing it replays those records only: so undo
 * also works for a step that a killed process left half done, and it never acts on whatever
 * happens to be checked out now. The push is the exception: what a remote accepted cannot be
 * taken back from here, so its undo says what to do by hand.
 */
interface ReleaseStep {

    /** A stable id, recorded in the journal and named in messages, e.g. {@code test-build}. */
    String id();

    /** One line for the plan: what the step will do. */
    String describe(ReleaseRun run);

    /**
     * What {@link #execute} would do, without doing it: the files it would write go into the
     * simulation (its line of the plan is {@link #describe}).
     *
     * @throws io.github.releaseprocess.core.RefusalException when the step could not run
     */
    default void simulate(ReleaseRun run, Simulation simulation) throws IOException {
    }

    void execute(ReleaseRun run) throws IOException;

    /**
     * True for a step that acts on a server (publish, push): run again after a stop, it goes on
     * from what it noted in the journal instead of being undone and started afresh.
     */
    default boolean resumesInPlace() {
        return false;
    }

    /**
     * True for a local step whose first act is to save a record of its own (a backup, the index,
     * the ref it moves) before it changes anything: its start then goes to disk with that record
     * instead of a save (and fsync) of its own. A kill before that record leaves no trace of the
     * step and nothing it changed.
     */
    default boolean recordsBeforeChanging() {
        return false;
    }

    /** Undoes the step from what the journal recorded of it. */
    default void undo(ReleaseRun run) throws IOException {
        run.journal().undo(id(), run.repository);
    }
}
