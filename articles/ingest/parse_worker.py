"""The loop a parse worker process runs (parallel.py starts them): files in, records out, in order.

It imports no Django: a worker is a fresh interpreter (the ``spawn`` start method, so that it
inherits no database connection, lock or thread of the ingest) that needs only the pipeline.
"""

import signal

from articles.pipeline import ParseFailure
from articles.pipeline.records import internal_error

from .files import parse_file_at

# What a worker sends after a file's last record, and what tells it to stop.
FILE_DONE = None
STOP = None


def serve(conn, signatures, limits) -> None:
    """Parse each ``(path, name)`` received on ``conn``; send its records, then FILE_DONE."""
    # Ctrl-C reaches the whole process group: the ingest decides, and stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the ingest has gone
            return
        if task is STOP:
            return
        try:
            _parse_one(conn, *task, signatures, limits)
        except (BrokenPipeError, ConnectionResetError):
            return


def _parse_one(conn, path, name, signatures, limits) -> None:
    try:
        for item in parse_file_at(path, name, signatures, limits):
            conn.send(item)
    except (BrokenPipeError, ConnectionResetError):
        raise
    except Exception as error:  # a record that cannot be sent back (pickled), say: that file's failure
        conn.send(ParseFailure(source=name, reason=internal_error(error)))
    conn.send(FILE_DONE)
