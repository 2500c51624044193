import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.components.Component;
import io.github.releaseprocess.components.ComponentAnalysis;
import io.github.releaseprocess.components.ComponentAnalyzer;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.ComponentDecision;
import io.github.releaseprocess.components.ComponentGroup;
import io.github.releaseprocess.components.ComponentModel;
import io.github.releaseprocess.components.DependentsPolicy;
import io.github.releaseprocess.components.Versioning;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.semver.Version;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionRequest;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays the past releases of a monorepo: for each release commit, checks out the commit before
 * it, lets the component analysis predict every component's next version, and compares with the
 * tags the release commit carries. Usage (a clone with a work tree; it is checked out in turn):
 *
 * <pre>
 * java -cp CP bench/MonorepoPredict.java CLONE RELEASES SUBJECT_REGEX PRESET \
 *     id:path:tagFormat ... [--group id:linked:a,b,c] [--dependents none] \
 *     [--versions-txt id=artifact,...] [--only-released]
 * </pre>
 *
 * <p>With {@code --versions-txt} the released versions are read from the release commit's
 * {@code versions.txt} (release-please's java-yoshi format, {@code artifact:released:current}),
 * where it changed, instead of from the tags on the release commit.
 */
public final class MonorepoPredict {

    public static void main(String[] args) throws Exception {
        Path clone = Path.of(args[0]);
        int releases = Integer.parseInt(args[1]);
        String subject = args[2];
        preset = Preset.byId(args[3]);
        List<Component> components = new ArrayList<>();
        List<ComponentGroup> groups = new ArrayList<>();
        DependentsPolicy dependents = DependentsPolicy.PATCH;
        versionsTxt = new LinkedHashMap<>();
        for (int i = 4; i < args.length; i++) {
            if (args[i].equals("--group")) {
                String[] g = args[++i].split(":");
                groups.add(new ComponentGroup(g[0], Arrays.asList(g[2].split(",")),
                        Boolean.parseBoolean(g[1])));
            } else if (args[i].equals("--versions-txt")) {
                for (String pair : args[++i].split(",")) {
                    String[] kv = pair.split("=");
                    versionsTxt.put(kv[0], kv[1]);
                }
            } else if (args[i].equals("--only-released")) {
                onlyReleased = true; // separate release PRs: the others' are pending elsewhere
            } else if (args[i].equals("--dependents")) {
                dependents = DependentsPolicy.parse(args[++i]);
            } else {
                String[] c = args[i].split(":", 3);
                components.add(new Component(c[0], c[1], List.of(), List.of(), c[2], null));
            }
        }
        ComponentConfig config = new ComponentConfig(Versioning.SINGLE, components, groups,
                dependents, false);
        String head = git(clone, "rev-parse", "HEAD").trim();
        List<String> releaseCommits = new ArrayList<>();
        for (String line : git(clone, "log", "--first-parent", "--format=%H %s", head)
                .split("\n")) {
            int sp = line.indexOf(' ');
            if (sp > 0 && line.substring(sp + 1).matches(subject)) {
                releaseCommits.add(line.substring(0, sp));
                if (releaseCommits.size() == releases) {
                    break;
                }
            }
        }
        try {
            replay(clone, releaseCommits, config);
        } finally {
            git(clone, "checkout", "-q", "--detach", "-f", head);
        }
    }

    private static Preset preset;
    private static boolean onlyReleased;
    private static Map<String, String> versionsTxt;

    private static void replay(Path clone, List<String> releaseCommits, ComponentConfig config)
            throws Exception {
        int hits = 0;
        int componentHits = 0;
        int componentTotal = 0;
        long totalMillis = 0;
        for (String release : releaseCommits) {
            List<String> tags = Arrays.asList(git(clone, "tag", "--points-at", release).trim()
                    .split("\n"));
            String parent = git(clone, "rev-parse", release + "^1").trim();
            git(clone, "checkout", "-q", "--detach", "-f", parent);
            List<ReactorModule> modules;
            try {
                modules = Files.exists(clone.resolve("pom.xml"))
                        ? ReactorReader.read(clone.resolve("pom.xml")) : List.of();
            } catch (RuntimeException e) {
                modules = List.of();
            }
            ComponentModel model = ComponentModel.load(config, clone, clone, modules);
            NextVersionRequest request = new NextVersionRequest(
                    VersioningPolicy.builder(preset).build(), TagFormat.of("v@{version}", null),
                    NextVersionRequest.FALLBACK_INITIAL_VERSION, Optional.empty(),
                    Optional.empty(), false, false);
            long t0 = System.nanoTime();
            ComponentAnalysis analysis;
            try (GitRepository repo = GitRepository.open(clone)) {
                analysis = new ComponentAnalyzer(Reporter.SILENT).analyze(repo, request, model,
                        id -> CommitSink.NONE);
            }
            totalMillis += (System.nanoTime() - t0) / 1_000_000;
            boolean all = true;
            StringBuilder line = new StringBuilder(release.substring(0, 10));
            for (ComponentDecision d : analysis.decisions()) {
                TagFormat format = model.tagFormat(d.id());
                String expected = null;
                for (String t : tags) {
                    Optional<Version> v = format.versionOf(t);
                    if (v.isPresent()) {
                        expected = v.get().toString();
                    }
                }
                if (versionsTxt.containsKey(d.id())) {
                    String after = released(clone, release, versionsTxt.get(d.id()));
                    String before = released(clone, parent, versionsTxt.get(d.id()));
                    expected = after != null && !after.equals(before) ? after : null;
                }
                if (onlyReleased && expected == null) {
                    continue;
                }
                String predicted = d.nextVersion().map(Version::toString).orElse(null);
                boolean ok = java.util.Objects.equals(expected, predicted);
                componentTotal++;
                componentHits += ok ? 1 : 0;
                all &= ok;
                line.append(' ').append(d.id()).append('=').append(predicted)
                        .append(ok ? "" : " (released " + expected + ")");
            }
            hits += all ? 1 : 0;
            System.out.println((all ? "hit  " : "MISS ") + line);
        }
        System.out.printf("%d/%d releases predicted exactly (%.1f %%), %d/%d component versions;"
                + " analysis %d ms on average%n", hits, releaseCommits.size(),
                100.0 * hits / Math.max(1, releaseCommits.size()), componentHits, componentTotal,
                totalMillis / Math.max(1, releaseCommits.size()));
    }

    /** The released version of an artifact in versions.txt at a commit, or null. */
    private static String released(Path clone, String commit, String artifact) throws Exception {
        String text;
        try {
            text = git(clone, "show", commit + ":versions.txt");
        } catch (IllegalStateException e) {
            return null;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split(":");
            if (parts.length == 3 && parts[0].equals(artifact)) {
                return parts[1];
            }
        }
        return null;
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
        }
        return out;
    }
}
