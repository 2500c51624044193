package io.github.releaseprocess.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a build deployed into the local staging repository ({@code target/staging}), in the
 * order they are uploaded: every artifact, signature and checksum first, the
 * {@code maven-metadata.xml} files (and their checksums) last, so that a repository whose upload
 * stops halfway never lists a version whose files are not all there.
 */
public final class StagedFiles {

    private final Path root;
    private final List<String> paths;

    private StagedFiles(Path root, List<String> paths) {
        this.root = root;
        this.paths = List.copyOf(paths);
    }

    /** Reads the staging folder; empty when it does not exist. */
    public static StagedFiles of(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return new StagedFiles(root, List.of());
        }
        List<String> artifacts = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                (isMetadata(relative) ? metadata : artifacts).add(relative);
            }
        }
        // The metadata deepest first: a version's own metadata before its artifact's.
        metadata.sort(Comparator.comparingInt((String p) -> p.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<String> all = new ArrayList<>(artifacts);
        all.addAll(metadata);
        return new StagedFiles(root, all);
    }

    static boolean isMetadata(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.startsWith("maven-metadata");
    }

    /**
     * True when these are the files of one publication of {@code version} that still holds every
     * file of {@code uploaded}: what a resumed publication may go on with. Files built again would
     * not do: a signature or a jar that is not reproducible would no longer match what reached
     * the repository.
     */
    public boolean resumes(String version, java.util.Collection<String> uploaded) {
        return !paths.isEmpty() && paths.containsAll(uploaded) && paths.stream()
                .allMatch(p -> isMetadata(p) || p.contains("/" + version + "/"));
    }

    /** The staging folder. */
    public Path root() {
        return root;
    }

    /** The files, relative and '/'-separated, in upload order. */
    public List<String> paths() {
        return paths;
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** The file of a relative path. */
    public Path file(String relative) {
        return root.resolve(relative);
    }
}
