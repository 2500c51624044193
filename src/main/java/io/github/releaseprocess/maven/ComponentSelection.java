package io.github.releaseprocess.maven;

import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.ComponentModel;
import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.release.AnalyzedComponents;
import io.github.releaseprocess.release.ComponentScope;
import io.github.releaseprocess.versionfiles.ReactorModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;

/**
 * {@code -Drelease-process.component=ID}: the one component of a monorepo that {@code hotfix},
 * {@code set-version}, {@code deploy}, {@code rollback} and {@code status} act on (and
 * {@code publish}, which takes the same {@link ComponentScope}); for {@code prepare}, with
 * {@code only}, the components it releases. Unknown ids are refused with the nearest one.
 */
final class ComponentSelection {

    private ComponentSelection() {
    }

    /**
     * Refuses a setting that names components ({@code what}, e.g.
     * {@code -Drelease-process.only=gax names components}) in a project that configures none.
     */
    static void requireComponents(ComponentConfig config, String what) {
        if (!config.hasComponents()) {
            throw new RefusalException(what + ", and this project configures none; configure"
                    + " <components> or <versioning>independent</versioning> (see"
                    + " docs/guides/monorepo.md)");
        }
    }

    /**
     * The ids {@code prepare} releases (what they pull along follows): {@code only}, or
     * {@code component}, the name the other goals give one component; empty: every component.
     *
     * @throws RefusalException when both are given and name different components, or when either
     *     names components in a project that configures none
     */
    static List<String> releasedByPrepare(String only, String component, ComponentConfig config) {
        List<String> onlyIds = AnalyzedComponents.ids(only);
        List<String> componentIds = AnalyzedComponents.ids(component);
        if (componentIds.isEmpty()) {
            if (!onlyIds.isEmpty()) {
                requireComponents(config, "-Drelease-process.only=" + only + " names components");
            }
            return onlyIds;
        }
        if (!onlyIds.isEmpty() && !onlyIds.equals(componentIds)) {
            throw new RefusalException("-Drelease-process.component=" + component + " and"
                    + " -Drelease-process.only=" + only + " name different components; give"
                    + " prepare one of them (only takes several ids)");
        }
        requireComponents(config, "-Drelease-process.component=" + component
                + " names components");
        return componentIds;
    }

    /** The component named, or empty when none is. */
    static Optional<ComponentScope> resolve(String id, ComponentConfig config, Path baseDir,
            MavenSession session) throws IOException {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String wanted = id.strip();
        requireComponents(config, "-Drelease-process.component=" + wanted + " names a component");
        Path top;
        try (GitRepository repository = GitRepository.open(baseDir)) {
            top = repository.workTree();
        } catch (RefusalException notAClone) {
            top = baseDir;
        }
        ComponentModel model = ComponentModel.load(config, top, baseDir,
                ComponentSettings.modules(session));
        AnalyzedComponents.checkKnown(List.of(wanted), model.ids(),
                "-Drelease-process.component");
        return Optional.of(new ComponentScope(wanted, model.modules(wanted).stream()
                .map(ReactorModule::key).toList(), model.tagFormat(wanted)));
    }
}
