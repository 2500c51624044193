import io.github.releaseprocess.release.JournaledWrite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Run by bench/journal.sh: JournaledWrite of N POMs, clean tracked (blob ids) against untracked (copies), alternately. */
public class JournalBench {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path base = Path.of(args[2]);
        long[] tracked = new long[runs];
        long[] untracked = new long[runs];
        for (int r = 0; r < runs; r++) {
            for (boolean commit : new boolean[] {true, false}) {
                Path dir = base.resolve((commit ? "tracked-" : "untracked-") + r);
                Map<Path, byte[]> files = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    Path pom = dir.resolve("m" + i + "/pom.xml");
                    Files.createDirectories(pom.getParent());
                    String text = "<project><artifactId>m" + i + "</artifactId><version>1.0.0-SNAPSHOT</version></project>\n";
                    Files.writeString(pom, text);
                    files.put(pom, text.replace("1.0.0-SNAPSHOT", "1.1.0").getBytes(StandardCharsets.UTF_8));
                }
                run(dir, "git", "init", "-q", "-b", "main");
                if (commit) {
                    run(dir, "git", "add", "-A");
                } else {
                    Files.writeString(dir.resolve("README"), "x");
                    run(dir, "git", "add", "README");
                }
                run(dir, "git", "-c", "user.name=B", "-c", "user.email=b@e.org", "commit", "-q", "-m", "init");
                long t0 = System.nanoTime();
                JournaledWrite.writeAll(dir, "set-version", "1.1.0", files);
                long t = System.nanoTime() - t0;
                (commit ? tracked : untracked)[r] = t / 1_000_000;
            }
        }
        java.util.Arrays.sort(tracked);
        java.util.Arrays.sort(untracked);
        System.out.printf("%d POMs, %d runs: clean tracked (blob ids) median %d ms, min %d ms;"
                + " untracked (copies, as every file was before) median %d ms, min %d ms%n", n, runs,
                tracked[runs / 2], tracked[0], untracked[runs / 2], untracked[0]);
    }

    static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd));
    }
}
