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
    parts, n = collections.Counter(), 0
    for f in files:
        out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events",
                              "jdk.ExecutionSample,jdk.GarbageCollection", f],
                             capture_output=True, text=True, check=True).stdout
        inside, pauses = [], []
        for e in json.loads(out)["recording"]["events"]:
            v = e["values"]
            if e["type"] == "jdk.GarbageCollection":
                pauses.append((v["startTime"], seconds(v["sumOfPauses"])))
                continue
            if not v["stackTrace"]:
                continue
            frames = [(fr["method"]["type"]["name"] + "." + fr["method"]["name"]).replace("/", ".")
                      for fr in v["stackTrace"]["frames"]]
            thread = v["sampledThread"]["javaName"] or ""
            if thread.startswith("ForkJoinPool") and any("ChangelogParser" in x for x in frames):
                parts["commonmark-java's block parse, on the other core"] += 1
                n += 1
                continue
            if not any("ValidateChangelogMojo" in x for x in frames):
                continue
            inside.append(v["startTime"])
            n += 1
            stack = " ".join(frames)
            parts[next((p for p, keys in PARTS if any(k in stack for k in keys)), "other")] += 1
        if inside:
            a, b = min(inside), max(inside)
            gc = sum(d for t, d in pauses if a <= t <= b)
            print("%s: the goal's window %.2f s, %d main-thread samples, GC pauses in it %.2f s"
                  % (f, (instant(b) - instant(a)).total_seconds(), len(inside), gc))
    print("| part | samples | share |")
    print("|---|---|---|")
    for p, c in parts.most_common():
        print("| %s | %d | %.0f %% |" % (p, c, 100.0 * c / max(n, 1)))


if __name__ == "__main__":
    main(sys.argv[1:])
