package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.Required;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version change per module, for the components of a monorepo: some modules move to their own
 * new versions, and every version in the reactor that refers to a module (a {@code <parent>}, a
 * dependency, a managed dependency or BOM import, a plugin, an extension, or a property such a
 * version is written with) becomes what {@link #references} says.
 *
 * @param rootDirectory the execution root
 * @param modules every project of the reactor
 * @param newVersions {@code groupId:artifactId} → the module's new own version; modules not
 *     named keep theirs
 * @param references decides the new text of each version that refers to a reactor module
 * @param originals the bytes the POMs had before an earlier change (the release), by absolute
 *     path: each reference is told the text it had there ({@link ReferenceSite#original()}), so
 *     that a later change can put references back; empty when not needed
 * @param outputTimestamp the release instant for {@code project.build.outputTimestamp}; empty to
 *     leave it alone
 * @param trackedFiles the files git tracks, searched for release-please's
 *     {@code x-version-update} markers; the rows of {@code versions.txt} and those markers
 *     follow the modules (by artifactId) that move
 * @param levels {@code groupId:artifactId} → the level ({@code patch}, {@code minor},
 *     {@code major}) its component moves by: a {@code versions.txt} row named after a module but
 *     with numbers of its own moves by it from its released version
 */
public record ModuleVersionRequest(Path rootDirectory, List<ReactorModule> modules,
        Map<String, String> newVersions, ReferenceRule references, Map<Path, byte[]> originals,
        Optional<Instant> outputTimestamp, List<Path> trackedFiles, Map<String, String> levels) {

    /** A change whose {@code versions.txt} rows follow the modules' versions only. */
    public ModuleVersionRequest(Path rootDirectory, List<ReactorModule> modules,
            Map<String, String> newVersions, ReferenceRule references,
            Map<Path, byte[]> originals, Optional<Instant> outputTimestamp,
            List<Path> trackedFiles) {
        this(rootDirectory, modules, newVersions, references, originals, outputTimestamp,
                trackedFiles, Map.of());
    }

    /** A change of the POMs (and {@code versions.txt}), without searching files for markers. */
    public ModuleVersionRequest(Path rootDirectory, List<ReactorModule> modules,
            Map<String, String> newVersions, ReferenceRule references,
            Map<Path, byte[]> originals, Optional<Instant> outputTimestamp) {
        this(rootDirectory, modules, newVersions, references, originals, outputTimestamp,
                List.of());
    }

    public ModuleVersionRequest {
        Required.nonNull("rootDirectory references outputTimestamp", rootDirectory, references,
                outputTimestamp);
        modules = List.copyOf(modules);
        newVersions = Map.copyOf(newVersions);
        originals = Map.copyOf(originals);
        trackedFiles = trackedFiles == null ? List.of() : List.copyOf(trackedFiles);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    /** Decides the version a reference to a reactor module gets. */
    @FunctionalInterface
    public interface ReferenceRule {

        /**
         * The new text of a version that refers to the reactor module {@code target}, or null to
         * leave it as it is.
         *
         * @param target the module referred to, {@code groupId:artifactId}
         * @param text the version as written now (a property's value when it is written with one)
         * @param site where the reference is and which module holds it
         * @throws io.github.releaseprocess.core.RefusalException when no version fits
         */
        String apply(String target, String text, ReferenceSite site);
    }

    /**
     * Where a reference is.
     *
     * @param holder the module whose POM holds the reference, {@code groupId:artifactId}
     * @param file the POM
     * @param line the 1-based line of the version text
     * @param what e.g. {@code parent/version}, {@code dependency com.acme:core},
     *     {@code property core.version}
     * @param original the text this reference had in {@link ModuleVersionRequest#originals()},
     *     when those were given and hold it
     */
    public record ReferenceSite(String holder, String file, int line, String what,
            Optional<String> original) {

        /** {@code file:line: what}, for messages. */
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }
}
