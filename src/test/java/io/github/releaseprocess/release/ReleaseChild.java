package io.github.releaseprocess.release;

import io.github.releaseprocess.core.Reporter;
import java.nio.file.Path;

/**
 * The release run in a child JVM by the crash tests, so that a test hook can halt it: arguments
 * are the project folder and {@code prepare}, {@code resume} or {@code abort}. The test build
 * passes without running anything; real test builds are covered by the invoker ITs.
 */
public final class ReleaseChild {

    private ReleaseChild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Releaser releaser = new Releaser(Reporter.SILENT, 
                (invocation, out) -> io.github.releaseprocess.build.BuildResult.succeeded());
        PrepareRequest request = ReleaseFixture.request(project);
        switch (args[1]) {
            case "prepare" -> releaser.prepare(request, false);
            case "resume" -> releaser.resume(request);
            case "abort" -> releaser.abort(request);
            default -> throw new IllegalArgumentException(args[1]);
        }
    }
}
