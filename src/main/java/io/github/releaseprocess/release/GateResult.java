package io.github.releaseprocess.release;

import java.util.List;

/**
 * The outcome of one gate.
 *
 * @param gate the gate's name, e.g. {@code clean working tree}
 * @param status passed, warned or failed
 * @param message one sentence: what was found and how to fix it
 * @param items what the gate found, one line each (files, commits, dependencies)
 */
public record GateResult(String gate, Status status, String message, List<String> items) {

    public GateResult {
        items = List.copyOf(items);
    }

    static GateResult pass(String gate, String message) {
        return new GateResult(gate, Status.PASS, message, List.of());
    }

    /** How a gate ended. */
    public enum Status {
        PASS, WARN, FAIL, SKIP
    }
}
