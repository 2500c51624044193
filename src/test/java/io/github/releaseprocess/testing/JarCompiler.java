package io.github.releaseprocess.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources given as text into a jar, with the JDK's own compiler (javax.tools). */
public final class JarCompiler {

    private JarCompiler() {
    }

    /**
     * Writes each source ({@code "com/acme/Foo.java" → text}) under {@code work/name/src},
     * compiles them and packs the classes into {@code work/name.jar}.
     */
    public static Path jar(Path work, String name, Map<String, String> sources)
            throws IOException {
        Path src = work.resolve(name).resolve("src");
        Path classes = work.resolve(name).resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn",
                "-proc:none", "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int exit = compiler.run(null, null, System.err, args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("javac failed for " + name);
        }
        Path jar = work.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString()
                        .replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
