#!/bin/sh
# Makes the image localhost/python-base:3.11 from this machine's own Python 3.11 (Debian's
# /usr/bin/python3.11, its standard library and the shared libraries they load), for a machine
# without an image registry. About 50 MB; takes seconds. Usage: ops/python-base-image.sh [PYTHON]
set -eu
python=${1:-/usr/bin/python3.11}
. "$(dirname "$0")/podman.sh"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
stdlib=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
dynload=$("$python" -c 'import sysconfig; print(sysconfig.get_config_var("DESTSHARED"))')
mkdir -p "$root/usr/bin" "$root/tmp" "$root/etc" "$root$(dirname "$stdlib")"
cp "$python" "$root/usr/bin/python$version"
ln -s "python$version" "$root/usr/bin/python3"
tar -C "$(dirname "$stdlib")" -cf - --exclude=__pycache__ --exclude=test --exclude=idlelib \
    --exclude=tkinter --exclude=ensurepip "$(basename "$stdlib")" | tar -C "$root$(dirname "$stdlib")" -xf -
# The shared libraries of the interpreter and of its extension modules, at their own paths.
for file in "$python" "$dynload"/*.so; do
  ldd "$file" 2>/dev/null | grep -o '/[^ ]*\.so[^ ]*' || true
done | sort -u | while read -r lib; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
echo 'root:x:0:0:root:/root:/bin/sh' > "$root/etc/passwd"
echo 'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin' >> "$root/etc/passwd"
tar -C "$root" -cf - . | podman_ import -q --change "ENV PATH=/usr/bin" - "localhost/python-base:$version" >/dev/null
echo "localhost/python-base:$version made from $python"
