package io.github.releaseprocess.maven;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.JournaledWrite;
import io.github.releaseprocess.versionfiles.ParsedPoms;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.VersionChangePlan;
import io.github.releaseprocess.versionfiles.VersionChangeRequest;
import io.github.releaseprocess.versionfiles.VersionFile;
import io.github.releaseprocess.versionfiles.VersionSetter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectBuilder;

/**
 * Sets a version in every POM of the reactor and in the configured version files, changing only
 * the characters of the version: {@code mvn release-process:set-version -DnewVersion=1.4.0}.
 * All files are written or none. Runs once, at the execution root; with {@code -N} it reads the
 * modules from the files instead of waiting for Maven to load the whole reactor.
 */
@Mojo(name = "set-version", threadSafe = true, aggregator = true)
public class SetVersionMojo extends AbstractComponentScopedMojo {

    /** The new version, a Semantic Version; {@code -DnewVersion=} works too. */
    @Parameter(property = "release-process.newVersion")
    private String newVersion;

    /**
     * Other files whose version moves with the POMs: {@code pyproject.toml}, {@code package.json},
     * {@code *.py} ({@code __version__}), {@code *.properties} (with {@code <key>}), or any file
     * with {@code release-process:version} markers. Paths are relative to the execution root.
     */
    @Parameter
    private List<VersionFileSpec> versionFiles;

    /** Prints what would change and writes nothing; {@code -DdryRun} works too. */
    @Parameter(property = "release-process.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Reads the modules of a POM whose profiles declare modules, under {@code -N}. */
    @Component
    private ProjectBuilder projectBuilder;

    @Override
    protected void run(Reporter reporter) throws IOException {
        String target = requestedVersion();
        ParsedPoms parsed = new ParsedPoms();
        List<ReactorModule> modules = Reactor.modules(session, project, projectBuilder, parsed);
        List<VersionFile> files = VersionFileSpec.toVersionFiles(versionFiles);
        Optional<io.github.releaseprocess.release.ComponentScope> scope = componentScope();
        VersionChangePlan plan;
        String from;
        if (scope.isPresent()) {
            // One component: its modules and the references to them, nothing else.
            plan = scope.get().versionChange(baseDir(), modules, target, reporter);
            from = modules.stream().filter(m -> scope.get().modules().contains(m.key()))
                    .map(ReactorModule::version).findFirst().orElse("?");
        } else {
            VersionChangeRequest request = new VersionChangeRequest(baseDir(),
                    project.getVersion(), target, modules, files, trackedFiles(),
                    Optional.empty());
            plan = VersionSetter.plan(request, reporter, parsed);
            from = plan.currentVersion();
        }
        boolean dry = dryRun;
        if (plan.isEmpty()) {
            reporter.info("Version is already " + target + "; nothing to change");
            return;
        }
        plan.describe().forEach(GoalOutput.detail(reporter, dry));
        String summary = plan.edits().size() + " version(s) in " + plan.changes().size()
                + " file(s): " + scope.map(c -> c.id() + " ").orElse("") + from + " -> "
                + target;
        if (dry) {
            reporter.info("Dry run: would change " + summary + "; nothing written");
            return;
        }
        Map<Path, byte[]> written = new LinkedHashMap<>();
        plan.changes().forEach(c -> written.put(c.file(), c.after()));
        JournaledWrite.writeAll(baseDir(), goal(), target, written);
        reporter.info("Changed " + summary);
    }

    /** The files git tracks under the root, searched for release-please markers; none without git. */
    private List<Path> trackedFiles() throws IOException {
        try (GitRepository repository = GitRepository.open(baseDir())) {
            return repository.trackedFiles(baseDir());
        } catch (RefusalException notAClone) {
            return List.of();
        }
    }

    private String requestedVersion() {
        String value = newVersion;
        if (value == null || value.isBlank()) {
            throw new RefusalException("set-version needs the new version: pass -DnewVersion=1.4.0"
                    + " (or -Drelease-process.newVersion=1.4.0).");
        }
        VersionSetting.parse("newVersion", value, "1.4.0, 1.4.0-rc.1 or 1.5.0-SNAPSHOT");
        return value.trim();
    }
}
