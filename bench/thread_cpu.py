"""CPU seconds per thread of a command's processes, grouped: the JVM's main thread, our analysis
thread, C2 and C1 compiler threads, garbage collection and VM threads, the rest by name.

    python3 bench/thread_cpu.py CMD ARGS...     (e.g. the Maven command of a bench/next-version.sh row)

Polls /proc/PID/task/*/stat of the command and its children every 20 ms and keeps each thread's
last user + sys ticks, so a thread that ends between two polls loses at most 20 ms. Linux only.
Prints one line to stderr; the command's own output and exit status pass through.
"""
import collections, os, re, subprocess, sys, time
HZ = os.sysconf("SC_CLK_TCK")
def descendants(pid):
    out = [pid]
    try:
        for t in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{t}/children") as f:
                for c in f.read().split():
                    out += descendants(int(c))
    except OSError:
        pass
    return out
def group(name):
    for g, pat in (("C2", r"C2 Compiler"), ("C1", r"C1 Compiler"), ("GC", r"GC Thread|G1 |VM Thread|Conc|Refine|Young|Service"),
                   ("main", r"^(main|java)$"), ("analysis", r"release-proces"), ("JFR", r"JFR")):
        if re.search(pat, name):
            return g
    return "other:" + name
p = subprocess.Popen(sys.argv[1:])
last = {}
t0 = time.time()
while p.poll() is None:
    for pid in descendants(p.pid):
        try:
            for t in os.listdir(f"/proc/{pid}/task"):
                try:
                    s = open(f"/proc/{pid}/task/{t}/stat").read()
                except OSError:
                    continue
                name = s[s.index("(") + 1:s.rindex(")")]
                f = s[s.rindex(")") + 2:].split()
                last[(pid, t)] = (name, (int(f[11]) + int(f[12])) / HZ)
        except OSError:
            pass
    time.sleep(0.02)
wall = time.time() - t0
g = collections.Counter()
for (pid, t), (name, cpu) in last.items():
    g[group(name)] += cpu
total = sum(g.values())
print("wall %.2f s, cpu seen %.2f s: " % (wall, total) + ", ".join("%s %.2f" % (k, v) for k, v in g.most_common() if v >= 0.05), file=sys.stderr)
sys.exit(p.returncode)
