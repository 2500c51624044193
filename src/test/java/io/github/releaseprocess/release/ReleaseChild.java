package io.github.releaseprocess.release;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.nio.file.Path;

/**
 * The release run in a child JVM by the crash tests, so that a step listener can halt it as if it
 * were killed: arguments are the project folder, {@code prepare}, {@code resume} or
 * {@code abort}, and optionally where to halt ({@code after}, {@code in}, {@code wrote},
 * {@code moved} (after a tag), or {@code hold}: wait there), the step, and {@code components}
 * for the monorepo of {@link ComponentFixture}. As Maven would, resume and abort read the version from the POM on disk, which a killed
 * step may have left half written. The test build passes without running anything; real test
 * builds are covered by the invoker ITs.
 */
public final class ReleaseChild {

    /** The exit status of a halted child, so the tests can tell it from a failure. */
    static final int HALT_STATUS = 86;

    private ReleaseChild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        String where = args.length > 2 ? args[2] : "none";
        String halt = args.length > 3 ? args[3] : "";
        StepListener listener = new StepListener() {
            @Override
            public void started(String stepId) {
                haltIf("in", stepId);
                if ("hold".equals(where) && stepId.equals(halt)) {
                    try {
                        Thread.sleep(120_000); // holds the lock until the test kills it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void wrote(String stepId, Path file) {
                haltIf("wrote", stepId);
            }

            @Override
            public void moved(String stepId, String ref) {
                haltIf("moved", stepId);
            }

            @Override
            public void finished(String stepId) {
                haltIf("after", stepId);
            }

            private void haltIf(String point, String stepId) {
                if (point.equals(where) && stepId.equals(halt)) {
                    Runtime.getRuntime().halt(HALT_STATUS);
                }
            }
        };
        Releaser releaser = new Releaser(Reporter.SILENT,
                (invocation, out) -> io.github.releaseprocess.build.BuildResult.succeeded(),
                listener);
        boolean components = args.length > 4 && args[4].equals("components");
        PrepareRequest request = components ? ComponentFixture.request(project)
                : ReleaseFixture.request(project);
        if (!components && !args[1].equals("prepare")) {
            request = ReleaseFixture.request(project,
                    ReactorReader.read(project.resolve("pom.xml")).get(0).version());
        }
        switch (args[1]) {
            case "prepare" -> releaser.prepare(request, false);
            case "resume" -> releaser.resume(request);
            case "abort" -> releaser.abort(request);
            default -> throw new IllegalArgumentException(args[1]);
        }
    }
}
