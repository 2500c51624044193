package io.github.releaseprocess.versionfiles;

import io.github.releaseprocess.core.RefusalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code -Dname=value} definitions of {@code .mvn/maven.config}, with their byte ranges. */
final class MavenConfig {

    record Definition(String name, String value, int start, int end, int line) {
    }

    final Path path;
    final byte[] bytes;
    final Map<String, Definition> definitions = new LinkedHashMap<>();

    private MavenConfig(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
        int i = 0;
        int line = 1;
        boolean defineNext = false;
        while (i < bytes.length) {
            byte c = bytes[i];
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            while (i < bytes.length && !isSpace(bytes[i])) {
                i++;
            }
            String token = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            int offset = start;
            if (token.equals("-D") || token.equals("--define")) {
                defineNext = true;
                continue;
            }
            if (defineNext) {
                defineNext = false;
            } else if (token.startsWith("-D")) {
                token = token.substring(2);
                offset += 2;
            } else {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = token.substring(0, eq);
            String value = token.substring(eq + 1);
            int valueStart = offset + token.substring(0, eq + 1).getBytes(StandardCharsets.UTF_8).length;
            if (value.startsWith("\"") || value.startsWith("'")) {
                definitions.put(name, new Definition(name, null, valueStart, i, line));
            } else {
                definitions.put(name, new Definition(name, value, valueStart, i, line));
            }
        }
    }

    /** The file at {@code root/.mvn/maven.config}, or null when there is none. */
    static MavenConfig read(Path root) throws IOException {
        Path file = root.resolve(".mvn").resolve("maven.config");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return new MavenConfig(ProjectPaths.editTarget(root, file, ".mvn/maven.config"),
                Files.readAllBytes(file));
    }

    Definition get(String name) {
        Definition d = definitions.get(name);
        if (d != null && d.value() == null) {
            throw new RefusalException(".mvn/maven.config:" + d.line() + ": the value of -D" + name
                    + " is quoted, which set-version does not edit; write it without quotes.");
        }
        return d;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
