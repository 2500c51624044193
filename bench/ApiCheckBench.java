import io.github.releaseprocess.api.ApiComparator;
import io.github.releaseprocess.api.ApiReport;
import io.github.releaseprocess.api.ApiVerdict;
import io.github.releaseprocess.semver.Version;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark helper (compiled once and run by bench/api-check.sh): the plugin's API check on a
 * pair of jars, as {@code prepare} runs it (one comparison, a cold JVM), in a process of its own
 * so that it can be timed side by side with japicmp's command line.
 *   OLD.jar NEW.jar   prints the headline, the levels and the in-process time of the comparison
 */
public class ApiCheckBench {

    public static void main(String[] args) {
        long start = System.nanoTime();
        ApiReport report = new ApiComparator(List.of()).compare(Path.of(args[0]), "1.0.0",
                Path.of(args[1]), "1.0.1");
        ApiVerdict verdict = ApiVerdict.of(report, Version.parse("1.0.0"),
                Version.parse("1.0.1"), true, false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(report.headline());
        System.out.println(verdict.levels());
        System.out.println("in-process ms: " + millis + " classes: " + report.classesCompared());
    }
}
