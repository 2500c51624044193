"""A bounded load loop: GETs a URL at a steady rate for a while, on loopback.

    python3 ops/load.py http://127.0.0.1:8482/hello?name=load --rate 20 --duration 300

Refused connections (a restart in progress) are counted and skipped. It stops after --duration
seconds, on SIGTERM, or when --stop-file exists; at the end it prints what it saw.
"""

import argparse
import os
import signal
import sys
import time
import urllib.error
import urllib.request


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--rate", type=float, default=20.0, help="requests per second")
    parser.add_argument("--duration", type=float, default=300.0, help="seconds, at most")
    parser.add_argument("--stop-file", help="stop as soon as this file exists")
    args = parser.parse_args(argv)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    counts = {}
    pause = 1.0 / args.rate
    end = time.monotonic() + args.duration
    next_at = time.monotonic()
    while not stopping and time.monotonic() < end:
        if args.stop_file and os.path.exists(args.stop_file):
            break
        try:
            with urllib.request.urlopen(args.url, timeout=2) as response:
                response.read()
                key = str(response.status)
        except urllib.error.HTTPError as error:
            key = str(error.code)
        except (urllib.error.URLError, OSError):
            key = "no answer"
        counts[key] = counts.get(key, 0) + 1
        next_at += pause
        time.sleep(max(0.0, next_at - time.monotonic()))
    print("load: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
