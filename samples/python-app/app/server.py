"""The HTTP service: /hello, /health and /metrics."""

import itertools
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from . import __version__
from .greeting import greet
from .metrics import Metrics


class Handler(BaseHTTPRequestHandler):
    server_version = "python-app/" + __version__

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        start = time.perf_counter()
        url = urlsplit(self.path)
        path = url.path if url.path in ("/hello", "/health", "/metrics") else "other"
        try:
            status, content_type, body = self.server.route(url.path, parse_qs(url.query))
        except Exception as error:  # a bug must answer 500, not drop the connection
            self.log_error("%s failed: %r", url.path, error)
            status, content_type, body = 500, "text/plain", "internal error\n"
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.server.metrics.observe(path, status, time.perf_counter() - start)

    def log_message(self, format, *args):  # noqa: A002 (the name http.server uses)
        pass  # the metrics count requests; the log keeps errors only


class App(ThreadingHTTPServer):
    """The service bound to an address; ``serve_forever()`` runs it."""

    daemon_threads = True

    def __init__(self, address):
        super().__init__(address, Handler)
        self.metrics = Metrics(__version__)
        self.visitors = itertools.count(1)
        self.started = time.time()

    def route(self, path, query):
        if path == "/health":
            # ?version=X: healthy only when X runs (a deployment checks it got its version).
            expected = query.get("version", [__version__])[0]
            up = expected == __version__
            body = json.dumps({"status": "UP" if up else "WRONG_VERSION", "version": __version__,
                               "uptimeSeconds": round(time.time() - self.started, 1)})
            return (200 if up else 503), "application/json", body + "\n"
        if path == "/metrics":
            return 200, "text/plain; version=0.0.4; charset=utf-8", self.metrics.render()
        if path == "/hello":
            name = query.get("name", [""])[0]
            return 200, "text/plain; charset=utf-8", greet(name, next(self.visitors)) + "\n"
        return 404, "text/plain", "not found\n"
