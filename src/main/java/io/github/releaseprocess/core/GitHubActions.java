package io.github.releaseprocess.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

/**
 * What GitHub Actions reads from a step: {@code key=value} outputs appended to the file named by
 * {@code GITHUB_OUTPUT}, and {@code ::error file=…,line=…::} workflow commands on standard output.
 */
public final class GitHubActions {

    private final Map<String, String> environment;

    /** @param environment the process environment (tests pass their own) */
    public GitHubActions(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Reads the real process environment. */
    public static GitHubActions fromEnvironment() {
        return new GitHubActions(System.getenv());
    }

    /** True when running as a GitHub Actions step. */
    public boolean isActive() {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /**
     * Appends the outputs to {@code GITHUB_OUTPUT} when it is set; multi-line values use the
     * heredoc form with a random delimiter so a value can never end the block early.
     *
     * @return true when the outputs were written
     */
    public boolean appendOutputs(Map<String, String> outputs) throws IOException {
        String file = environment.get("GITHUB_OUTPUT");
        if (file == null || file.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue();
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                String delimiter = "ghadelimiter_" + UUID.randomUUID();
                text.append(e.getKey()).append("<<").append(delimiter).append('\n').append(value)
                        .append('\n').append(delimiter).append('\n');
            } else {
                text.append(e.getKey()).append('=').append(value).append('\n');
            }
        }
        Files.write(Path.of(file), text.toString().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return true;
    }

    /**
     * A workflow command that annotates a file line, e.g. {@code ::error file=CHANGELOG.md,
     * line=12,col=3,title=date-format::message}; property and message characters are escaped as
     * GitHub requires.
     *
     * @param column the column, or 0 for none
     * @param title the annotation's title, or null for none
     */
    public static String annotation(String severity, String file, int line, int column,
            String title, String message) {
        StringBuilder out = new StringBuilder("::").append(severity).append(" file=")
                .append(escapeProperty(file)).append(",line=").append(line);
        if (column > 0) {
            out.append(",col=").append(column);
        }
        if (title != null) {
            out.append(",title=").append(escapeProperty(title));
        }
        return out.append("::").append(escapeData(message)).toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
