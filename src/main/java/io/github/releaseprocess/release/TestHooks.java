package io.github.releaseprocess.release;

/**
 * A hook for the crash tests, never set in real use: with the system property
 * {@code release-process.test.haltAfterStep=STEP} the process halts at once, as if killed, right
 * after the journal records that STEP finished; {@code haltInStep=STEP} halts right after the step
 * started and backed up its files, before it changes anything. The tests then check that
 * {@code -Drelease-process.resume} and {@code -Drelease-process.abort} give the exact results of an
 * uninterrupted release and of no release at all.
 */
final class TestHooks {

    /** The exit status of a halted process, so the tests can tell it from a failure. */
    static final int HALT_STATUS = 86;

    private TestHooks() {
    }

    static void haltAfter(String stepId) {
        if (stepId.equals(System.getProperty("release-process.test.haltAfterStep"))) {
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }

    static void haltIn(String stepId) {
        if (stepId.equals(System.getProperty("release-process.test.haltInStep"))) {
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
