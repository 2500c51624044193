#!/usr/bin/env python3
"""Writes a git fast-import stream for a synthetic Maven monorepo.

Usage: gen_monorepo.py N [--components C] [--plugin-version V] [--seed S]  (stream on stdout)

The repository: a root pom.xml (packaging pom) whose modules are C components (default 200) at
area-AA/cNNN (ten per area), each with its own version 1.0.1-SNAPSHOT, a parent (the root) and a
dependency on the previous component of its area (the first of each area on c000), so the graph
has chains; 20 source files per component. The root POM configures release-process with one
<component> per module. Every component is tagged cNNN-v1.0.0 (lightweight) on that root commit,
then exactly N commits follow: ~88% change one file of one component, ~10% files of two or three
components, ~2% only README.md (no component); every 2,000 commits a topic branch of two commits
is merged back. Messages: a Conventional Commits mix (feat, fix, perf, chore, docs, refactor,
test, build, ci, style), ~3% not conventional.
"""
import random
import sys

TYPES = [("feat", 24), ("fix", 26), ("chore", 12), ("docs", 8), ("refactor", 8), ("perf", 5),
         ("test", 6), ("build", 3), ("ci", 3), ("style", 2)]
VERBS = ["add", "remove", "handle", "support", "improve", "simplify", "rename", "validate",
         "cache", "document", "reject", "speed up", "clean up", "log", "retry"]
NOUNS = ["empty input", "null values", "timeouts", "large files", "unicode names", "the retry loop",
         "config reload", "tag lookup", "proxy settings", "long paths", "duplicate keys",
         "the cache key", "concurrent writes", "version ranges", "the date parser"]
NON_CONVENTIONAL = ["Update README.md", "WIP", "fixed typo", "more tests", "Fix build", "cleanup"]


def main():
    args = sys.argv[1:]
    n = int(args[0])
    components = 200
    plugin_version = "0.1.1-SNAPSHOT"
    seed = 7
    i = 1
    while i < len(args):
        if args[i] == "--components":
            components = int(args[i + 1])
        elif args[i] == "--plugin-version":
            plugin_version = args[i + 1]
        elif args[i] == "--seed":
            seed = int(args[i + 1])
        i += 2
    rnd = random.Random(seed)
    out = sys.stdout.buffer
    mark = [0]

    def w(text):
        out.write(text.encode("utf-8"))

    def data(payload):
        raw = payload.encode("utf-8")
        w("data %d\n" % len(raw))
        out.write(raw)
        w("\n")

    paths = ["area-%02d/c%03d" % (c // 10, c) for c in range(components)]
    clock = [1_600_000_000]

    def commit(ref, message, files, parents=()):
        mark[0] += 1
        clock[0] += rnd.randint(30, 600)
        w("commit %s\nmark :%d\n" % (ref, mark[0]))
        w("author Ada Example <ada@example.com> %d +0000\n" % clock[0])
        w("committer Ada Example <ada@example.com> %d +0000\n" % clock[0])
        data(message)
        for k, p in enumerate(parents):
            w(("from :%d\n" if k == 0 else "merge :%d\n") % p)
        for path, content in files:
            w("M 100644 inline %s\n" % path)
            data(content)
        w("\n")
        return mark[0]

    # The root commit: the reactor, every component's sources.
    modules = "".join("    <module>%s</module>\n" % p for p in paths)
    config = "".join("              <component><id>c%03d</id><path>%s</path></component>\n"
                     % (c, paths[c]) for c in range(components))
    root_pom = ROOT_POM % {"modules": modules, "components": config,
                           "plugin": plugin_version}
    files = [("pom.xml", root_pom), ("README.md", "# Synthetic monorepo\n")]
    for c in range(components):
        dep = None if c == 0 else (c - 1 if c % 10 else 0)
        dependency = "" if dep is None else DEPENDENCY % dep
        files.append((paths[c] + "/pom.xml", MODULE_POM % {"id": c, "dependency": dependency}))
        for f in range(20):
            files.append(("%s/src/main/java/com/example/c%03d/File%02d.java" % (paths[c], c, f),
                          "class File%02d { /* 0 */ }\n" % f))
    base = commit("refs/heads/main", "chore: the monorepo\n", files)
    for c in range(components):
        w("reset refs/tags/c%03d-v1.0.0\nfrom :%d\n\n" % (c, base))

    def message():
        if rnd.random() < 0.03:
            return rnd.choice(NON_CONVENTIONAL) + "\n"
        kind = rnd.choices([t for t, _ in TYPES], [wt for _, wt in TYPES])[0]
        scope = "(c%03d)" % rnd.randrange(components) if rnd.random() < 0.3 else ""
        return "%s%s: %s %s\n" % (kind, scope, rnd.choice(VERBS), rnd.choice(NOUNS))

    def change(k):
        r = rnd.random()
        if r < 0.02:
            return [("README.md", "# Synthetic monorepo\n\nchange %d\n" % k)]
        count = 1 if r < 0.90 else rnd.randint(2, 3)
        out_files = []
        for _ in range(count):
            c = rnd.randrange(components)
            f = rnd.randrange(20)
            out_files.append(("%s/src/main/java/com/example/c%03d/File%02d.java" % (paths[c], c, f),
                              "class File%02d { /* %d */ }\n" % (f, k)))
        return out_files

    head = base
    k = 0
    while k < n:
        if k > 0 and k % 2000 == 0 and n - k >= 3:
            # A topic branch of two commits, merged back: three commits of the N.
            topic = head
            for _ in range(2):
                topic = commit("refs/heads/topic", message(), change(k), (topic,))
                k += 1
            head = commit("refs/heads/main", "Merge branch 'topic'\n", [], (head, topic))
            k += 1
            continue
        head = commit("refs/heads/main", message(), change(k), (head,))
        k += 1


ROOT_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.mono</groupId>
  <artifactId>mono</artifactId>
  <version>1.0.1-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules>
%(modules)s  </modules>
  <build>
    <pluginManagement>
      <plugins>
        <plugin>
          <groupId>io.github.releaseprocess</groupId>
          <artifactId>release-process-maven-plugin</artifactId>
          <version>%(plugin)s</version>
          <configuration>
            <components>
%(components)s            </components>
          </configuration>
        </plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
"""

MODULE_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.example.mono</groupId>
    <artifactId>mono</artifactId>
    <version>1.0.1-SNAPSHOT</version>
    <relativePath>../../pom.xml</relativePath>
  </parent>
  <artifactId>c%(id)03d</artifactId>
  <version>1.0.1-SNAPSHOT</version>
  <packaging>pom</packaging>
%(dependency)s</project>
"""

DEPENDENCY = """  <dependencies>
    <dependency>
      <groupId>com.example.mono</groupId>
      <artifactId>c%03d</artifactId>
      <version>1.0.1-SNAPSHOT</version>
    </dependency>
  </dependencies>
"""

if __name__ == "__main__":
    main()
