#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic Conventional Commits history.

Usage: gen_history.py N [--seed S] [--lean]  (stream on stdout; pipe it into `git fast-import`)

The history: a root commit holding pom.xml (1.0.1-SNAPSHOT) and README.md, annotated tag v1.0.0 on
it, then exactly N commits reachable from main but not from v1.0.0. Every commit touches one file.
The mix is deterministic for a given seed: feat/fix/perf/chore/docs/refactor/test/build/ci/style,
with and without scopes, a few type spellings in other cases, bodies, footers (Refs, Reviewed-by,
Co-authored-by, BREAKING CHANGE), a few `!` breaking headers, ~3% non-conventional messages, and
every 2,000 commits a topic branch of two commits merged back with a `Merge branch '...'` commit.
A lightweight tag `nightly-<n>` that is not a release tag sits in the middle.
--lean: every commit rewrites CHANGES.txt at the root with one of 1,000 contents, so the repository
holds about one object per commit instead of six (the same messages and merges). JGit reads a pack's
whole .idx into the heap (~28 bytes per object): 1,000,000 commits of the normal shape make a 168 MB
.idx, more than -Xmx128m, whatever the plugin does; the lean shape keeps it near 30 MB.
The expected next version is 2.0.0 as soon as N >= 2 (the generator always puts one `feat!` and
one `BREAKING CHANGE` footer in the range); with N == 1 it is 1.1.0.
"""
import random
import sys

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId>
  <artifactId>bench-app</artifactId>
  <version>1.0.1-SNAPSHOT</version>
  <packaging>pom</packaging>
  <description>Synthetic repository for the release-process-maven-plugin benchmark.</description>
</project>
"""

TYPES = [  # (type, weight)
    ("feat", 24), ("fix", 26), ("chore", 12), ("docs", 8), ("refactor", 8), ("perf", 5),
    ("test", 6), ("build", 3), ("ci", 3), ("style", 2),
]
SCOPES = ["core", "api", "cli", "parser", "deps", "db", "ui", "auth", "config", "http", "cache",
          "build", "docs", "i18n", "release"]
VERBS = ["add", "remove", "handle", "support", "improve", "simplify", "rename", "validate", "cache",
         "document", "reject", "speed up", "clean up", "guard against", "log", "retry"]
NOUNS = ["empty input", "null values", "the login form", "timeouts", "large files", "unicode names",
         "the retry loop", "config reload", "tag lookup", "the release notes", "proxy settings",
         "long paths", "duplicate keys", "the cache key", "Windows line endings", "the CLI help",
         "concurrent writes", "the health check", "version ranges", "the date parser"]
NON_CONVENTIONAL = ["Update README.md", "WIP", "fixed typo", "more tests", "Fix build",
                    "feat:missing space after colon", "fix(core: unbalanced parenthesis",
                    "Bump version", "cleanup", "Initial import of the docs folder",
                    "Revert \"WIP\""]
AUTHORS = [("Ada Lovelace", "ada@example.com"), ("Grace Hopper", "grace@example.com"),
           ("Linus Example", "linus@example.com"), ("Margaret Hamilton", "mh@example.com"),
           ("Ken Example", "ken@example.com"), ("Barbara Liskov", "bl@example.com")]
BODIES = [
    "The previous behaviour surprised users who ran it twice in a row.",
    "This keeps the old code path for one more release so that callers can move at their pace.",
    "Measured on a large repository: the hot loop no longer allocates per element.",
    "Split out of a larger change to keep the review small.",
    "Found while looking at the flaky integration test on the CI machines.",
]
BASE_TIME = 1_700_000_000  # 2023-11-14


def header(rng, i, n):
    r = rng.random()
    if r < 0.03:
        return rng.choice(NON_CONVENTIONAL), False
    t = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
    if rng.random() < 0.01:
        t = t.capitalize() if rng.random() < 0.5 else t.upper()
    scope = "(" + rng.choice(SCOPES) + ")" if rng.random() < 0.6 else ""
    bang = ""
    if rng.random() < 0.00005 and t.lower() in ("feat", "fix", "refactor"):
        bang = "!"
    subject = rng.choice(VERBS) + " " + rng.choice(NOUNS) + " (#" + str(1000 + i) + ")"
    return t + scope + bang + ": " + subject, bool(bang)


