"""Gunicorn configuration of the load test (benchmarks/load_server.py): a worker that has loaded the
application says so by creating a file named by its pid in $DISPATCHES_LOAD_READY, so that the test
times each worker's first request, not its start."""

import os
from pathlib import Path


def post_worker_init(worker):
    folder = os.environ.get("DISPATCHES_LOAD_READY")
    if folder:
        (Path(folder) / str(worker.pid)).touch()
