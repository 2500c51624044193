"""Where validate-changelog's time goes, from JFR recordings of the Maven JVM.

Record one run per file, in the sample bench/validate-changelog.sh writes (bench/work/sample-user/
for a user's JVM, bench/work/sample/ for this project's jvm.config):

    MAVEN_OPTS="-XX:StartFlightRecording=filename=REC.jfr,settings=profile" ./mvnw -B -q -o \\
        release-process:validate-changelog -Drelease-process.changelog=…/changelog-30000.md \\
        -Drelease-process.checkTags=false

then `python3 bench/validate_profile.py REC.jfr...`: per recording the goal's window (first to
last main-thread sample inside the Mojo) and the GC pauses in it; over all of them the samples by
part of the goal (the first part in PARTS whose frame is on the stack); ForkJoin worker samples in
the parser count as the chunk parse on the other core.

With `--detail` first, per recording also: the JIT's compile count and time (JFR's
CompilerStatistics, from the goal's first sample to its last), the classes loaded in the window,
the GC count, how many 20 ms slots of the window had a sample of the main thread and of a parse
worker both (the overlap of the two parse threads), then over all recordings the methods on top
of the goal's samples (self time) and the allocation in the goal by the first frame of this
plugin on its stack (JFR's ObjectAllocationSample weights).
"""
import collections
import datetime
import json
import re
import subprocess
import sys

PARTS = [
    ("class loading", ("ClassLoader.loadClass", "defineClass", "ClassRealm")),
    ("read file", ("Files.readAllBytes",)),
    ("line index", ("SourceText$LineScan", "SourceText.charLineStarts", "SourceText.lineStarts")),
    ("decoding", ("SourceText.<init>", "SourceText.decode")),
    ("commonmark-java's block parse", ("org.commonmark.parser.Parser.parse",)),
    ("line numbers from the nodes", ("ChangelogParser.add",)),
    ("chunk split", ("ChangelogParser.parseBlocks", "ChangelogParser.chunkStarts")),
    ("rules", ("ChangelogValidator.release", "ChangelogValidator.finish")),
    ("heading votes", ("Votes.accept",)),
    ("assembling releases", ("Assembler.accept", "Assembler.finish")),
    ("labels", ("ChangelogParser.usedLabels",)),
    ("the rest of the parse", ("ChangelogParser.validate", "ChangelogParser.parse", "Changelog.parse")),
    ("report", ("ValidationReport", "ValidateChangelogMojo.print")),
]


def seconds(iso_duration):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", iso_duration)
    return int(m.group(1) or 0) * 60 + float(m.group(2)) if m else 0.0


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")[:26] + "+00:00")


def main(files):
    detail = bool(files) and files[0] == "--detail"
    files = files[1:] if detail else files
    parts, n = collections.Counter(), 0
    tops, allocs = collections.Counter(), collections.Counter()
    for f in files:
        events = "jdk.ExecutionSample,jdk.GarbageCollection"
        if detail:
            events += ",jdk.ObjectAllocationSample,jdk.CompilerStatistics,jdk.ClassLoadingStatistics"
        out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events",
                              events, f],
                             capture_output=True, text=True, check=True).stdout
        inside, pauses, workers, stats, loads, alloc = [], [], [], [], [], []
        for e in json.loads(out)["recording"]["events"]:
            v = e["values"]
            if e["type"] == "jdk.GarbageCollection":
                pauses.append((v["startTime"], seconds(v["sumOfPauses"])))
                continue
            if e["type"] == "jdk.CompilerStatistics":
                stats.append((v["startTime"], v["compileCount"], seconds(v["totalTimeSpent"])))
                continue
            if e["type"] == "jdk.ClassLoadingStatistics":
                loads.append((v["startTime"], v["loadedClassCount"]))
                continue
            if e["type"] == "jdk.ObjectAllocationSample":
                frames = [fr["method"]["type"]["name"].replace("/", ".") + "."
                          + fr["method"]["name"] for fr in (v["stackTrace"] or {}).get("frames", [])]
                if any("releaseprocess" in x for x in frames):
                    own = next(x for x in frames if "releaseprocess" in x)
                    weight = v["weight"] if isinstance(v["weight"], (int, float)) else 0
                    alloc.append((v["startTime"], own.split(".")[-2] + "." + own.split(".")[-1]
                                  + " (" + v["objectClass"]["name"].split("/")[-1] + ")", weight))
                continue
            if not v["stackTrace"]:
                continue
            frames = [(fr["method"]["type"]["name"] + "." + fr["method"]["name"]).replace("/", ".")
                      for fr in v["stackTrace"]["frames"]]
            thread = v["sampledThread"]["javaName"] or ""
            if thread.startswith("ForkJoinPool") and any("ChangelogParser" in x for x in frames):
                parts["commonmark-java's block parse, on the other core"] += 1
                n += 1
                workers.append(v["startTime"])
                tops[frames[0]] += 1
                continue
            if not any("ValidateChangelogMojo" in x for x in frames):
                continue
            inside.append(v["startTime"])
            n += 1
            tops[frames[0]] += 1
            stack = " ".join(frames)
            parts[next((p for p, keys in PARTS if any(k in stack for k in keys)), "other")] += 1
        if inside:
            a, b = min(inside), max(inside)
            gc = sum(d for t, d in pauses if a <= t <= b)
            print("%s: the goal's window %.2f s, %d main-thread samples, GC pauses in it %.2f s"
                  % (f, (instant(b) - instant(a)).total_seconds(), len(inside), gc))
            if detail:
                window(a, b, pauses, stats, loads, inside, workers)
                for t, what, weight in alloc:
                    if a <= t <= b:
                        allocs[what] += weight
    if detail:
        print("| method on top of the goal's samples | samples |")
        print("|---|---|")
        for m, c in tops.most_common(25):
            print("| %s | %d |" % (m, c))
        total = sum(allocs.values()) or 1
        print("| allocation in the goal, by its first frame of this plugin (class) | MB | share |")
        print("|---|---|---|")
        for m, c in allocs.most_common(15):
            print("| %s | %.0f | %.0f %% |" % (m, c / 1e6, 100.0 * c / total))
    print("| part | samples | share |")
    print("|---|---|---|")
    for p, c in parts.most_common():
        print("| %s | %d | %.0f %% |" % (p, c, 100.0 * c / max(n, 1)))


def window(a, b, pauses, stats, loads, inside, workers):
    """The JIT, class loading, GC and parse-thread overlap between instants a and b."""
    def around(series):
        before = [x for x in series if x[0] <= a] or series[:1]
        after = [x for x in series if x[0] >= b] or series[-1:]
        return before[-1], after[0]
    if stats:
        s0, s1 = around(stats)
        print("  JIT in the window (between the statistics events around it): %d compiles, "
              "%.2f s of compile time" % (s1[1] - s0[1], s1[2] - s0[2]))
    if loads:
        c0, c1 = around(loads)
        print("  classes loaded in the window: %d" % (c1[1] - c0[1]))
    print("  GC collections in the window: %d" % sum(1 for t, d in pauses if a <= t <= b))
    slot = lambda t: int(instant(t).timestamp() * 50)
    mine, theirs = {slot(t) for t in inside}, {slot(t) for t in workers}
    print("  20 ms slots with a main-thread sample %d, with a parse worker's %d, both %d"
          % (len(mine), len(theirs), len(mine & theirs)))


if __name__ == "__main__":
    main(sys.argv[1:])
