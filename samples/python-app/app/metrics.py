"""Request metrics in the Prometheus text exposition format (version 0.0.4)."""

import threading

# Upper bounds (seconds) of the latency histogram's buckets.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    """Counts requests by path and status and records their latency; safe across threads."""

    def __init__(self, version: str):
        self.version = version
        self._lock = threading.Lock()
        self._requests = {}  # (path, status) -> count
        self._buckets = [0] * len(BUCKETS)
        self._count = 0
        self._sum = 0.0

    def observe(self, path: str, status: int, seconds: float) -> None:
        with self._lock:
            key = (path, str(status))
            self._requests[key] = self._requests.get(key, 0) + 1
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    self._buckets[i] += 1
            self._count += 1
            self._sum += seconds

    def render(self) -> str:
        v = _escape(self.version)
        lines = [
            "# HELP app_info The running version.",
            "# TYPE app_info gauge",
            f'app_info{{version="{v}"}} 1',
            "# HELP app_requests_total HTTP requests answered, by path and status.",
            "# TYPE app_requests_total counter",
        ]
        with self._lock:
            for (path, status), count in sorted(self._requests.items()):
                lines.append(
                    f'app_requests_total{{version="{v}",path="{_escape(path)}",'
                    f'status="{status}"}} {count}'
                )
            lines.append("# HELP app_request_duration_seconds Time to answer a request.")
            lines.append("# TYPE app_request_duration_seconds histogram")
            for bound, count in zip(BUCKETS, self._buckets):
                lines.append(
                    f'app_request_duration_seconds_bucket{{version="{v}",le="{bound}"}} {count}'
                )
            lines.append(
                f'app_request_duration_seconds_bucket{{version="{v}",le="+Inf"}} {self._count}'
            )
            lines.append(f'app_request_duration_seconds_sum{{version="{v}"}} {self._sum:.6f}')
            lines.append(f'app_request_duration_seconds_count{{version="{v}"}} {self._count}')
        return "\n".join(lines) + "\n"
