import json
import re
import threading
import unittest
import urllib.error
import urllib.request

import app
from app.greeting import greet
from app.metrics import Metrics
from app.server import App


class GreetingTest(unittest.TestCase):
    def test_greets_by_name(self):
        self.assertTrue(greet("Ann", 1).startswith("Hello, Ann!"))

    def test_greets_the_world_without_a_name(self):
        self.assertTrue(greet("", 1).startswith("Hello, world!"))


class MetricsTest(unittest.TestCase):
    def test_counts_requests_by_status_and_latency(self):
        metrics = Metrics("1.2.3")
        metrics.observe("/hello", 200, 0.002)
        metrics.observe("/hello", 500, 0.3)
        text = metrics.render()
        self.assertIn('app_requests_total{version="1.2.3",path="/hello",status="200"} 1', text)
        self.assertIn('app_requests_total{version="1.2.3",path="/hello",status="500"} 1', text)
        self.assertIn('app_request_duration_seconds_bucket{version="1.2.3",le="0.005"} 1', text)
        self.assertIn('app_request_duration_seconds_bucket{version="1.2.3",le="+Inf"} 2', text)
        self.assertIn('app_request_duration_seconds_count{version="1.2.3"} 2', text)


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.app = App(("127.0.0.1", 0))
        cls.thread = threading.Thread(target=cls.app.serve_forever, daemon=True)
        cls.thread.start()
        cls.base = f"http://127.0.0.1:{cls.app.server_port}"

    @classmethod
    def tearDownClass(cls):
        cls.app.shutdown()
        cls.app.server_close()

    def get(self, path):
        try:
            with urllib.request.urlopen(self.base + path, timeout=5) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def test_health_reports_the_version(self):
        status, body = self.get("/health")
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body)["version"], app.__version__)

    def test_health_is_unhealthy_when_another_version_is_expected(self):
        self.assertEqual(self.get("/health?version=" + app.__version__)[0], 200)
        status, body = self.get("/health?version=0.0.1")
        self.assertEqual(status, 503)
        self.assertEqual(json.loads(body)["status"], "WRONG_VERSION")

    def test_hello(self):
        self.assertTrue(self.get("/hello?name=Ann")[1].startswith("Hello, Ann!"))

    def test_unknown_path_is_404(self):
        self.assertEqual(self.get("/nope")[0], 404)

    def test_metrics_in_prometheus_text_format(self):
        self.get("/hello?name=Bob")
        status, body = self.get("/metrics")
        self.assertEqual(status, 200)
        sample = re.compile(r'^[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? [0-9.e+-]+$')
        for line in body.splitlines():
            if not line.startswith("#"):
                self.assertRegex(line, sample)
        self.assertRegex(body, r'app_requests_total\{version="[^"]+",path="/hello",status="200"\} [1-9]')


if __name__ == "__main__":
    unittest.main()
