package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import io.github.releaseprocess.core.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version markers release-please leaves in files, found in any text file:
 * <ul>
 *   <li>{@code {x-version-update:ARTIFACT:current|released}} on a line, and the lines between
 *       {@code {x-version-update-start:ARTIFACT:current|released}} and
 *       {@code {x-version-update-end}}: the versions there become that artifact's value in
 *       {@code versions.txt} (without one, the project's version);</li>
 *   <li>{@code x-release-please-version} on a line (its first version), and the lines between
 *       {@code x-release-please-start-version} and {@code x-release-please-end} (every version):
 *       they show the release and keep it while the project is at a {@code -SNAPSHOT}.</li>
 * </ul>
 * Text is ISO-8859-1 so offsets are byte offsets.
 */
public final class VersionMarkers {

    private static final Pattern UPDATE = Pattern.compile(
            "\\{x-version-update:([^:{}\\s]+):(current|released)\\}");
    private static final Pattern UPDATE_START = Pattern.compile(
            "\\{x-version-update-start:([^:{}\\s]+):(current|released)\\}");
    private static final String UPDATE_END = "{x-version-update-end}";
    /** A start marker whose artifact is a template's expression ({@code {{ artifact_id }}}). */
    private static final Pattern TEMPLATE_START = Pattern.compile(
            "\\{x-version-update-start:\\s*\\{\\{");
    /** Another start marker naming no artifact: {@code {x-version-update-start::current}}. */
    private static final Pattern NAMELESS_START = Pattern.compile(
            "\\{x-version-update-start:[^}\\s]*\\}");
    private static final String PLEASE_LINE = "x-release-please-version";
    private static final String PLEASE_START = "x-release-please-start-version";
    private static final String PLEASE_END = "x-release-please-end";
    /** A version as release-please's updaters match it (after a 'v' too, as in v1.2.3). */
    private static final Pattern VERSION = Pattern.compile(
            "(?<![0-9.]|[A-Za-z&&[^v]])(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?)"
                    + "(?![0-9A-Za-z])");

    private VersionMarkers() {
    }

    /** True when the text holds any marker; a cheap test before {@link #find}. */
    public static boolean mentions(String text) {
        return text.contains("x-version-update") || text.contains("x-release-please-");
    }

    /**
     * Whether a release moves a module's own version that is not the reactor's: its POM's
     * {@code <version>} line carries {@code {x-version-update:ARTIFACT:current}} and
     * {@code versions.txt} at the root has a row of that artifact. googleapis/java-pubsub's
     * {@code proto-} and {@code grpc-google-cloud-pubsub-v1} stay at {@code 1.131.1-SNAPSHOT}
     * beside {@code google-cloud-pubsub} at {@code 1.149.1-SNAPSHOT}; release-please (and this
     * plugin) moves them by the release's level from their own row, to {@code 1.132.0}.
     *
     * @param root the reactor root, where {@code versions.txt} is
     * @param pom the module's POM
     * @param artifactId the module's artifactId
     */
    public static boolean movedByVersionsTxt(Path root, Path pom, String artifactId)
            throws IOException {
        Path rows = root.resolve(VersionsTxt.FILE_NAME);
        if (!Files.isRegularFile(rows) || !Files.isRegularFile(pom)) {
            return false;
        }
        String marker = "{x-version-update:" + artifactId + ":current}";
        boolean marked = false;
        for (String line : Files.readString(pom, StandardCharsets.ISO_8859_1).split("\n")) {
            marked |= line.contains("<version>") && line.contains(marker);
        }
        try {
            return marked && VersionsTxt.parse(VersionsTxt.FILE_NAME, Files.readString(rows,
                    StandardCharsets.ISO_8859_1)).rows().stream()
                    .anyMatch(r -> r.artifact().equals(artifactId));
        } catch (RefusalException e) {
            return false; // a malformed row: the version files gate names it
        }
    }

    /** How many marker lines and blocks a text holds (for {@code init}). */
    public static int count(String text) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            if (UPDATE.matcher(line).find() || UPDATE_START.matcher(line).find()
                    || line.contains(PLEASE_LINE) || line.contains(PLEASE_START)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The version texts to change.
     *
     * @param moved the new versions.txt values by artifact, or null without a versions.txt
     * @param newVersion the project's new version; null for a monorepo's change per module,
     *     where only {@code x-version-update} markers (by artifact) change
     */
    static List<Edit> find(String name, String text, Map<String, VersionsTxt.Moved> moved,
            String newVersion, Unlisted unlisted) {
        boolean development = newVersion != null && newVersion.endsWith("-SNAPSHOT");
        List<Edit> out = new ArrayList<>();
        int at = 0;
        int lineNo = 1;
        String blockValue = null;
        String blockWhat = null;
        int blockLine = 0;
        boolean inUpdateBlock = false;
        boolean inPleaseBlock = false;
        for (String line : text.split("\n", -1)) {
            Matcher update = UPDATE.matcher(line);
            Matcher start = UPDATE_START.matcher(line);
            if (start.find()) {
                inUpdateBlock = true;
                blockLine = lineNo;
                blockWhat = start.group(0);
                blockValue = value(name, lineNo, start.group(1), start.group(2), moved, newVersion,
                        development, unlisted);
            } else if (TEMPLATE_START.matcher(line).find() || NAMELESS_START.matcher(line).find()) {
                // As release-please: a block whose start names no artifact moves nothing.
                inUpdateBlock = true;
                blockLine = lineNo;
                blockValue = null;
                Matcher nameless = NAMELESS_START.matcher(line);
                boolean template = TEMPLATE_START.matcher(line).find();
                unlisted.nameless(name, lineNo, !template && nameless.find() ? nameless.group()
                        : null);
            } else if (line.contains(UPDATE_END)) {
                if (!inUpdateBlock) {
                    throw new RefusalException(name + ":" + lineNo + ": " + UPDATE_END + " without"
                            + " an {x-version-update-start:…} before it; fix the markers.");
                }
                inUpdateBlock = false;
            } else if (line.contains(PLEASE_START)) {
                inPleaseBlock = true;
                blockLine = lineNo;
            } else if (line.contains(PLEASE_END)) {
                if (!inPleaseBlock) {
                    throw new RefusalException(name + ":" + lineNo + ": " + PLEASE_END + " without"
                            + " an " + PLEASE_START + " before it; fix the markers.");
                }
                inPleaseBlock = false;
            } else if (inUpdateBlock) {
                all(out, line, at, lineNo, blockValue, "version in " + blockWhat + " block");
            } else if (inPleaseBlock) {
                all(out, line, at, lineNo, development || newVersion == null ? null : newVersion,
                        "version in " + PLEASE_START + " block");
            } else if (update.find()) {
                String value = value(name, lineNo, update.group(1), update.group(2), moved,
                        newVersion, development, unlisted);
                all(out, line, at, lineNo, value, update.group(0));
            } else if (line.contains(PLEASE_LINE) && newVersion != null) {
                Matcher v = VERSION.matcher(line);
                if (v.find() && !development) {
                    out.add(new Edit(at + v.start(1), at + v.end(1), v.group(1), newVersion, lineNo,
                            PLEASE_LINE));
                }
            }
            at += line.length() + 1;
            lineNo++;
        }
        if (inUpdateBlock || inPleaseBlock) {
            throw new RefusalException(name + ":" + blockLine + ": the marker block is never"
                    + " closed (" + (inUpdateBlock ? UPDATE_END : PLEASE_END) + "); fix the"
                    + " markers.");
        }
        return out;
    }

    private static void all(List<Edit> out, String line, int at, int lineNo, String value,
            String what) {
        if (value == null) {
            return;
        }
        Matcher v = VERSION.matcher(line);
        while (v.find()) {
            out.add(new Edit(at + v.start(1), at + v.end(1), v.group(1), value, lineNo, what));
        }
    }

    /** The new value a {@code x-version-update} marker asks for, or null to leave it. */
    private static String value(String name, int line, String artifact, String kind,
            Map<String, VersionsTxt.Moved> moved, String newVersion, boolean development,
            Unlisted unlisted) {
        if (moved == null) {
            return "released".equals(kind) && development ? null : newVersion;
        }
        VersionsTxt.Moved row = moved.get(artifact);
        if (row == null) {
            unlisted.add(name, line, artifact);
            return null;
        }
        return "released".equals(kind) ? row.released() : row.current();
    }

    /**
     * The markers naming an artifact that {@code versions.txt} does not list (templates and test
     * data of code generators often do): their lines stay as they are, and one warning sums them
     * up instead of one per line; each line is a debug line.
     */
    static final class Unlisted {

        private static final int LISTED = 5;

        private final Map<String, Integer> byArtifact = new LinkedHashMap<>();
        private final Set<String> files = new LinkedHashSet<>();
        private final List<String> lines = new ArrayList<>();
        private final List<String> templates = new ArrayList<>();
        private final List<String> nameless = new ArrayList<>();

        void add(String file, int line, String artifact) {
            byArtifact.merge(artifact, 1, Integer::sum);
            files.add(file);
            lines.add(file + ":" + line + ": the marker names " + artifact + ", which "
                    + VersionsTxt.FILE_NAME + " does not list; the line is left as it is");
        }

        /**
         * A block whose start marker names no artifact: left as release-please leaves it; a
         * debug line for a template's expression, a warning for anything else ({@code marker}).
         */
        void nameless(String file, int line, String marker) {
            if (marker == null) {
                templates.add(file + ":" + line + ": the block's start marker names a template's"
                        + " expression, not an artifact; its lines are left as they are");
            } else {
                nameless.add(file + ":" + line + ": " + marker + " names no artifact; the lines"
                        + " up to its {x-version-update-end} are left as they are, as"
                        + " release-please leaves them");
            }
        }

        /** One warning for all of them (nothing when there are none), then a debug line each. */
        void report(Reporter reporter) {
            templates.forEach(reporter::debug);
            nameless.forEach(reporter::warn);
            if (lines.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            byArtifact.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(LISTED)
                    .forEach(e -> names.add(e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue()
                            : "")));
            String where = files.size() == 1 ? files.iterator().next() : files.size() + " files";
            reporter.warn((lines.size() == 1 ? "1 x-version-update marker" : lines.size()
                    + " x-version-update markers") + " in " + where + " name"
                    + (lines.size() == 1 ? "s an artifact" : " artifacts") + " that "
                    + VersionsTxt.FILE_NAME + " does not list (" + String.join(", ", names)
                    + (byArtifact.size() > LISTED ? ", …" : "") + "): "
                    + (lines.size() == 1 ? "that line is left as it is" : "those lines are"
                            + " left as they are") + " (-X lists them)");
            lines.forEach(reporter::debug);
        }
    }

    /** One version text to replace. */
    record Edit(int start, int end, String before, String after, int line, String what) {
    }
}
