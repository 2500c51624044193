package io.github.releaseprocess.maven;

import io.github.releaseprocess.adopt.Adoption;
import io.github.releaseprocess.adopt.RepositoryInspector;
import io.github.releaseprocess.core.AtomicFiles;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.versionfiles.PomPluginInserter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The first step in a project that already has releases: inspects the repository (its tags, the
 * files of the release tool it used, its commit messages, changelog and version files) and prints
 * the plugin configuration that fits it, with the reasons and the release it would make next.
 * Changes nothing, unless {@code -Drelease-process.write} asks it to insert the {@code <plugin>}
 * block into pom.xml (no other byte of the file changes).
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true, aggregator = true)
public class InitMojo extends AbstractReleaseProcessMojo {

    /** What a repository without a POM (a Python or Node application) needs to release. */
    private static final String NO_POM = "A project without Maven (a Python or Node"
            + " application) releases through a small pom.xml of <packaging>pom</packaging> at"
            + " its version that holds this block (docs/guides/python-application.md):"
            + " next-version runs without one, prepare does not.";

    /** The widest a reason line gets, so the output fits a 100-column CI log. */
    private static final int WIDTH = 92;

    /** Insert the suggested {@code <plugin>} block into pom.xml instead of only printing it. */
    @Parameter(property = "release-process.write", defaultValue = "false")
    private boolean write;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected void run(Reporter reporter) throws IOException {
        Path dir = baseDir();
        Adoption adoption = new RepositoryInspector(reporter).inspect(dir,
                hasPom() ? project.getArtifactId() : null, hasPom() ? project.getVersion() : null);
        reporter.info("What the repository shows:");
        for (Adoption.Finding f : adoption.findings()) {
            reporter.info(String.format("  %-15s %s", f.topic() + ":", f.value()));
            for (String line : wrap(f.why())) {
                reporter.info("      " + line);
            }
        }
        List<String> block = adoption.pluginLines(plugin.getGroupId(), plugin.getArtifactId(),
                plugin.getVersion());
        Path pom = dir.resolve("pom.xml");
        Optional<List<String>> newPom = hasPom() || Files.exists(pom) ? Optional.empty()
                : adoption.pomLines(block);
        if (!write && newPom.isPresent()) {
            reporter.info("The pom.xml that releases it (-Drelease-process.write writes it):");
            newPom.get().forEach(line -> reporter.info("  " + line));
            nextSteps(reporter, "Once it is written and committed, run:");
            return;
        }
        if (!write) {
            reporter.info("The plugin configuration that fits (into <build><plugins> of pom.xml;"
                    + " -Drelease-process.write inserts it):");
            block.forEach(line -> reporter.info("  " + line));
            if (!hasPom()) {
                wrap(NO_POM).forEach(reporter::info);
            }
            nextSteps(reporter, "Once it is in pom.xml and committed, run:");
            return;
        }
        if (newPom.isPresent()) {
            AtomicFiles.write(pom, (String.join("\n", newPom.get()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            reporter.info("Wrote " + pom + " (packaging pom, the project's version):");
            newPom.get().forEach(line -> reporter.info("  " + line));
            nextSteps(reporter, "Review it, add target/ to .gitignore, commit both, then run:");
            return;
        }
        if (!Files.isRegularFile(pom)) {
            throw new RefusalException("There is no pom.xml in " + dir + " to write the plugin"
                    + " into; run init in the reactor's root folder, or copy the block without"
                    + " -Drelease-process.write. " + NO_POM);
        }
        byte[] updated = PomPluginInserter.insert("pom.xml", Files.readAllBytes(pom), block,
                plugin.getArtifactId());
        AtomicFiles.write(pom, updated);
        reporter.info("Inserted into <build><plugins> of " + pom + " (nothing else changed):");
        block.forEach(line -> reporter.info("  " + line));
        nextSteps(reporter, "Review it with 'git diff pom.xml', commit it, then run:");
    }

    private void nextSteps(Reporter reporter, String intro) {
        List<String> steps = Adoption.nextSteps(plugin.getGroupId(), plugin.getArtifactId(),
                plugin.getVersion());
        reporter.info(intro);
        for (String step : steps.subList(0, steps.size() - 1)) {
            reporter.info("  " + step);
        }
        wrap(steps.get(steps.size() - 1)).forEach(reporter::info);
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
