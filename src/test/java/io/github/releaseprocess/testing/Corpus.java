package io.github.releaseprocess.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Access to the real-world test corpus in src/test/corpus (see its README). */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus folder; fails loudly when it is missing, so no corpus test passes vacuously. */
    public static Path dir() {
        String configured = System.getProperty("corpus.dir");
        Path dir = configured != null ? Paths.get(configured) : Paths.get("src/test/corpus");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test corpus not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    /** The files of a corpus folder, sorted by name. */
    public static List<Path> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(dir().resolve(folder))) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    /** Non-empty lines of a UTF-8 text file. */
    public static List<String> lines(String relative) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file(relative), StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Rows of a tab-separated file with a header line, as column name → value. */
    public static List<Map<String, String>> tsv(String relative) throws IOException {
        List<String> lines = lines(relative);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
