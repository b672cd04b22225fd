"""Parse workers that die on purpose, for the tests of the parse pool (run in spawned processes)."""

import os
import signal
from pathlib import Path

from articles.ingest import parse_worker


class _DyingOn:
    """A worker's pipe that kills the worker when it receives a file whose name starts with ``crash``
    (a segmentation fault) or ``raise`` (an exception out of the worker's loop)."""

    def __init__(self, conn):
        self.conn = conn

    def recv(self):
        task = self.conn.recv()
        name = Path(task[0]).name if task else ""
        if name.startswith("crash"):
            os.kill(os.getpid(), signal.SIGSEGV)
        if name.startswith("raise"):
            raise RuntimeError(f"the worker gave up on {name}")
        return task

    def send(self, message):
        self.conn.send(message)


def serve(conn, signatures, limits):
    parse_worker.serve(_DyingOn(conn), signatures, limits)
