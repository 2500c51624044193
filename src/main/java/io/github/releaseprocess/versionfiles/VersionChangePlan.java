package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every file that a version change touches, with its new bytes, computed before anything is
 * written. {@link #describe} is the dry run; {@link #apply()} writes all files or none.
 */
public final class VersionChangePlan {

    private final Path rootDirectory;
    private final String currentVersion;
    private final String newVersion;
    private final List<FileChange> changes;
    private final List<Reference> references;

    VersionChangePlan(Path rootDirectory, String currentVersion, String newVersion,
            List<FileChange> changes) {
        this(rootDirectory, currentVersion, newVersion, changes, List.of());
    }

    VersionChangePlan(Path rootDirectory, String currentVersion, String newVersion,
            List<FileChange> changes, List<Reference> references) {
        this.rootDirectory = rootDirectory;
        this.currentVersion = currentVersion;
        this.newVersion = newVersion;
        this.changes = List.copyOf(changes);
        this.references = List.copyOf(references);
    }

    /**
     * A version in the reactor that refers to a reactor module, as it is after the change.
     *
     * @param site where it is and which module holds it
     * @param target the module referred to, {@code groupId:artifactId}
     * @param version the version it names after the change
     */
    public record Reference(ModuleVersionRequest.ReferenceSite site, String target,
            String version) {
    }

    /**
     * Every reference to a reactor module with the version it names after a change per module
     * ({@link ModuleVersionRequest}); empty for a change of the whole reactor.
     */
    public List<Reference> references() {
        return references;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public String newVersion() {
        return newVersion;
    }

    /** The files whose bytes change, in a stable order (POMs in reactor order, then version files). */
    public List<FileChange> changes() {
        return changes;
    }

    /** Every version text that changes. */
    public List<VersionEdit> edits() {
        List<VersionEdit> all = new ArrayList<>();
        changes.forEach(c -> all.addAll(c.edits()));
        return all;
    }

    /** True when no file changes (for example, the new version is the current one). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One line per edit, {@code path:line: what: before -> after}, paths relative to the root. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (VersionEdit e : edits()) {
            lines.add(display(e.file()) + ":" + e.line() + ": " + e.what() + ": " + e.before()
                    + " -> " + e.after());
        }
        return lines;
    }

    /**
     * Writes every changed file atomically; if one write fails, the files already written are
     * restored byte for byte and the exception names the file and the reason.
     */
    public void apply() throws IOException {
        java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        changes.forEach(c -> files.put(c.file(), c.after()));
        AtomicFiles.writeAll(files);
    }

    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = rootDirectory.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