def message(rng, i, n, forced=None):
    if forced is not None:
        return forced
    head, _ = header(rng, i, n)
    parts = [head]
    r = rng.random()
    if r < 0.35:
        parts.append(rng.choice(BODIES))
        if rng.random() < 0.2:
            parts.append(rng.choice(BODIES))
    footers = []
    if rng.random() < 0.15:
        footers.append("Refs: #" + str(rng.randint(1, 9999)))
    if rng.random() < 0.10:
        a = rng.choice(AUTHORS)
        footers.append("Reviewed-by: %s <%s>" % a)
    if rng.random() < 0.05:
        a = rng.choice(AUTHORS)
        footers.append("Co-authored-by: %s <%s>" % a)
    if not head.startswith(tuple(NON_CONVENTIONAL)) and ":" in head and rng.random() < 0.00005:
        footers.append("BREAKING CHANGE: the old configuration key is no longer read.")
    if footers:
        parts.append("\n".join(footers))
    return "\n\n".join(parts) + "\n"


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    n = int(args[0])
    seed = 42
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    lean = "--lean" in args
    if n < 1:
        sys.stderr.write("N must be >= 1\n")
        return 2
    rng = random.Random(seed)
    out = sys.stdout.buffer
    buf = []
    size = 0

    def emit(s):
        nonlocal size
        b = s.encode("utf-8") if isinstance(s, str) else s
        buf.append(b)
        size += len(b)
        if size > 1 << 20:
            flush()

    def flush():
        nonlocal size
        out.write(b"".join(buf))
        buf.clear()
        size = 0

    def data(s):
        b = s.encode("utf-8")
        emit(b"data %d\n" % len(b))
        emit(b)
        emit(b"\n")

    mark = 0
    clock = BASE_TIME

    def commit(ref, msg, path, content, parent=None, merge=None, author=None):
        nonlocal mark, clock
        mark += 1
        clock += 1 + (mark * 7919) % 600
        name, email = author or AUTHORS[mark % len(AUTHORS)]
        emit("commit %s\nmark :%d\n" % (ref, mark))
        emit("author %s <%s> %d +0000\n" % (name, email, clock))
        emit("committer %s <%s> %d +0000\n" % (name, email, clock))
        data(msg)
        if parent is not None:
            emit("from :%d\n" % parent)
        if merge is not None:
            emit("merge :%d\n" % merge)
        if path is not None:
            emit("M 100644 inline %s\n" % path)
            data(content)
        emit("\n")
        return mark

    # Root commit, tagged v1.0.0.
    mark += 1
    clock += 1
    root = mark
    emit("commit refs/heads/main\nmark :%d\n" % root)
    emit("author Ada Lovelace <ada@example.com> %d +0000\n" % clock)
    emit("committer Ada Lovelace <ada@example.com> %d +0000\n" % clock)
    data("chore(release): 1.0.0\n")
    emit("M 100644 inline pom.xml\n")
    data(POM)
    emit("M 100644 inline README.md\n")
    data("# bench-app\n\nSynthetic history for benchmarks.\n")
    emit("\n")
    emit("tag v1.0.0\nfrom :%d\ntagger Ada Lovelace <ada@example.com> %d +0000\n" % (root, clock))
    data("Release 1.0.0\n")

    # Forced breaking commits so that every N >= 2 has a defined answer (2.0.0).
    forced = {}
    if n >= 2:
        forced[n // 3] = "feat(api)!: drop the deprecated v1 endpoints\n"
        forced[(2 * n) // 3] = ("refactor(config): read settings from one file\n\n"
                                "Reviewed-by: Grace Hopper <grace@example.com>\n"
                                "BREAKING CHANGE: the `legacy.properties` file is ignored.\n")
    forced[max(0, n - 1) if n < 2 else 0] = "feat(core): first feature after 1.0.0\n"

    made = 0
    tip = root
    nightly_at = n // 2
    while made < n:
        i = made
        if lean:
            path, content = "CHANGES.txt", "revision %d\n" % (i % 1000)
        else:
            path = "src/m%02d/p%02d/F%d.txt" % ((i * 7) % 16, (i * 13) % 17, (i * 31) % 5)
            content = "revision %d\n" % i
        # A topic branch of two commits merged back: 3 commits in the range.
        if i > 0 and i % 2000 == 0 and n - made >= 3 and i not in forced and i + 1 not in forced \
                and i + 2 not in forced:
            br = "refs/heads/topic/t%d" % i
            tdir = "CHANGES.d" if lean else "src/topic/t%02d" % ((i // 2000) % 16)
            a = commit(br, message(rng, i, n), tdir + "/A.txt", content, parent=tip)
            b = commit(br, message(rng, i + 1, n), tdir + "/B.txt", content, parent=a)
            tip = commit("refs/heads/main", "Merge branch 'topic/t%d'\n" % i,
                         tdir + "/merged.txt", content, parent=tip, merge=b)
            emit("reset %s\nfrom 0000000000000000000000000000000000000000\n\n" % br)  # delete it
            made += 3
        else:
            tip = commit("refs/heads/main", message(rng, i, n, forced.get(i)), path, content,
                         parent=tip)
            made += 1
        if nightly_at and made > nightly_at and nightly_at > 0:
            emit("reset refs/tags/nightly-%d\nfrom :%d\n\n" % (made, tip))
            nightly_at = 0
    flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
