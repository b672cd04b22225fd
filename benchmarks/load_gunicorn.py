"""Gunicorn configuration of the load test (benchmarks/load_server.py).

A worker that has loaded the application says so by creating a file named by its pid in
$DISPATCHES_LOAD_READY, so that the test times each worker's first request, not its start. The
access log gains ``%(C)s``: the CPU seconds the worker spent on the request, which, unlike its wall
time, does not grow when the machine's cores are busy with other work.
"""

import os
import time
from pathlib import Path

from gunicorn.glogging import Logger

_request_cpu_start = 0.0  # a sync worker serves one request at a time


def post_worker_init(worker):
    folder = os.environ.get("DISPATCHES_LOAD_READY")
    if folder:
        (Path(folder) / str(worker.pid)).touch()


def pre_request(worker, req):
    global _request_cpu_start
    _request_cpu_start = time.process_time()


class CpuTimeLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        return super().atoms(resp, req, environ, request_time) | {
            "C": f"{time.process_time() - _request_cpu_start:.4f}"
        }


logger_class = CpuTimeLogger
