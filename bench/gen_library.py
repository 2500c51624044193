#!/usr/bin/env python3
"""Writes the sources of a library of N public classes, in two versions, for bench/api-check.sh.

    gen_library.py OUT_DIR [N]

OUT_DIR/old and OUT_DIR/new each get src/main/java/com/example/lib/pK/ClassI.java: N public
classes in packages of 100, each with a constructor, two public fields, five public methods and
a private one. The new version differs as a fix: that breaks the API would: 10 classes lose a
public method, 2 classes are removed, 20 classes gain a method and 5 classes are new.
"""
import os
import sys


def klass(pkg, name, removed_method=False, added_method=False):
    methods = []
    for m in range(5):
        if removed_method and m == 4:
            continue
        methods.append(f"    public int m{m}(int x) {{ return x * {m + 1} + count; }}\n")
    if added_method:
        methods.append("    public String added(String s) { return s + label; }\n")
    return (f"package {pkg};\n\n"
            f"public class {name} {{\n"
            f"    public int count;\n"
            f"    public String label = \"{name}\";\n\n"
            f"    public {name}(int count) {{ this.count = count; }}\n\n"
            + "".join(methods) +
            f"    private int hidden() {{ return count; }}\n"
            f"}}\n")


def write(root, pkg, name, text):
    d = os.path.join(root, "src/main/java", *pkg.split("."))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + ".java"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    for version in ("old", "new"):
        root = os.path.join(out, version)
        for i in range(n):
            pkg = f"com.example.lib.p{i // 100}"
            name = f"Class{i}"
            if version == "new" and i in (7, 507):
                continue  # removed classes
            write(root, pkg, name, klass(pkg, name,
                                         removed_method=version == "new" and i % 100 == 50,
                                         added_method=version == "new" and i % 50 == 25))
        if version == "new":
            for j in range(5):
                write(root, "com.example.lib.added", f"Added{j}", klass("com.example.lib.added",
                                                                        f"Added{j}"))


if __name__ == "__main__":
    main()
