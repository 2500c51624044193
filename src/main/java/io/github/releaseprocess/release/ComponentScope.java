package io.github.releaseprocess.release;

import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.versionfiles.ModuleVersionRequest;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.VersionChangePlan;
import io.github.releaseprocess.versionfiles.VersionSetter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One component of a monorepo that a goal acts on alone ({@code -Drelease-process.component=ID}):
 * {@code hotfix}, {@code set-version}, {@code deploy}, {@code rollback}, {@code status} and
 * {@code publish}.
 *
 * @param id the component
 * @param modules the reactor modules that carry its version, {@code groupId:artifactId}
 * @param tagFormat its release tags
 */
public record ComponentScope(String id, List<String> modules, TagFormat tagFormat) {

    public ComponentScope {
        Required.nonNull("id tagFormat", id, tagFormat);
        modules = List.copyOf(modules);
    }

    /**
     * The change that sets {@code newVersion} in this component's modules and in every reference
     * to them in the reactor, and nothing else.
     */
    public VersionChangePlan versionChange(Path root, List<ReactorModule> reactor,
            String newVersion, Reporter reporter) throws IOException {
        Map<String, String> versions = new LinkedHashMap<>();
        modules.forEach(m -> versions.put(m, newVersion));
        return VersionSetter.plan(new ModuleVersionRequest(root, reactor, versions,
                (target, text, site) -> modules.contains(target) ? newVersion : null, Map.of(),
                Optional.empty()), reporter);
    }
}
