import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.releaseprocess.commits.Preset;
import io.github.releaseprocess.commits.VersioningPolicy;
import io.github.releaseprocess.components.Component;
import io.github.releaseprocess.components.ComponentAnalysis;
import io.github.releaseprocess.components.ComponentAnalyzer;
import io.github.releaseprocess.components.ComponentConfig;
import io.github.releaseprocess.components.ComponentModel;
import io.github.releaseprocess.components.DependentsPolicy;
import io.github.releaseprocess.components.Versioning;
import io.github.releaseprocess.core.Reporter;
import io.github.releaseprocess.history.GitRepository;
import io.github.releaseprocess.history.TagFormat;
import io.github.releaseprocess.versioning.CommitSink;
import io.github.releaseprocess.versioning.NextVersionRequest;
import io.github.releaseprocess.versionfiles.ReactorModule;
import io.github.releaseprocess.versionfiles.ReactorReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The in-process part of the monorepo benchmark (bench/monorepo.sh): reads the reactor of a
 * generated monorepo (gen_monorepo.py) and analyses its components RUNS times, printing one line
 * of numbers (medians; the first of several runs only warms up): the reactor load (POMs and graph), the analysis (walk, diffs, decisions), the
 * commits walked, the components released, and the largest live heap seen after a collection.
 *
 * <pre>java -Xmx64m -XX:+UseSerialGC -cp CP bench/MonorepoBench.java REPO RUNS</pre>
 */
public final class MonorepoBench {

    /** The names of the heap's memory pools (not metaspace or the code cache). */
    private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();

    /** Like Reporter.SILENT, but says that debug lines are off, as Maven's log does by default. */
    private static final Reporter QUIET = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }
    };

    public static void main(String[] args) throws Exception {
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                HEAP_POOLS.add(pool.getName());
            }
        }
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[1]);
        AtomicLong peakAfterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo
                        .GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) n.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                peakAfterGc.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        List<Long> reactorMillis = new ArrayList<>();
        List<Long> analysisMillis = new ArrayList<>();
        long walked = 0;
        long diffMillis = 0;
        int released = 0;
        int components = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            List<ReactorModule> modules = ReactorReader.read(repo.resolve("pom.xml"));
            List<Component> list = new ArrayList<>();
            for (ReactorModule m : modules.subList(1, modules.size())) {
                String folder = repo.relativize(m.pom().getParent()).toString();
                list.add(Component.of(m.artifactId(), folder));
            }
            ComponentModel model = ComponentModel.load(new ComponentConfig(Versioning.SINGLE, list,
                    List.of(), DependentsPolicy.PATCH, false), repo, repo, modules);
            long t1 = System.nanoTime();
            NextVersionRequest request = new NextVersionRequest(
                    VersioningPolicy.builder(Preset.CONVENTIONALCOMMITS).build(),
                    TagFormat.of(TagFormat.DEFAULT, null), NextVersionRequest.FALLBACK_INITIAL_VERSION,
                    Optional.empty(), Optional.empty(), false, false);
            ComponentAnalysis analysis;
            try (GitRepository git = GitRepository.open(repo)) {
                analysis = new ComponentAnalyzer(QUIET).analyze(git, request, model,
                        id -> CommitSink.NONE);
            }
            long t2 = System.nanoTime();
            if (r > 0 || runs == 1) { // the first of several runs warms the JIT up
                reactorMillis.add((t1 - t0) / 1_000_000);
                analysisMillis.add((t2 - t1) / 1_000_000);
            }
            walked = analysis.walked();
            diffMillis = analysis.diffMillis();
            released = analysis.released().size();
            components = model.components().size();
        }
        System.out.printf("diffMs=%d reactorMs=%d analysisMs=%d analysisMinMs=%d walked=%d components=%d"
                + " released=%d peakLiveHeapMB=%.1f maxHeapMB=%d%n", diffMillis, median(reactorMillis),
                median(analysisMillis), Collections.min(analysisMillis), walked, components,
                released, peakAfterGc.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
