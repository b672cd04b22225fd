"""Parsing files in worker processes while the ingest stores and indexes in its own.

Files go to the workers ahead of time (``AHEAD`` per worker); their records come back in file
order, as the in-process path yields them, so that storing, duplicates and the progress bar see
the same sequence. Memory stays bounded: at most ``AHEAD`` files per worker are in flight, and
records of files ahead of the one being stored are held back only up to ``BUFFERED`` (beyond it
a worker waits on its pipe). A worker that dies on a file (a crash in a C library, the kernel's
out-of-memory killer) is that file's failure: a new worker takes over its other files.
"""

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

from articles.pipeline import Limits, ParseFailure

from . import parse_worker
from .files import Refused
from .source_keys import display_path

AHEAD = 2  # files given to each worker before it finishes the current one
BUFFERED = 16  # records received for files after the one being stored, held before workers wait
STOP_TIMEOUT = 5  # seconds a worker has to exit before it is killed


def available_cores() -> int:
    """The cores this process may run on (Python 3.13's ``os.process_cpu_count()``)."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_in_pool(files: list, progress, workers: int, signatures, limits: Limits) -> Iterator:
    """The records of ``files``, in order, parsed by ``workers`` processes; ``progress`` wraps
    ``files`` and advances as each file's records start coming out, as the in-process path does."""
    with ParsePool(workers, signatures, limits) as pool:
        yield from pool.records(files, progress)


@dataclass(eq=False)
class _File:
    path: Path | Refused
    records: deque = field(default_factory=deque)
    done: bool = False
    sent: bool = False  # to a worker still there to read it


class _Worker:
    def __init__(self, context, serve, signatures, limits: Limits):
        self.conn, child_end = context.Pipe()
        self.process = context.Process(
            target=serve, args=(child_end, signatures, limits), daemon=True, name="ingest-parse"
        )
        self.process.start()
        child_end.close()  # so that the worker's death reads as the end of the pipe
        self.files: deque[_File] = deque()  # given to it and not yet done, in order

    def give(self, file: _File):
        self.files.append(file)
        file.sent = False
        # If it is gone, reading from it says so, and a successor takes its files.
        with contextlib.suppress(OSError):
            self.conn.send((file.path, display_path(file.path)))
            file.sent = True


class ParsePool:
    """``workers`` processes running ``serve`` (tests give one that crashes on purpose)."""

    def __init__(self, workers: int, signatures, limits: Limits, serve=parse_worker.serve):
        self.context, self.serve = multiprocessing.get_context("spawn"), serve
        self.signatures, self.limits = signatures, limits
        self.workers = [self._start() for _ in range(workers)]
        self.in_flight: deque[_File] = deque()  # given out, in file order; the first is being stored

    def records(self, files: list[Path | Refused], progress) -> Iterator:
        queued = deque(_File(path) for path in files)
        for _ in progress(files):
            self._hand_out(queued)
            yield from self._drain(self.in_flight.popleft())

    def _hand_out(self, queued: deque):
        while queued and len(self.in_flight) < AHEAD * len(self.workers):
            file = queued.popleft()
            self.in_flight.append(file)
            if isinstance(file.path, Refused):
                file.records.append(file.path.failure(display_path(file.path.path)))
                file.done = True
            else:
                min(self.workers, key=lambda worker: len(worker.files)).give(file)

    def _drain(self, file: _File) -> Iterator:
        while True:
            while file.records:
                yield file.records.popleft()
            if file.done:
                return
            self._receive(file)

    def _receive(self, wanted: _File):
        """Read what the workers sent until ``wanted`` has a record or is done."""
        while not wanted.records and not wanted.done:
            room = sum(len(file.records) for file in self.in_flight) < BUFFERED
            readable = [w.conn for w in self.workers if w.files and (room or wanted in w.files)]
            for conn in wait(readable):
                self._read(next(w for w in self.workers if w.conn is conn))

    def _read(self, worker: _Worker):
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return
        file = worker.files[0]
        if message is parse_worker.FILE_DONE:
            file.done = True
            worker.files.popleft()
        else:
            file.records.append(message)

    def _replace(self, dead: _Worker):
        """The file ``dead`` was parsing is its failure; a new worker takes its other files."""
        dead.process.join(STOP_TIMEOUT)
        if dead.files[0].sent:  # else it died before this file reached it
            file = dead.files.popleft()
            reason = f"the parsing process stopped on this file ({_how_it_ended(dead.process.exitcode)})"
            file.records.append(ParseFailure(source=display_path(file.path), reason=reason))
            file.done = True
        dead.conn.close()
        successor = self._start()
        self.workers[self.workers.index(dead)] = successor
        for waiting in dead.files:
            successor.give(waiting)

    def _start(self) -> _Worker:
        return _Worker(self.context, self.serve, self.signatures, self.limits)

    def __enter__(self):
        return self

    def __exit__(self, error_type, error, traceback):
        for worker in self.workers:
            if error_type is not None:  # Ctrl-C or a failure: what the workers parse is not wanted
                worker.process.terminate()
            _stop(worker)


def _stop(worker: _Worker):
    with contextlib.suppress(OSError):
        worker.conn.send(parse_worker.STOP)
    worker.conn.close()
    worker.process.join(STOP_TIMEOUT)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()


def _how_it_ended(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"killed by {signal.Signals(-exitcode).name}"
    return f"exit code {exitcode}"
