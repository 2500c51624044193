package io.github.releaseprocess.deploy;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Required;
import io.github.releaseprocess.history.TagFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every deployment of a project shares: where the project is, where working copies go, the
 * configured environments, the tag format and the POM version (for {@code source=head}).
 *
 * @param projectDir the folder of the project's POM
 * @param workDir where the working copies go, e.g. {@code target/release-process/deploy}
 * @param environments the configured environments, in POM order
 * @param tagFormat the shape of release tags
 * @param projectVersion the POM version, deployed by environments with {@code source=head}
 * @param component the component of a monorepo deployed ({@code -Drelease-process.component}):
 *     {@code tagFormat} is then its tag format, and the ledger's records are its own
 */
public record DeploySettings(Path projectDir, Path workDir, List<Environment> environments,
        TagFormat tagFormat, Optional<String> projectVersion, Optional<String> component) {

    /** The settings of a project released as one version. */
    public DeploySettings(Path projectDir, Path workDir, List<Environment> environments,
            TagFormat tagFormat, Optional<String> projectVersion) {
        this(projectDir, workDir, environments, tagFormat, projectVersion, Optional.empty());
    }

    public DeploySettings {
        Required.nonNull("component projectDir workDir tagFormat projectVersion", component,
                projectDir, workDir, tagFormat, projectVersion);
        environments = List.copyOf(environments);
        Map<String, Environment> byId = new LinkedHashMap<>();
        for (Environment e : environments) {
            if (byId.put(e.id(), e) != null) {
                throw new RefusalException("<environments> holds two environments with <id>"
                        + e.id() + "</id>; give each its own id");
            }
        }
        for (Environment e : environments) {
            for (String required : e.requires()) {
                if (!byId.containsKey(required)) {
                    throw new RefusalException("<environment><id>" + e.id() + "</id> requires '"
                            + required + "', which is not in <environments>; configured: "
                            + String.join(", ", byId.keySet()));
                }
            }
        }
    }

    /** The ids of the configured environments. */
    public List<String> environmentIds() {
        List<String> ids = new ArrayList<>();
        environments.forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * The environment a user named.
     *
     * @throws RefusalException when none is named or the name is not configured
     */
    public Environment environment(String id, String goal) {
        if (environments.isEmpty()) {
            throw new RefusalException("No <environments> are configured for"
                    + " release-process-maven-plugin; add them to the plugin's <configuration>"
                    + " (see docs/guides/deploying.md)");
        }
        if (id == null || id.isBlank()) {
            throw new RefusalException("Which environment? Name one with -Denvironment=ID, e.g."
                    + " mvn release-process:" + goal + " -Denvironment="
                    + environments.get(0).id() + "; configured: "
                    + String.join(", ", environmentIds()));
        }
        return environments.stream().filter(e -> e.id().equals(id.trim())).findFirst()
                .orElseThrow(() -> new RefusalException("There is no environment '" + id
                        + "' in <environments>; configured: " + String.join(", ", environmentIds())
                        + " (-Denvironment=" + environments.get(0).id() + ")"));
    }
}
