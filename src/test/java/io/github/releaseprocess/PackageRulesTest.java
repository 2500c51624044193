package io.github.releaseprocess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the packages, read from the sources: every package says in its
 * {@code package-info.java} what it is for and what it must not depend on, and the code keeps to
 * it. Maven's API only in {@code maven/}; JGit only in {@code history/} and in the deployment
 * ledger; no package depends on a package above it.
 */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/releaseprocess");
    private static final String ROOT = "io.github.releaseprocess.";

    /**
     * The packages each package may use, among the packages listed here. A package that is not
     * listed (a new one) is held only to the Maven and JGit rules until it is added here.
     */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("semver", Set.of()),
            Map.entry("feedback", Set.of("core")),
            Map.entry("build", Set.of("core")),
            Map.entry("commits", Set.of("core", "semver")),
            Map.entry("history", Set.of("core", "semver")),
            Map.entry("versionfiles", Set.of("core", "semver")),
            Map.entry("versioning", Set.of("core", "semver", "commits", "history")),
            Map.entry("changelog", Set.of("core", "semver", "commits", "versioning")),
            Map.entry("deploy", Set.of("core", "semver", "history", "build", "feedback")),
            Map.entry("adopt", Set.of("core", "semver", "commits", "history", "changelog",
                    "versionfiles", "versioning")),
            Map.entry("api", Set.of("core", "semver")),
            Map.entry("publish", Set.of("core", "semver", "history", "build", "deploy")),
            Map.entry("release", Set.of("core", "semver", "commits", "history", "build",
                    "feedback", "changelog", "versionfiles", "versioning", "deploy", "publish", "api")));

    /** The classes outside {@code history/} that may use JGit: the deployment ledger. */
    private static final Set<String> JGIT_OUTSIDE_HISTORY = Set.of("deploy/GitLedger.java",
            "deploy/LedgerRecord.java", "deploy/GitSourceExport.java");

    private static final Pattern OURS = Pattern.compile(
            "\\bio\\.github\\.releaseprocess\\.([a-z]+)\\.");
    private static final Pattern STRINGS_AND_COMMENTS = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|//[^\\n]*|/\\*(?s:.*?)\\*/");

    @Test
    void shouldSayInEveryPackageWhatItIsForAndWhatItMustNotDependOn() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path info = dir.resolve("package-info.java");
                if (!Files.exists(info)) {
                    wrong.add(dir + " has no package-info.java");
                    continue;
                }
                String text = Files.readString(info, StandardCharsets.UTF_8);
                if (!text.matches("(?s).*\\b([Nn]o |[Nn]othing |[Nn]o other |only |[Oo]nly ).*")) {
                    wrong.add(info + " does not say what the package must not depend on");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void shouldKeepMavenInTheAdapterJGitInHistoryAndNoPackageDependingUpwards()
            throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            String pkg = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
            String code = STRINGS_AND_COMMENTS.matcher(
                    Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
            if (!pkg.equals("maven") && code.contains("org.apache.maven.")) {
                wrong.add(relative + " uses the Maven API, which only maven/ may");
            }
            if (!pkg.equals("history") && !JGIT_OUTSIDE_HISTORY.contains(relative)
                    && code.contains("org.eclipse.jgit.")) {
                wrong.add(relative + " uses JGit, which only history/ and the deployment ledger"
                        + " may");
            }
            Set<String> allowed = MAY_USE.get(pkg);
            Set<String> used = new TreeSet<>();
            Matcher m = OURS.matcher(code);
            while (m.find()) {
                used.add(m.group(1));
            }
            used.remove(pkg);
            for (String other : used) {
                if (other.equals("maven") && !pkg.equals("maven")) {
                    wrong.add(relative + " uses " + ROOT + "maven, the adapter; the core never"
                            + " depends on it");
                } else if (allowed != null && MAY_USE.containsKey(other)
                        && !allowed.contains(other)) {
                    wrong.add(relative + " (" + pkg + ") uses " + ROOT + other + ", which "
                            + pkg + "/package-info.java does not allow");
                }
            }
        }
        assertTrue(files.size() > 100, "sources not found under " + SOURCES);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
