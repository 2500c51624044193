package io.github.releaseprocess.publish;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what central-publishing-maven-plugin prints while it uploads a bundle: the Portal's base
 * URL, that the upload starts, the deployment id once the Portal took the bundle, and the states
 * it waits for. The lines are those of the plugin's 0.x releases; the tests hold recorded (and
 * reconstructed) outputs of it. One instance reads one build's output, line by line.
 */
public final class CentralOutput {

    private static final String UUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern BASE_URL = Pattern.compile("Using Central baseUrl: (\\S+)");
    private static final Pattern GOING_TO_UPLOAD = Pattern.compile("Going to upload (\\S+)");
    private static final Pattern UPLOADED = Pattern.compile(
            "Uploaded bundle successfully,.*deploymentId: " + UUID);
    private static final Pattern STATE = Pattern.compile("Deployment " + UUID
            + " (?:has been|was successfully|was) (validated|published|failed)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FAILED = Pattern.compile("Deployment " + UUID + " failed");

    private Optional<String> portalUrl = Optional.empty();
    private boolean uploadStarted;
    private Optional<CentralDeployment> deployment = Optional.empty();
    private boolean seen;

    /**
     * Reads one line of the build's output (with or without Maven's {@code [INFO]} prefix).
     *
     * @return the deployment when this line told something new about it
     */
    public Optional<CentralDeployment> read(String line) {
        Matcher m = BASE_URL.matcher(line);
        if (m.find()) {
            portalUrl = Optional.of(m.group(1));
            seen = true;
            return Optional.empty();
        }
        if (GOING_TO_UPLOAD.matcher(line).find() && line.contains("central-bundle")) {
            uploadStarted = true;
            seen = true;
            return Optional.empty();
        }
        m = UPLOADED.matcher(line);
        if (m.find()) {
            deployment = Optional.of(new CentralDeployment(m.group(1), "UPLOADED", portalUrl,
                    List.of()));
            seen = true;
            return deployment;
        }
        m = STATE.matcher(line);
        if (!m.find()) {
            m = FAILED.matcher(line);
            if (!m.find()) {
                return Optional.empty();
            }
            return update(m.group(1), "FAILED");
        }
        return update(m.group(1), m.group(2));
    }

    private Optional<CentralDeployment> update(String id, String state) {
        CentralDeployment known = deployment.filter(d -> d.id().equals(id))
                .orElse(new CentralDeployment(id, "UPLOADED", portalUrl, List.of()));
        deployment = Optional.of(known.withState(state, known.errors()));
        seen = true;
        return deployment;
    }

    /** True when any line of the plugin was seen: the project publishes through the Portal. */
    public boolean sawCentralPlugin() {
        return seen;
    }

    /** True when the plugin started to upload its bundle. */
    public boolean uploadStarted() {
        return uploadStarted;
    }

    /** The deployment as last seen. */
    public Optional<CentralDeployment> deployment() {
        return deployment;
    }

    /** The Portal's base URL the plugin named. */
    public Optional<String> portalUrl() {
        return portalUrl;
    }
}
