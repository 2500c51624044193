package io.github.releaseprocess.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM on the test class path, for the tests that kill or halt a
 * process (a release, a ledger writer, a build runner). These children live a second or two, so
 * they run with the client compiler only and the serial collector: half the CPU time of the
 * default JVM on the 2-core CI machine, the same behaviour.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java <flags> -cp <test class path> main args...}. */
    public static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
