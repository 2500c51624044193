package io.github.releaseprocess.adopt;

import io.github.releaseprocess.semver.Pep440;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versionfiles.DeclaredVersion;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a Python project without a POM, where its packaging keeps it: the static
 * {@code [project]} (or {@code [tool.poetry]}) version of the root {@code pyproject.toml},
 * {@code [metadata] version} of {@code setup.cfg}, {@code version=} of {@code setup.py}, else the
 * {@code __version__} literal nearest the root (outside tests, docs and examples). Its Maven
 * spelling is the version of the {@code pom.xml} that releases the project.
 *
 * @param file where the version is, relative to the root
 * @param text the version as written there (PEP 440), e.g. {@code 8.5.0.dev}
 * @param name the distribution name, or the folder's name
 * @param mavenVersion the POM version that stands for it ({@code 8.5.0.dev} →
 *     {@code 8.5.0-SNAPSHOT}), or empty when it has no Semantic Version (a post-release, an epoch)
 */
public record PythonVersion(String file, String text, String name, Optional<String> mavenVersion) {

    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*([^\\[\\]]+?)\\s*\\]\\s*(#.*)?$");
    private static final Pattern NAME = Pattern.compile("^\\s*name\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern CFG_NAME = Pattern.compile("(?m)^\\[metadata\\][^\\[]*?^name\\s*"
            + "[=:]\\s*([^\\s;#]+)\\s*$");
    private static final Pattern SETUP_PY_NAME = Pattern.compile("(?m)^\\s*name\\s*=\\s*[\"']"
            + "([^\"']+)[\"']");
    private static final Pattern NOT_THE_PACKAGE = Pattern.compile(
            "(^|/)(tests?|docs?|examples?|scripts|benchmarks?|\\.[^/]+)/");

    /**
     * The project's version.
     *
     * @param root the repository's root
     * @param tracked the files git tracks
     * @param read a file's text, or null
     */
    static Optional<PythonVersion> find(Path root, List<Path> tracked, Function<Path, String> read) {
        String folder = root.getFileName() == null ? "app" : root.getFileName().toString();
        String pyproject = read.apply(root.resolve("pyproject.toml"));
        String cfg = read.apply(root.resolve("setup.cfg"));
        String setup = read.apply(root.resolve("setup.py"));
        String name = pyprojectName(pyproject).or(() -> first(CFG_NAME, cfg))
                .or(() -> first(SETUP_PY_NAME, setup)).orElse(folder);
        Optional<PythonVersion> packaging = declared("pyproject.toml", pyproject, name)
                .or(() -> declared("setup.cfg", cfg, name))
                .or(() -> declared("setup.py", setup, name));
        if (packaging.isPresent()) {
            return packaging;
        }
        return tracked.stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .filter(p -> p.endsWith(".py") && !NOT_THE_PACKAGE.matcher(p).find())
                .sorted(Comparator.comparingInt((String p) -> p.split("/").length)
                        .thenComparing(Comparator.naturalOrder()))
                .flatMap(p -> declared(p, read.apply(root.resolve(p)), name).stream())
                .findFirst();
    }

    /** The version the file declares, read as set-version reads it ({@link DeclaredVersion}). */
    private static Optional<PythonVersion> declared(String file, String text, String name) {
        return text == null ? Optional.empty()
                : DeclaredVersion.of(file.substring(file.lastIndexOf('/') + 1), text)
                        .map(version -> of(file, version, name));
    }

    /** The {@code name} of {@code [project]} or {@code [tool.poetry]}, line by line. */
    private static Optional<String> pyprojectName(String pyproject) {
        if (pyproject == null) {
            return Optional.empty();
        }
        String table = "";
        for (String line : pyproject.split("\r?\n")) {
            Matcher t = TABLE.matcher(line);
            Matcher k = NAME.matcher(line);
            if (t.find()) {
                table = t.group(1).replaceAll("\\s+", "");
            } else if ((table.equals("project") || table.equals("tool.poetry")) && k.find()) {
                return Optional.of(k.group(1));
            }
        }
        return Optional.empty();
    }

    private static PythonVersion of(String file, String text, String name) {
        Optional<String> maven = Pep440.toSemVer(text).map(v -> isDevelopment(v)
                ? v.toRelease() + "-SNAPSHOT" : v.toString());
        return new PythonVersion(file, text, name, maven);
    }

    private static boolean isDevelopment(Version v) {
        return v.isPrerelease() && v.prerelease().get(0).equals("dev");
    }

    /** Why the POM gets this version, for init's findings. */
    String why() {
        return mavenVersion.map(v -> file + " holds " + text + "; a pom.xml of packaging pom at "
                + v + " stands for it" + (v.endsWith("-SNAPSHOT") ? " (a .dev version is a"
                + " -SNAPSHOT: the release is " + v.replace("-SNAPSHOT", "") + ")" : ""))
                .orElse(file + " holds " + text + ", which has no Semantic Version (a"
                + " post-release, an epoch or a fourth number): release through a POM needs one");
    }

    private static Optional<String> first(Pattern p, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
