"""python3 -m app --port 8080 [--host 127.0.0.1]"""

import argparse
import signal
import sys

from . import __version__
from .server import App


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m app", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    app = App((args.host, args.port))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"python-app {__version__} listening on http://{args.host}:{app.server_port}",
          flush=True)
    try:
        app.serve_forever()
    finally:
        app.server_close()


if __name__ == "__main__":
    main()
