package io.github.releaseprocess.maven;

import io.github.releaseprocess.deploy.BuildInvocation;
import io.github.releaseprocess.deploy.BuildResult;
import io.github.releaseprocess.deploy.BuildRunner;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.Invoker;
import org.apache.maven.shared.invoker.InvokerLogger;
import org.apache.maven.shared.invoker.MavenInvocationException;
import org.apache.maven.shared.invoker.PrintStreamLogger;

/**
 * Runs a Maven build (the release test build, a deployment) through maven-invoker, in a separate
 * Maven process of the same Maven installation, Java, local repository, settings and offline mode
 * as the running build (without {@code maven.home} maven-invoker would run whatever {@code mvn}
 * is on the PATH). Arguments are passed as a list; nothing goes through a shell.
 */
final class InvokerBuildRunner implements BuildRunner {

    private final MavenSession session;

    InvokerBuildRunner(MavenSession session) {
        this.session = session;
    }

    @Override
    public BuildResult run(BuildInvocation invocation, Consumer<String> output) {
        InvocationRequest request = new DefaultInvocationRequest();
        File pom = invocation.pomFile().toFile();
        request.setPomFile(pom);
        request.setBaseDirectory(pom.getParentFile());
        request.addArgs(invocation.goals());
        request.setProfiles(invocation.profiles());
        Properties properties = new Properties();
        properties.putAll(invocation.properties());
        request.setProperties(properties);
        invocation.environment().forEach(request::addShellEnvironment);
        request.setBatchMode(true);
        request.setNoTransferProgress(true);
        request.setInputStream(new ByteArrayInputStream(new byte[0]));
        request.setOutputHandler(output::accept);
        request.setErrorHandler(output::accept);
        request.setJavaHome(new File(System.getProperty("java.home")));
        request.setOffline(session.isOffline());
        request.setShowErrors(session.getRequest().isShowErrors());
        long seconds = Math.max(1, invocation.timeout().toSeconds());
        request.setTimeoutInSeconds((int) Math.min(Integer.MAX_VALUE, seconds));
        if (session.getRequest().getLocalRepositoryPath() != null) {
            request.setLocalRepositoryDirectory(session.getRequest().getLocalRepositoryPath());
        }
        File userSettings = session.getRequest().getUserSettingsFile();
        if (userSettings != null && userSettings.isFile()) {
            request.setUserSettingsFile(userSettings);
        }
        File globalSettings = session.getRequest().getGlobalSettingsFile();
        if (globalSettings != null && globalSettings.isFile()) {
            request.setGlobalSettingsFile(globalSettings);
        }
        Invoker invoker = new DefaultInvoker();
        // maven-invoker's own chatter ("Executing in batch mode…") is not the build's output.
        invoker.setLogger(new PrintStreamLogger(System.err, InvokerLogger.ERROR));
        String mavenHome = System.getProperty("maven.home");
        if (mavenHome != null && !mavenHome.isBlank()) {
            invoker.setMavenHome(new File(mavenHome));
        }
        long start = System.nanoTime();
        try {
            InvocationResult result = invoker.execute(request);
            if (result.getExecutionException() != null) {
                boolean timedOut = result.getExecutionException().getClass().getSimpleName()
                        .contains("TimeOut")
                        || System.nanoTime() - start >= seconds * 1_000_000_000L;
                return new BuildResult(result.getExitCode(), timedOut, timedOut
                        ? Optional.empty()
                        : Optional.of("the build could not run: "
                                + result.getExecutionException().getMessage()));
            }
            return new BuildResult(result.getExitCode(), false, Optional.empty());
        } catch (MavenInvocationException e) {
            return new BuildResult(-1, false, Optional.of("the build could not start: "
                    + e.getMessage() + " (maven.home is " + mavenHome + ")"));
        }
    }
}
