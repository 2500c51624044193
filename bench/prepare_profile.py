"""Where `prepare`'s own time goes, from JFR recordings of the outer Maven (bench/prepare-cpu.sh).

Counts the main thread's samples (Java and native) inside the plugin's Mojo, outside the test
build step, by part of the goal (the outermost plugin frame that names one) and by kind (fsync,
other file-system calls, class loading, invokedynamic bootstraps, the rest: computing).

    python3 bench/prepare_profile.py REC.jfr...
"""
import collections
import json
import subprocess
import sys

# The first that a sample's stack names counts; "Releaser.prepare" is what is left of the goal
# around the plan and the steps once the repository's open, the lock and the journal's class
# (Gson's set-up) are counted on their own.
PARTS = ["ReleaseJournal.refuseIfPendingAt", "MojoUserProperties", "PrepareMojo.request",
         "AbstractVersioningMojo", "Releaser.plan", "ReleaseJournal.begin", "Releaser.runSteps",
         "GitRepository.open", "ReleaseLock.acquire", "ReleaseJournal.<clinit>",
         "ReleaseJournal.refuseIfJournal", "Releaser.prepare", "PrepareMojo"]


def kind(stack):
    s = " ".join(stack)
    if "force0" in s:
        return "fsync"
    if any(k in s for k in ("rename0", "unlink0", "lstat0", "stat0", "open0")):
        return "other file-system calls"
    if any(k in s for k in ("ClassLoader.loadClass", "defineClass", "ClassRealm")):
        return "class loading"
    if "java.lang.invoke" in s:
        return "indy/lambda bootstrap"
    return "computing"


def main(files):
    parts, kinds, both, n = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for f in files:
        out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events",
                              "jdk.ExecutionSample,jdk.NativeMethodSample", f],
                             capture_output=True, text=True, check=True).stdout
        for e in json.loads(out)["recording"]["events"]:
            v = e["values"]
            if v["sampledThread"]["javaName"] != "main" or not v["stackTrace"]:
                continue
            stack = [(fr["method"]["type"]["name"] + "." + fr["method"]["name"]).replace("/", ".")
                     for fr in v["stackTrace"]["frames"]]
            if not any(x.startswith("io.github.releaseprocess.maven.") and x.endswith(".execute")
                       for x in stack):
                continue
            if any("TestBuildStep.execute" in x for x in stack):
                continue
            n += 1
            part = next((p for p in PARTS if any(p in x for x in stack)), "other")
            k = kind(stack)
            parts[part] += 1
            kinds[k] += 1
            both[(part, k)] += 1
    print("%d main-thread samples in the goal, outside the test build, %d recordings" % (n, len(files)))
    print("| part | samples | share | of which |")
    print("|---|---|---|---|")
    for p, c in parts.most_common():
        detail = ", ".join("%s %d" % (k, x) for (pp, k), x in both.most_common() if pp == p)
        print("| %s | %d | %.0f %% | %s |" % (p, c, 100.0 * c / n, detail))
    print("by kind: " + ", ".join("%s %d (%.0f %%)" % (k, c, 100.0 * c / n)
                                  for k, c in kinds.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
