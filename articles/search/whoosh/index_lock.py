"""One index writer at a time, across threads and processes.

Whoosh allows a single writer, and haystack's Whoosh backend logs and drops a
write that finds the index locked. Every write of ours first takes an OS file
lock kept beside the index directory (not inside it: ``rebuild_index`` deletes
that directory), waiting for it rather than giving up.
"""

import logging
import time
from contextlib import contextmanager
from pathlib import Path

from whoosh.util.filelock import FileLock

from ..engines import IndexBusy, write_timeout

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05


def lock_path(index_path) -> Path:
    index_path = Path(index_path)
    return index_path.with_name(f"{index_path.name}.write-lock")


@contextmanager
def index_write_lock(index_path, timeout: float):
    """Hold the index's write lock for the block; raise ``IndexBusy`` after ``timeout`` seconds."""
    path = lock_path(index_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path))
    _acquire(lock, timeout)
    try:
        yield
    finally:
        lock.release()


def _acquire(lock: FileLock, timeout: float):
    started = time.monotonic()
    if lock.acquire():
        return
    log.info("The search index is being written by another process; waiting for it.")
    while not lock.acquire():
        if time.monotonic() - started >= timeout:
            raise IndexBusy(f"the search index stayed locked for {timeout:.0f} seconds")
        time.sleep(POLL_SECONDS)
    log.info("Waited %.2f s for the search index write lock.", time.monotonic() - started)


class LockedWritesMixin:
    """For haystack's Whoosh backend: its own writes (``update_index``, ``rebuild_index``, ``clear``)
    take the index write lock too, so they wait for ours and ours wait for them."""

    def update(self, index, iterable, commit=True):
        with index_write_lock(self.path, write_timeout()):
            return super().update(index, iterable, commit=commit)

    def remove(self, obj_or_string, commit=True):
        with index_write_lock(self.path, write_timeout()):
            return super().remove(obj_or_string, commit=commit)

    def clear(self, models=None, commit=True):
        with index_write_lock(self.path, write_timeout()):
            return super().clear(models=models, commit=commit)


__all__ = ["IndexBusy", "index_write_lock", "lock_path", "write_timeout", "LockedWritesMixin"]
