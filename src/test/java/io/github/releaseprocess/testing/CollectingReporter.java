package io.github.releaseprocess.testing;

import io.github.releaseprocess.core.Reporter;
import java.util.ArrayList;
import java.util.List;

/** A reporter that keeps every line, per level, for the tests to look at. */
public final class CollectingReporter implements Reporter {

    public final List<String> info = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<String> debug = new ArrayList<>();

    @Override
    public void info(String message) {
        info.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void debug(String message) {
        debug.add(message);
    }
}
