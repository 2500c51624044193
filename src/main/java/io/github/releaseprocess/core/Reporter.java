package io.github.releaseprocess.core;

/**
 * Where the core reports what it does. The Maven adapter forwards to the Mojo's log; tests collect
 * the lines. One short summary at {@link #info}, the reasoning at {@link #debug}.
 */
public interface Reporter {

    /** Discards everything; for callers that only want the result. */
    Reporter SILENT = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** False when debug lines are discarded, so callers can skip building expensive ones. */
    default boolean isDebugEnabled() {
        return true;
    }

    /**
     * A reporter that passes each distinct warning on once: a run that plans the same files
     * twice (the release version, then the development version) warns once about each.
     */
    static Reporter warningsOnce(Reporter reporter) {
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return new Reporter() {
            @Override
            public void info(String message) {
                reporter.info(message);
            }

            @Override
            public void warn(String message) {
                if (seen.add(message)) {
                    reporter.warn(message);
                }
            }

            @Override
            public void debug(String message) {
                reporter.debug(message);
            }

            @Override
            public boolean isDebugEnabled() {
                return reporter.isDebugEnabled();
            }
        };
    }
}
